/**
 * Turns editor Markdown (a `src` URL or an inline script) into rendered, sanitised sections.
 * Loaded lazily by `<nvr-cornerstones>` only when an editor supplies Markdown, together with
 * marked + DOMPurify: pages showing the built-in content never download any of it.
 */
import { isSafeUrl, loadMarkdown } from '@nvr-widgets/core';
import { dedent, splitMarkdownSections } from './markdown-sections.js';

/** One section ready to render: a plain-text title and sanitised fragments. */
export interface RenderedSection {
  id: string;
  title: string;
  summary: DocumentFragment | '';
  body: DocumentFragment;
}

type Report = (field: string, problem: string) => void;

/**
 * `src` wins when it loads; otherwise the inline Markdown; otherwise undefined (built-in content).
 * Every problem is reported and nothing throws.
 */
export async function loadEditorSections(
  src: string | undefined,
  inline: string | undefined,
  report: Report,
): Promise<RenderedSection[] | undefined> {
  let markdown = inline;
  let field = 'script[type="text/markdown"]';
  if (src) {
    const fetched = await fetchMarkdown(
      src,
      inline !== undefined ? 'the inline Markdown' : 'the built-in content',
      report,
    );
    if (fetched !== undefined) [markdown, field] = [fetched, 'src'];
  }
  if (markdown === undefined) return undefined;
  const parts = splitMarkdownSections(dedent(markdown));
  if (!parts.length) {
    report(field, 'has no "## " headings, so it has no sections; showing the built-in content');
    return undefined;
  }
  const md = await loadMarkdown();
  const removed = new Set<string>();
  const render = (text: string, inlineOnly: boolean) => {
    const out = inlineOnly ? md.renderInlineMarkdown(text) : md.renderMarkdown(text);
    out.removed.forEach((r) => removed.add(r));
    return out.fragment;
  };
  const sections = parts.map(({ id, title, summary, body }) => ({
    id,
    title: (render(title, true).textContent ?? '').trim() || id,
    summary: summary ? render(summary, true) : ('' as const),
    body: render(body, false),
  }));
  if (removed.size) {
    report(field, `unsafe or unsupported markup was removed: ${[...removed].join(', ')}`);
  }
  return sections;
}

async function fetchMarkdown(src: string, fallback: string, report: Report): Promise<string | undefined> {
  if (!isSafeUrl(src)) {
    report('src', `"${src}" is not an http(s) or relative URL; showing ${fallback}`);
    return undefined;
  }
  try {
    const response = await fetch(new URL(src, document.baseURI));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.text();
  } catch (error) {
    report('src', `could not load "${src}" (${(error as Error).message}); showing ${fallback}`);
    return undefined;
  }
}
