import { nextTask } from './first-render-turns.js';

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

/**
 * Registers each tag in a task of its own, in order: the first at once, the next a task later.
 * Defining a tag upgrades every copy of it on the page (constructors, styles), so an all-in-one
 * file that defined four widgets at once did all of that inside the task that ran the script: one
 * long task. For CDN files that pages load; apps import `define.js`, which registers at once,
 * because a framework may look at an element's properties as soon as it has created it.
 */
export function defineInTurns(definitions: readonly (readonly [string, CustomElementConstructor])[]): void {
  let previous: Promise<unknown> | undefined;
  for (const [tag, ctor] of definitions) {
    const define = () => defineElement(tag, ctor);
    if (!previous) {
      define();
      previous = Promise.resolve();
      continue;
    }
    // One tag that cannot be defined (its name taken by something else) leaves the others be.
    previous = previous.then(nextTask).then(define).catch(reportLater);
  }
}

/** An error thrown where the page's error handlers see it, as a synchronous define's would be. */
function reportLater(error: unknown): void {
  setTimeout(() => {
    throw error;
  });
}
