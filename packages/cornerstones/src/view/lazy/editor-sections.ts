/**
 * Turns editor Markdown (a `src` URL or an inline script) into rendered, sanitised sections.
 * Loaded lazily by `<nvr-cornerstones>` only when an editor supplies Markdown, together with
 * marked + DOMPurify: pages showing the built-in content never download any of it.
 */
import { firstEditorSource, loadMarkdown } from '@nvr-widgets/core';
import { dedent, splitMarkdownSections, type MarkdownSection } from '../../model/markdown-sections.js';

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
export function loadEditorSections(
  src: string | undefined,
  inline: string | undefined,
  report: Report,
): Promise<RenderedSection[] | undefined> {
  return firstEditorSource(
    { src, inline, inlineField: 'script[type="text/markdown"]' },
    { inline: 'showing the inline Markdown', builtIn: 'showing the built-in content' },
    async (text, field) => {
      const parts = splitMarkdownSections(dedent(text));
      if (!parts.length) throw new Error('has no "## " headings, so it has no sections');
      return render(parts, field, report);
    },
    report,
  );
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
