/**
 * Loads an editor's price list from the `config` property, a `config-src` URL or an inline
 * `<script type="application/json">` (first one present wins). Imported lazily together with the
 * parser and valibot, so pages showing the built-in list never download them.
 */
import { fetchText, parseJson } from '@nvr-widgets/core';
import { parseFeeConfig, type ParsedFeeConfig } from './fee-config.js';
import type { FeeConfig } from './fee-types.js';

export const INLINE_FIELD = 'script[type="application/json"]';

/** An empty list: what is shown when the editor's JSON cannot be read at all (never someone else's prices). */
const EMPTY: FeeConfig = {
  digits: 2,
  vatRate: 0,
  items: [],
  participants: { min: 1, max: 1, default: 1 },
  discounts: [],
  stacking: 'combine',
};

export async function loadEditorConfig(
  source: { value?: unknown; src?: string; inline?: string },
  signal?: AbortSignal,
): Promise<ParsedFeeConfig> {
  if (source.value !== undefined) return parseFeeConfig(source.value);
  let text = source.inline ?? '';
  let field = INLINE_FIELD;
  if (source.src) {
    field = 'config-src';
    try {
      text = await fetchText(source.src, signal);
    } catch (error) {
      return { config: EMPTY, problems: [{ field, problem: (error as Error).message }] };
    }
  }
  const json = parseJson(text);
  return json.ok ? parseFeeConfig(json.value) : { config: EMPTY, problems: [{ field, problem: json.error }] };
}
