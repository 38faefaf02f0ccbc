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

/**
 * `<style>` elements and `on*` / `style` attributes, taken out of the HTML *before* it is parsed:
 * even DOMParser and <template> documents check them against the page's policy, so under a CSP
 * without 'unsafe-inline' merely parsing Markdown pasted from a word processor sent violation
 * reports to the site's `report-uri`. Nothing ran; DOMPurify removed them all the same. This is
 * not the sanitiser (DOMPurify still is): a tag it misreads only costs a report, never safety.
 * Linear in the input: no quoted value or tag spans a "<", so no scan restarts far back.
 */
const STYLE_ELEMENT = /<style\b[^<>]*>(?:[^<]|<(?!\/style))*(?:<\/style\s*>|$)/gi;
const START_TAG = /<([a-z][^\s/<>]*)((?:"[^"<]*"|'[^'<]*'|[^'"<>])*)>/gi;
const ATTRIBUTE = /([\s/]*)([^\s/<>=]+)(?:\s*=\s*("[^"<]*"|'[^'<]*'|[^\s<>]*))?/y;
const INLINE_CODE = /^(?:on|style$)/i;

export function withoutInlineCode(html: string, removed: string[]): string {
  return html
    .replace(STYLE_ELEMENT, () => {
      removed.push('<style>');
      return '';
    })
    .replace(START_TAG, (tag, name: string, attributes: string) => {
      let kept = '';
      let at = 0;
      ATTRIBUTE.lastIndex = 0;
      for (let m = ATTRIBUTE.exec(attributes); m; m = ATTRIBUTE.exec(attributes)) {
        if (INLINE_CODE.test(m[2])) {
          removed.push(`${m[2]}="${(m[3] ?? '').replace(/^["']|["']$/g, '')}"`);
          // A space stays in its place: `title=c onclick=x/` must not become `title=c/`.
          kept += ' ';
        } else kept += m[0];
        at = ATTRIBUTE.lastIndex;
      }
      return kept === attributes ? tag : `<${name}${kept}${attributes.slice(at)}>`;
    });
}

/** Sanitises HTML into an inert fragment (never a string: no innerHTML sink for Trusted Types). */
export function sanitize(html: string): Sanitised {
  unsafeLinks = [];
  const stripped: string[] = [];
  const fragment = purifier.sanitize(withoutInlineCode(html, stripped), {
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
  return { fragment, removed: [...stripped, ...removed, ...unsafeLinks] };
}

/** Renders block Markdown (paragraphs, lists…) to a sanitised fragment. */
export function renderMarkdown(markdown: string): Sanitised {
  return sanitize(marked.parse(markdown) as string);
}

/** Renders one line of inline Markdown (emphasis, links, code) to a sanitised fragment. */
export function renderInlineMarkdown(markdown: string): Sanitised {
  return sanitize(marked.parseInline(markdown) as string);
}
