/**
 * Where editors put inline content and configuration: a child `<script type="…">` of the widget.
 * Apart from editor-sources.ts because a widget reads this on its first render, while loading and
 * parsing happen in lazy chunks: one module for both would put the loaders in every initial bundle.
 */

/** Text of the element's first direct child `<script type="…">`, or undefined when there is none. */
export function childScriptText(host: Element, type: string): string | undefined {
  // The server renderer's element has no children to read: pre-rendering takes attributes only.
  for (const child of host.children ?? []) {
    if (child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === type) {
      return child.textContent ?? '';
    }
  }
  return undefined;
}
