/** Small helpers shared by every widget's browser tests, in every engine we test in. */
import { a11ySnapshot, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';

/** The engine running this test, from its user agent (HeadlessChrome, Firefox, WebKitGTK). */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Chrome\//.test(navigator.userAgent)
  ? 'chromium'
  : /Firefox\//.test(navigator.userAgent)
    ? 'firefox'
    : 'webkit';

/**
 * Declares a test that can only run in Chromium, because it reads Chromium's accessibility tree
 * (no other engine exposes one to tests). Its title says so; other engines do not list it.
 */
export function itInChromium(title: string, test: () => Promise<void>): void {
  if (engine === 'chromium') it(`${title} [Chromium accessibility tree]`, test);
}

/**
 * Sizes the page's viewport in any engine (scripts/wtr-commands.js). WebKit's MiniBrowser cannot
 * make its window narrower than its toolbar (~447 px): there the root element is narrowed to the
 * width asked for instead, pinned to the left edge, so the page lays out in the same width. The
 * widgets use no viewport units, and their only viewport breakpoint (32rem) lies above both widths.
 */
let viewport: { width: number; height: number; reached: number } | undefined;

export async function setViewport(size: { width: number; height: number }): Promise<void> {
  // Resizing the window costs ~0.6 s through WebKit's WebDriver: not again for the size it has.
  // (Only this helper resizes; a new test file starts with an unknown size, so it always asks.)
  const same = viewport?.width === size.width && viewport.height === size.height;
  const reached = same
    ? (viewport?.reached ?? size.width)
    : ((await executeServerCommand('nvr-viewport', size)) as { width: number }).width;
  viewport = { ...size, reached };
  const root = document.documentElement.style;
  if (reached > size.width) {
    root.setProperty('inline-size', `${size.width}px`);
    root.setProperty('margin-left', '0');
    root.setProperty('margin-right', 'auto');
  } else {
    for (const p of ['inline-size', 'margin-left', 'margin-right']) root.removeProperty(p);
  }
  if (!document.documentElement.getAttribute('style')) document.documentElement.removeAttribute('style');
}

/**
 * Types `text` into the focused field as key presses, in any engine. WebKitGTK's WebDriver drops
 * a key repeated within one action sequence ("hitting" arrives as "hiting"), so there each
 * character is its own command.
 */
export async function typeText(text: string): Promise<void> {
  if (engine !== 'webkit') return void (await sendKeys({ type: text }));
  for (const key of text) await sendKeys({ press: key });
}

/** Presses `key` with Shift held (a capital letter typed), in any engine. */
export async function pressWithShift(key: string): Promise<void> {
  if (engine !== 'webkit') {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: key });
    await sendKeys({ up: 'Shift' });
    return;
  }
  // WebDriver has no separate down and up: in one sequence, a modifier (U+E008 is Shift) stays
  // down until the sequence ends. Named keys go by their WebDriver code points.
  const codes: Record<string, string> = { Tab: '\uE004', Enter: '\uE007' };
  await sendKeys({ type: `\uE008${codes[key] ?? key}` });
}

/** Test-only copies of the `@media print` rules, applied as if printing, per style scope. */
const printSheets = new Map<Document | ShadowRoot, CSSStyleSheet>();

function shadowRootsIn(root: Document | ShadowRoot): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) out.push(el.shadowRoot, ...shadowRootsIn(el.shadowRoot));
  }
  return out;
}

/**
 * Applies print styles, or removes them, in every engine. Only Chromium can emulate the print
 * medium for a test, so 'print' adds to each style scope (the page and every shadow root now in
 * it) a test-only stylesheet holding that scope's `@media print` rules unconditionally; being
 * last, it wins as print rules do. Render first, then emulate: later shadow roots are not covered.
 */
export async function emulateMedia({ media }: { media: 'print' | 'screen' }): Promise<void> {
  for (const [scope, sheet] of printSheets)
    scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
  printSheets.clear();
  if (media !== 'print') return;
  for (const scope of [document, ...shadowRootsIn(document)]) {
    const sheets = [
      ...(scope instanceof Document ? [...scope.styleSheets] : []),
      ...scope.adoptedStyleSheets,
    ];
    const rules = sheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && /\bprint\b/.test(r.media.mediaText))
      .flatMap((r) => [...r.cssRules].map((inner) => inner.cssText));
    if (!rules.length) continue;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules.join('\n'));
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
    printSheets.set(scope, sheet);
  }
  // Let style and layout catch up before the test measures.
  await new Promise((r) => setTimeout(r));
}

/** Collects console.warn calls until `restore()`; tests assert on what an editor would read. */
export function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/** Records `nvr-config-error` details reaching `document` (so also proves bubbles + composed). */
export function captureConfigErrors() {
  const details: { widget: string; field: string; problem: string }[] = [];
  const listener = (e: Event) => details.push((e as CustomEvent).detail);
  document.addEventListener('nvr-config-error', listener);
  return { details, restore: () => document.removeEventListener('nvr-config-error', listener) };
}

/**
 * Runs `test` while collecting console warnings and `nvr-config-error` details, and always
 * restores the console and the listener afterwards.
 */
export async function withWarnings(
  test: (
    warnings: ReturnType<typeof captureWarnings>,
    errors: ReturnType<typeof captureConfigErrors>,
  ) => Promise<void>,
): Promise<void> {
  const warnings = captureWarnings();
  const errors = captureConfigErrors();
  try {
    await test(warnings, errors);
  } finally {
    warnings.restore();
    errors.restore();
  }
}

/**
 * Resolves when `check()` is truthy, polling on a timer (animation frames stall in background
 * pages and under load); fails after `ms`.
 */
export async function until<T>(check: () => T, what: string, ms = 5000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > ms) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

interface AxNode {
  role: string;
  name: string;
  expanded?: boolean;
  level?: number;
  children?: AxNode[];
}

/** Chromium's accessibility tree for the page, flattened: what a screen reader is told. */
export async function accessibleNodes(): Promise<AxNode[]> {
  const root = (await a11ySnapshot({})) as unknown as AxNode;
  const out: AxNode[] = [];
  const walk = (n: AxNode) => {
    out.push(n);
    n.children?.forEach(walk);
  };
  walk(root);
  return out;
}

/** URLs of resources fetched since `since` (a performance.now() time). */
export function resourcesSince(since: number): string[] {
  return performance
    .getEntriesByType('resource')
    .filter((e) => e.startTime >= since)
    .map((e) => e.name);
}

/** Every element in a shadow root (and nested roots), for layout checks. */
export function shadowElements(host: Element): HTMLElement[] {
  const out: HTMLElement[] = [];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return out;
}

/** Runs `body`, collecting errors thrown out of the widget (uncaught, or unhandled rejections). */
export async function uncaughtDuring(body: () => Promise<void>): Promise<string[]> {
  const thrown: string[] = [];
  const onError = (e: ErrorEvent) => {
    e.preventDefault();
    thrown.push(String(e.error ?? e.message));
  };
  const onRejection = (e: PromiseRejectionEvent) => {
    e.preventDefault();
    thrown.push(String(e.reason));
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await body();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return thrown;
}

/**
 * After the first render, sets each property to each value, then each attribute to each text, one
 * change at a time (each goes back to unset before the next), and checks after every change that
 * what the visitor reads (`shown()`) has no "NaN" or "undefined" in it.
 */
export async function tryEveryValue(
  el: HTMLElement & { updateComplete: Promise<unknown> },
  shown: () => string,
  edges: { properties: string[]; values: unknown[]; attributes: string[]; texts: string[] },
): Promise<void> {
  for (const prop of edges.properties) {
    for (const value of edges.values) {
      Reflect.set(el, prop, value);
      await el.updateComplete;
      expect(shown(), `${prop} = ${String(value).slice(0, 20)}`).not.to.match(/NaN|undefined/);
    }
    Reflect.set(el, prop, undefined);
    await el.updateComplete;
  }
  for (const name of edges.attributes) {
    for (const text of edges.texts) {
      el.setAttribute(name, text);
      await el.updateComplete;
      expect(shown(), `${name}="${text.slice(0, 20)}"`).not.to.match(/NaN|undefined/);
    }
    el.removeAttribute(name);
    await el.updateComplete;
  }
}

/**
 * The pre-rendered snippet the build writes for `tag` (dist/html/<tag>.html), pointing at this
 * server's dist/cdn/. Insert it with `setHTMLUnsafe`: that parses its declarative shadow root and
 * does not run its script, as on a page where the script is blocked.
 */
export async function prerenderedSnippet(tag: string): Promise<string> {
  const response = await fetch(`/dist/html/${tag}.html`);
  if (!response.ok) throw new Error(`dist/html/${tag}.html: HTTP ${response.status} (run npm run build)`);
  return (await response.text()).replaceAll('https://YOUR-CDN/nvr-widgets/dist/cdn/', '/dist/cdn/');
}

/**
 * Resolves once a pre-rendered element's stylesheet (the `<link>` in its shadow root) has loaded:
 * then heights and visibility are what a visitor sees painted.
 */
export async function stylesheetLoaded(el: Element): Promise<void> {
  const link = el.shadowRoot?.querySelector<HTMLLinkElement>('link[rel="stylesheet"]');
  if (!link) throw new Error('no stylesheet link in the shadow root');
  await until(() => link.sheet, 'the stylesheet');
}

/** Every element and text node in a shadow root, in document order: to prove nodes were kept. */
export function shadowNodes(host: Element): Node[] {
  const root = host.shadowRoot;
  if (!root) return [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const nodes: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  return nodes;
}

/** The nodes now in `host`'s shadow root that are not, position by position, the ones in `before`. */
export function recreatedNodes(host: Element, before: readonly Node[]): Node[] {
  return shadowNodes(host).filter((node, i) => node !== before[i]);
}

/**
 * Drawn and taking room: what a visitor sees. Core switches a pre-rendered widget's no-script view
 * by visibility and height (not display), so both count.
 */
export const shownOnScreen = (el: Element | null | undefined): boolean =>
  !!el && el.checkVisibility({ visibilityProperty: true }) && el.getBoundingClientRect().height > 0;

/**
 * Settles after `links` chained microtasks: to tell tasks apart. Work queued in the same microtask
 * checkpoint as the chain's start runs ahead of most of it; work in a later task after all of it.
 */
export function microtaskChain(links = 1000): { done: boolean } {
  const state = { done: false };
  let p = Promise.resolve();
  for (let i = 0; i < links; i++) p = p.then(() => undefined);
  void p.then(() => (state.done = true));
  return state;
}
