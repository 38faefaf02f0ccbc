/**
 * Where editors put inline content and configuration: a child `<script type="…">` of the widget.
 * Apart from editor-sources.ts because a widget reads this on its first render, while loading and
 * parsing happen in lazy chunks: one module for both would put the loaders in every initial bundle.
 */
import { isServer } from 'lit';

/**
 * Pre-rendering (`npm run prerender -- … --inline file`) hands the editor's content over in this
 * attribute: Lit's server renderer gives an element no children to read. The output has the
 * content as the child script instead, and not the attribute.
 */
export const PRERENDER_INLINE = 'data-nvr-prerender-inline';

/** Text of the element's first direct child `<script type="…">`, or undefined when there is none. */
export function childScriptText(host: Element, type: string): string | undefined {
  if (isServer) return host.getAttribute(PRERENDER_INLINE) ?? undefined;
  for (const child of host.children) {
    if (child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === type) {
      return child.textContent ?? '';
    }
  }
  return undefined;
}
