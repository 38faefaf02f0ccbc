/**
 * Registers a custom element unless the tag is taken. Pages often load a widget's script twice
 * (a CMS block plus a theme), and `customElements.define` throws the second time: warn instead.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) {
      console.warn(
        `<${tag}> is already defined (the script was probably loaded twice); keeping the first definition.`,
      );
    }
    return;
  }
  customElements.define(tag, ctor);
}
