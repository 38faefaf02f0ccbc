/**
 * Where editors put content and configuration: a child `<script type="…">` or a URL. Shared by
 * every widget that takes editor Markdown or JSON, so all of them load, fail and explain the same
 * way. Nothing here throws except `fetchText`, whose Error message is written for the editor.
 */

/** Text of the element's first direct child `<script type="…">`, or undefined when there is none. */
export function childScriptText(host: Element, type: string): string | undefined {
  for (const child of host.children) {
    if (child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === type) {
      return child.textContent ?? '';
    }
  }
  return undefined;
}

/** `JSON.parse` that never throws: the value, or an editor-readable reason it is not JSON. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: `is not valid JSON (${(error as Error).message})` };
  }
}

/**
 * Fetches an editor-configured URL (https:, http: or relative only; never credentials). Throws an
 * Error whose message tells the editor what went wrong, e.g. `could not load "x.json" (HTTP 404)`.
 */
export async function fetchText(src: string, signal?: AbortSignal): Promise<string> {
  const url = httpUrl(src);
  if (!url) throw new Error(`"${src}" is not an https:, http: or relative URL, so it was not loaded`);
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'omit' });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Error(`could not load "${src}" (${(error as Error).message})`);
  }
  if (!response.ok) throw new Error(`could not load "${src}" (HTTP ${response.status})`);
  return response.text();
}

/** The absolute URL for `src` if it is http(s) after resolving against the page, else undefined. */
function httpUrl(src: string): URL | undefined {
  try {
    const url = new URL(src, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
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
