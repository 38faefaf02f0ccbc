/**
 * Loads an editor's price list from the `config` property, a `config-src` URL or an inline
 * `<script type="application/json">` (first one present wins). Imported lazily together with the
 * parser and valibot, so pages showing the built-in list never download them.
 */
import { fetchText, loadMarkdown, parseJson } from '@nvr-widgets/core';
import { parseFeeConfig, type ParsedFeeConfig } from '../../model/fee-config.js';
import type { FeeConfig } from '../../model/fee-types.js';

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

/** An editor's price list, read and ready to show: its notes already rendered. */
export interface EditorList {
  config: FeeConfig;
  notes: Map<string, DocumentFragment>;
}

/**
 * Loads the editor's price list (the `config` property, else `config-src`, else the inline script),
 * reports what is wrong with it, and renders its notes. The element's EditorSource drops a load
 * that a newer one overtook.
 */
export async function loadEditorList(
  source: { value?: unknown; src?: string; inline?: string },
  report: (field: string, problem: string) => void,
): Promise<EditorList> {
  const parsed = await loadEditorConfig(source);
  parsed.problems.forEach(({ field, problem }) => report(field, problem));
  return { config: parsed.config, notes: await renderNotes(parsed, report) };
}
