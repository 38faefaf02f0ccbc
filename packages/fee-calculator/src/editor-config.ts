/**
 * Loads an editor's price list from the `config` property, a `config-src` URL or an inline
 * `<script type="application/json">` (first one present wins). Imported lazily together with the
 * parser and valibot, so pages showing the built-in list never download them.
 */
import { fetchText, loadMarkdown, parseJson } from '@nvr-widgets/core';
import { parseFeeConfig, type ParsedFeeConfig } from './model/fee-config.js';
import type { FeeConfig } from './model/fee-types.js';
import { report, type FeeHost } from './fee-extras.js';

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

/**
 * Editor notes are Markdown: rendered through core's sanitiser (loaded only now that there are
 * notes), each item's note to a fragment; removed markup is reported with the note's JSON path.
 */
export async function renderNotes(
  { config, notePaths = {} }: ParsedFeeConfig,
  report: (field: string, problem: string) => void,
): Promise<Map<string, DocumentFragment>> {
  const notes = new Map<string, DocumentFragment>();
  if (!config.items.some((item) => item.note)) return notes;
  const md = await loadMarkdown();
  for (const { id, note } of config.items) {
    if (!note) continue;
    const { fragment, removed } = md.renderMarkdown(note);
    if (removed.length)
      report(notePaths[id], `unsafe or unsupported markup was removed: ${removed.join(', ')}`);
    notes.set(id, fragment);
  }
  return notes;
}

/**
 * Loads the editor's price list into the element (load number `token`; a newer load wins):
 * problems reported, the extras loaded before the list is shown, then the notes rendered.
 */
export async function loadInto(host: FeeHost, inline: string | undefined, token: number): Promise<void> {
  const parsed = await loadEditorConfig({ value: host.config, src: host.configSrc, inline });
  if (token !== host._loadToken) return;
  const problem = (field: string, text: string) => report(host, field, text);
  parsed.problems.forEach(({ field, problem: text }) => problem(field, text));
  await host._loadExtras();
  host._config = parsed.config;
  host._notes = new Map();
  const notes = await renderNotes(parsed, problem);
  if (token === host._loadToken) host._notes = notes;
}
