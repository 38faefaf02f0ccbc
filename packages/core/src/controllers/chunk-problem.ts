/**
 * The editor's words when a lazy chunk cannot load (offline, or the `chunks/` folder not copied
 * beside the script): one wording and one `nvr-config-error` field, `chunks`, for every widget,
 * whether the chunk held a view (LazyView) or an editor-content loader (EditorSource).
 */
export const CHUNKS_FIELD = 'chunks';

export function chunkProblem(error: unknown): string {
  return `could not load part of the widget (${String(error)}); copy the chunks/ folder beside the script`;
}
