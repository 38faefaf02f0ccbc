/**
 * Turns editor Markdown (a `src` URL or an inline script) into rendered, sanitised sections.
 * Loaded lazily by `<nvr-cornerstones>` only when an editor supplies Markdown, together with
 * marked + DOMPurify: pages showing the built-in content never download any of it.
 */
import { loadMarkdown } from '@nvr-widgets/core';
import { dedent, splitMarkdownSections, type MarkdownSection } from './markdown-sections.js';

/** One section ready to render: a plain-text title and sanitised fragments. */
export interface RenderedSection {
  id: string;
  title: string;
  summary: DocumentFragment | '';
  body: DocumentFragment;
}

type Report = (field: string, problem: string) => void;

/**
 * `src` wins when it loads and has sections; otherwise the inline Markdown; otherwise undefined
 * (built-in content). Every problem is reported and nothing throws.
 */
export async function loadEditorSections(
  src: string | undefined,
  inline: string | undefined,
  report: Report,
): Promise<RenderedSection[] | undefined> {
  const candidates: [field: string, load: () => Promise<string>][] = [];
  if (src) candidates.push(['src', () => fetchMarkdown(src)]);
  if (inline !== undefined) candidates.push(['script[type="text/markdown"]', async () => inline]);
  for (const [i, [field, load]] of candidates.entries()) {
    const fallback = i + 1 < candidates.length ? 'the inline Markdown' : 'the built-in content';
    try {
      const parts = splitMarkdownSections(dedent(await load()));
      if (parts.length) return await render(parts, field, report);
      report(field, `has no "## " headings, so it has no sections; showing ${fallback}`);
    } catch (error) {
      report(field, `${(error as Error).message}; showing ${fallback}`);
    }
  }
  return undefined;
}

async function render(parts: MarkdownSection[], field: string, report: Report): Promise<RenderedSection[]> {
  const md = await loadMarkdown();
  const removed = new Set<string>();
  const toFragment = (text: string, inlineOnly: boolean) => {
    const out = inlineOnly ? md.renderInlineMarkdown(text) : md.renderMarkdown(text);
    out.removed.forEach((r) => removed.add(r));
    return out.fragment;
  };
  const sections = parts.map(({ id, title, summary, body }) => ({
    id,
    title: (toFragment(title, true).textContent ?? '').trim() || id,
    summary: summary ? toFragment(summary, true) : ('' as const),
    body: toFragment(body, false),
  }));
  if (removed.size) {
    report(field, `unsafe or unsupported markup was removed: ${[...removed].join(', ')}`);
  }
  return sections;
}

/** Fetches `src`; throws an Error whose message tells the editor what went wrong. */
async function fetchMarkdown(src: string): Promise<string> {
  const url = httpUrl(src);
  if (!url) throw new Error(`"${src}" is not an https:, http: or relative URL, so it was not loaded`);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
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
