/**
 * The shape of a widget example, and the one way to put an example on a page.
 *
 * Each widget lists its examples once, in `packages/<dir>/examples.ts` (beside `src/`, so it is
 * never shipped). Three things read that list:
 * - its Storybook stories (`stories/<tag>.stories.ts`): one story per example;
 * - the shared widget suite (`test/widget-base-tests.ts`): every guarantee, in every example;
 * - its docs page (`docs/<dir>.md`): the HTML snippets, written by `scripts/docs-examples.js`.
 *
 * The type lives here, in `test/`, because this folder already holds what the widgets' tests and
 * stories share (the suite, the fixtures) and every consumer can import it: the browser tests,
 * Storybook (Vite) and the docs script (tsx, in Node). Nothing here runs on import, and nothing
 * here touches the DOM until a function is called, so Node can read the examples too.
 */

export interface WidgetExample {
  /** The title of the story, the test and the docs heading, e.g. "Feedback at the end". */
  name: string;
  /** One sentence on what the example shows: under the docs heading and on the story's docs page. */
  description: string;
  /** The element's attributes as an editor writes them (`{}` for none). */
  attributes: Record<string, string>;
  /** A `<script type>` child with the editor's content (the quiz's JSON bank, cornerstones' Markdown). */
  inline?: { type: 'application/json' | 'text/markdown'; content: string };
  /** Properties set from a script (the fee calculator's `config` object). */
  properties?: Record<string, unknown>;
  /** Attributes of a `<div>` around the widget: the page's direction, language or theme. */
  wrapper?: { dir?: 'ltr' | 'rtl'; lang?: string; style?: string };
  /** Attributes of an `<nvr-provider>` around the widget (site-wide settings). */
  provider?: Record<string, string>;
  /**
   * `localStorage` entries an earlier visit left (key → value, stored as JSON), written before the
   * widget renders. Not part of the snippet: the description says what was saved.
   */
  stored?: Record<string, unknown>;
  /**
   * Brings the rendered widget to the state worth showing, as a visitor would, with plain DOM only
   * (shadow-root queries, clicks, input events), so the same steps run in a test and in a
   * Storybook `play`. Resolves once that state is on screen.
   */
  reach?: (el: HTMLElement) => Promise<void>;
}

/** A rendered example: the widget, and the outermost element added to the page for it. */
export interface RenderedExample {
  el: HTMLElement & { updateComplete?: Promise<unknown> };
  outer: HTMLElement;
}

/**
 * Builds the example's markup in plain DOM (wrapper, provider, widget, inline script) and sets its
 * stored entries and properties. Append `outer` to the page, then call `reach` if you need it.
 * `wrapperOverride` adds to or replaces the wrapper's attributes (the suite's RTL and pinned renders).
 */
export function buildExample(
  tag: string,
  example: WidgetExample,
  wrapperOverride: Record<string, string> = {},
): RenderedExample {
  for (const [key, value] of Object.entries(example.stored ?? {})) {
    localStorage.setItem(key, JSON.stringify(value));
  }
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(example.attributes)) el.setAttribute(name, value);
  if (example.inline) {
    const script = document.createElement('script');
    script.type = example.inline.type;
    script.textContent = example.inline.content;
    el.append(script);
  }
  Object.assign(el, example.properties ?? {});
  let outer: HTMLElement = el;
  if (example.provider) {
    const provider = document.createElement('nvr-provider');
    for (const [name, value] of Object.entries(example.provider)) provider.setAttribute(name, value);
    provider.append(outer);
    outer = provider;
  }
  const wrapperAttributes = { ...example.wrapper, ...wrapperOverride };
  if (example.wrapper?.style && wrapperOverride.style) {
    wrapperAttributes.style = `${example.wrapper.style};${wrapperOverride.style}`;
  }
  if (Object.keys(wrapperAttributes).length) {
    const wrapper = document.createElement('div');
    for (const [name, value] of Object.entries(wrapperAttributes)) wrapper.setAttribute(name, value);
    wrapper.append(outer);
    outer = wrapper;
  }
  return { el, outer };
}

/** Removes what `buildExample` stored, so the next example or story starts from its own state. */
export function forgetStored(example: WidgetExample): void {
  for (const key of Object.keys(example.stored ?? {})) localStorage.removeItem(key);
}

// Plain-DOM steps for `reach`, shared by the widgets' examples.

/**
 * Resolves with `find()`'s result once it is truthy, polling on a timer (animation frames stall in
 * background tabs); fails after `ms` naming `what`.
 */
export async function waitFor<T>(find: () => T, what: string, ms = 5000): Promise<NonNullable<T>> {
  const start = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - start > ms) throw new Error(`Example: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The first element matching `selector` in the widget's shadow root, once it is there. */
export const part = <E extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  waitFor(() => el.shadowRoot?.querySelector<E>(selector), selector);

/** Lets a Lit element finish rendering what the last step changed. */
export async function settled(el: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
}

/** Clicks the element matching `selector` (once it is there) and waits for the render. */
export async function clickPart(el: HTMLElement, selector: string): Promise<void> {
  (await part(el, selector)).click();
  await settled(el);
}

/** Types `value` into the field matching `selector`, as an `input` event, and waits for the render. */
export async function fillPart(el: HTMLElement, selector: string, value: string): Promise<void> {
  const field = await part<HTMLInputElement>(el, selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settled(el);
}

// The HTML snippet for the docs.

/** An attribute as an editor writes it: in double quotes, or single quotes around JSON. */
const attribute = (name: string, value: string) => {
  if (value === '') return ` ${name}`;
  if (value.includes('"') && !value.includes("'")) return ` ${name}='${value.replace(/&/g, '&amp;')}'`;
  const escaped = value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  // A long list of declarations reads better one per line.
  const declarations = escaped.split(/;\s*/);
  if (name === 'style' && escaped.length > 80) return ` ${name}="\n  ${declarations.join(';\n  ')}"`;
  return ` ${name}="${escaped}"`;
};

const openTag = (tag: string, attributes: Record<string, string | undefined>) =>
  `<${tag}${Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => attribute(name, value))
    .join('')}>`;

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((line) => (line.trim() ? by + line : ''))
    .join('\n');

/** Removes the indentation every non-blank line shares, and blank lines at either end. */
export function dedent(text: string): string {
  const lines = text
    .replace(/^\s*\n/, '')
    .replace(/\n\s*$/, '')
    .split('\n');
  const margin = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(margin)).join('\n');
}

/**
 * The example as an editor pastes it into a page: the wrapper and provider (if any), the element
 * with its attributes and inline content, then a module script for its properties.
 */
export function exampleHtml(tag: string, example: WidgetExample): string {
  let body = openTag(tag, example.attributes);
  if (example.inline) {
    const content = indent(dedent(example.inline.content), '    ');
    body += `\n  <script type="${example.inline.type}">\n${content}\n  </script>\n`;
  }
  body += `</${tag}>`;
  if (example.provider) {
    body = `${openTag('nvr-provider', example.provider)}\n${indent(body, '  ')}\n</nvr-provider>`;
  }
  if (example.wrapper) {
    body = `${openTag('div', example.wrapper)}\n${indent(body, '  ')}\n</div>`;
  }
  for (const [name, value] of Object.entries(example.properties ?? {})) {
    const json = JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
    body += `\n<script type="module">\n  document.querySelector('${tag}').${name} = ${json};\n</script>`;
  }
  return body;
}
