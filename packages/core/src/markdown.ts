/**
 * Editor-supplied Markdown → sanitised DOM. This module pulls in marked and DOMPurify (~26 kB
 * gzip, four times Lit), so it is only ever loaded through `loadMarkdown()` when an editor
 * actually supplies Markdown: built-in content never pays for it.
 */
import { Marked } from 'marked';
import DOMPurify from 'dompurify';
import { isSafeUrl } from './urls.js';

// Only what Markdown itself produces. No <img>: a picture is a network request the parent's
// page never asked for, and alt-less images are the commonest accessibility failure.
const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'del',
  's',
  'code',
  'pre',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];
const ALLOWED_ATTR = ['href', 'title', 'start', 'align'];

const marked = new Marked({ gfm: true, breaks: false, async: false });

const purifier = DOMPurify(window);
let unsafeLinks: string[] = [];
purifier.addHook('afterSanitizeAttributes', (node) => {
  // DOMPurify already drops script-like URLs; this narrows links to the one policy in urls.ts.
  const href = node.getAttribute('href');
  if (href !== null && !isSafeUrl(href)) {
    unsafeLinks.push(`href="${href}"`);
    node.removeAttribute('href');
  }
});

/** A sanitised fragment and what was taken out of it, for the editor's warning. */
export interface Sanitised {
  fragment: DocumentFragment;
  /** E.g. `<script>`, `onerror="…"`, `href="javascript:…"`; empty when nothing was removed. */
  removed: string[];
}

/** Sanitises HTML into an inert fragment (never a string: no innerHTML sink for Trusted Types). */
export function sanitize(html: string): Sanitised {
  unsafeLinks = [];
  const fragment = purifier.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    RETURN_DOM_FRAGMENT: true,
  });
  const removed = purifier.removed
    // DOMPurify lists the wrapper <body> it parsed into whenever the input starts with text.
    .filter((r) => !('element' in r && r.element.nodeName === 'BODY'))
    .map((r) =>
      'element' in r
        ? `<${r.element.nodeName.toLowerCase()}>`
        : `${r.attribute?.name}="${r.attribute?.value}"`,
    );
  return { fragment, removed: [...removed, ...unsafeLinks] };
}

/** Renders block Markdown (paragraphs, lists…) to a sanitised fragment. */
export function renderMarkdown(markdown: string): Sanitised {
  return sanitize(marked.parse(markdown) as string);
}

/** Renders one line of inline Markdown (emphasis, links, code) to a sanitised fragment. */
export function renderInlineMarkdown(markdown: string): Sanitised {
  return sanitize(marked.parseInline(markdown) as string);
}
