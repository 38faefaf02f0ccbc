/**
 * Loading editor content and configuration from a URL or an inline script, shared by every widget
 * that takes editor Markdown or JSON, so all of them load, fail and explain the same way. Only
 * lazily loaded editor code uses this module (reading the inline script is in child-script.ts, which
 * first renders need), so none of it lands in a widget's initial bundle. Nothing here throws except
 * `fetchText`, whose Error message is written for the editor.
 */

import { jsonPath, parseJson } from './json.js';

// Pure, so model/ code may use them through core/pure.js; still exported here as before.
export { jsonPath, parseJson };

/** How long an editor's file may take, answer and body, before the widget gives up on it. */
let timeoutMs = 10_000;

/** Sets the time `fetchText` waits (10 s by default): tests make it short. */
export function setFetchTimeout(ms: number): void {
  timeoutMs = ms;
}

/**
 * Fetches an editor-configured URL (https:, http: or relative only; never credentials). Throws an
 * Error whose message tells the editor what went wrong, e.g. `could not load "x.json" (HTTP 404)`.
 * Gives up after 10 s: a server that never answers must not leave a parent looking at a blank box.
 */
export async function fetchText(src: string, signal?: AbortSignal): Promise<string> {
  const url = httpUrl(src);
  if (!url) throw new Error(`"${src}" is not an https:, http: or relative URL, so it was not loaded`);
  // One controller for both the caller's abort and the timeout (AbortSignal.any is too new).
  const controller = new AbortController();
  const seconds = timeoutMs / 1000;
  const timer = setTimeout(() => controller.abort(new Error(`no answer within ${seconds} s`)), timeoutMs);
  const stop = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', stop, { once: true });
  if (signal?.aborted) stop();
  let status: number;
  let text: string;
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
    status = response.status;
    text = response.ok ? await response.text() : '';
  } catch (error) {
    if (signal?.aborted) throw error;
    const reason = controller.signal.aborted ? (controller.signal.reason as Error) : (error as Error);
    throw new Error(`could not load "${src}" (${reason.message})`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
  if (status < 200 || status > 299) throw new Error(`could not load "${src}" (HTTP ${status})`);
  return text;
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
 * The order every widget follows for editor content: `src` wins when it loads and `use` accepts
 * it; otherwise the inline script; otherwise undefined (the built-in content). `use` throws an
 * Error saying why it cannot use the text (e.g. "has no valid questions"); each failure is
 * reported as `<why>; <what is shown instead>`, and nothing throws.
 */
export async function firstEditorSource<T>(
  { src, inline, inlineField }: { src?: string; inline?: string; inlineField: string },
  instead: { inline: string; builtIn: string },
  use: (text: string, field: string) => Promise<T>,
  report: (field: string, problem: string) => void,
): Promise<T | undefined> {
  const candidates: [field: string, load: () => Promise<string>][] = [];
  if (src) candidates.push(['src', () => fetchText(src)]);
  if (inline !== undefined) candidates.push([inlineField, async () => inline]);
  for (const [i, [field, load]] of candidates.entries()) {
    try {
      return await use(await load(), field);
    } catch (error) {
      report(
        field,
        `${(error as Error).message}; ${i + 1 < candidates.length ? instead.inline : instead.builtIn}`,
      );
    }
  }
  return undefined;
}
