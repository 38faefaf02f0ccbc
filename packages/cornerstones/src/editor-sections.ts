/**
 * Turns editor Markdown (a `src` URL or an inline script) into rendered, sanitised sections.
 * Loaded lazily by `<nvr-cornerstones>` only when an editor supplies Markdown, together with
 * marked + DOMPurify: pages showing the built-in content never download any of it.
 */
import { fetchText, loadMarkdown } from '@nvr-widgets/core';
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
  if (src) candidates.push(['src', () => fetchText(src)]);
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
