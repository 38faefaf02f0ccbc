/**
 * The Markdown format editors use to replace the built-in sections (docs/content-authoring.md).
 * Pure string handling, no DOM; loaded lazily with the Markdown renderer, since pages with the
 * built-in content never need it.
 */

/** One `## Heading` block of editor Markdown, still as Markdown. */
export interface MarkdownSection {
  /** A URL-safe id from the heading, unique within the document. */
  id: string;
  /** The heading's inline Markdown, without the `##`. */
  title: string;
  /** The first paragraph after the heading (inline Markdown), or '' when there is none. */
  summary: string;
  /** Everything after the summary, as block Markdown. */
  body: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Lines that start a block other than a paragraph: list items, headings, quotes, tables, fences, rules, HTML. */
const BLOCK_START =
  /^ {0,3}(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|\||`{3}|~{3}|<|([-*_])(?:[ \t]*\1){2,}[ \t]*$)/;
const H2 = /^ {0,3}##[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * Splits editor Markdown into sections: each ATX `## Heading` (outside code fences) starts one,
 * its first paragraph is the summary and the rest is the body. Text before the first `##` is
 * ignored. Never throws.
 */
export function splitMarkdownSections(markdown: string): MarkdownSection[] {
  const sections: { title: string; lines: string[] }[] = [];
  let fence: string | undefined;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1];
      if (!fence) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    }
    const heading = fence ? null : H2.exec(line);
    if (heading && heading[1].trim()) sections.push({ title: heading[1].trim(), lines: [] });
    else sections.at(-1)?.lines.push(line);
  }
  const used = new Set<string>();
  return sections.map(({ title, lines }) => {
    const start = lines.findIndex((l) => l.trim() !== '');
    let end = start;
    // The summary is a plain paragraph: stop at a blank line or any block-level start.
    const isPlainText = (l: string) => l.trim() !== '' && !BLOCK_START.test(l);
    if (start >= 0 && isPlainText(lines[start])) {
      while (end < lines.length && isPlainText(lines[end])) end++;
    }
    const summary = start >= 0 && end > start ? lines.slice(start, end).join(' ').trim() : '';
    const body = lines
      .slice(summary ? end : 0)
      .join('\n')
      .trim();
    return { id: uniqueSlug(plainText(title), used), title, summary, body };
  });
}

/** Rough plain text of inline Markdown for ids: link text without its URL, no emphasis marks. */
function plainText(inline: string): string {
  return inline.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`~]/g, '');
}

/** Lower-case, ASCII-dashed id, made unique with `-2`, `-3`… */
export function uniqueSlug(title: string, used: Set<string>): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'section';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/**
 * Removes the indentation common to all non-blank lines: editors indent Markdown inside HTML,
 * and four leading spaces would otherwise turn every line into a code block.
 */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}
