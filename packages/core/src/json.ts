/** Reading editors' JSON files: pure (no DOM), for model/ code through `@nvr-widgets/core/pure.js`. */

/** `JSON.parse` that never throws: the value, or an editor-readable reason it is not JSON. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: `is not valid JSON (${(error as Error).message})` };
  }
}

/**
 * A JSON path as editors read it: `["items", 2, "price"]` → `items[2].price`. Takes valibot's
 * issue path items (`{ key }`) or plain keys.
 */
export function jsonPath(path: readonly (string | number | { key: unknown })[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    const key = typeof item === 'object' ? item.key : item;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
