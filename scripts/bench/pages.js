// The bench's pages: one host page per (content, embed style), each with an in-page probe.
//
// Embed styles (how an editor puts a widget on a page):
// - prerendered: the widget's pre-rendered snippet (scripts/prerender.js) where it goes, the module
//   script at the end of <body>, nothing blocking and no placeholder CSS;
// - placeholder: docs/placeholder.css in the page's styles, the module script in <head> (not blocking);
// - plain: the bare tag, the module script at the end of <body>, no placeholder;
// - blocking: what docs/embedding.md documented before issue 14: placeholder CSS and
//   <script type="module" blocking="render"> in <head>; measured for comparison.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

export const STYLES = {
  prerendered: { label: 'pre-rendered', scriptIn: 'body', placeholder: false, prerendered: true },
  placeholder: { label: 'placeholder CSS', scriptIn: 'head', placeholder: true },
  plain: { label: 'plain', scriptIn: 'body', placeholder: false },
  blocking: { label: 'blocking (old docs)', scriptIn: 'head', placeholder: true, blocking: true },
};

/**
 * Pre-rendered markup for each request ({ tag, attributes }), in a child process: prerender.js
 * registers the widgets in Node's global customElements, which the bench should not inherit.
 */
export async function prerenderAll(root, requests, base) {
  const program = `
    import { prerender } from './scripts/prerender.js';
    const requests = JSON.parse(process.argv[1]);
    const out = [];
    for (const { tag, attributes, inline } of requests) out.push(await prerender(tag, attributes, { base: ${JSON.stringify(base)}, inline }));
    process.stdout.write(JSON.stringify(out));
  `;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', program, JSON.stringify(requests)],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout);
}

/**
 * `<bare-lit>` as Lit's own server renderer writes it (Declarative Shadow DOM and hydration
 * markers), from scripts/bench-bare-lit.js itself, in a child process like the widgets.
 */
export async function prerenderBareLit(root) {
  const program = `
    import { render } from '@lit-labs/ssr';
    import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
    import { html } from 'lit';
    import './scripts/bench-bare-lit.js';
    process.stdout.write(await collectResult(render(html\`<bare-lit></bare-lit>\`)));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', program], {
    cwd: root,
  });
  return stdout;
}

/** The editor configurations the bench embeds inline, taken from the packages' own examples. */
export async function inlineConfigs(root) {
  const pathway = await readFile(path.join(root, 'test/fixtures/fee-calculator/pathway.json'), 'utf8');
  const quizExamples = await readFile(path.join(root, 'packages/escalation-quiz/examples.ts'), 'utf8');
  // examples.ts is TypeScript the bench cannot import; the bank is one template literal in it.
  const bank = /const OWN_BANK = dedent\(`([\s\S]*?)`\)/.exec(quizExamples)?.[1];
  if (!bank) throw new Error('packages/escalation-quiz/examples.ts: OWN_BANK not found (the bench reads it)');
  JSON.parse(bank); // fail here, not in the page, if it stopped being plain JSON
  return {
    'nvr-fee-calculator': {
      attributes: { selected: 'foundation-supervision', participants: '5' },
      json: JSON.stringify(JSON.parse(pathway), null, 2),
      from: 'test/fixtures/fee-calculator/pathway.json (the "Your own price list" example)',
    },
    'nvr-escalation-quiz': {
      attributes: { count: '2', 'heading-level': '2' },
      json: bank.trim(),
      from: 'packages/escalation-quiz/examples.ts (OWN_BANK, "Your own scenarios, inline")',
    },
  };
}

const escapeAttribute = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `<tag attrs>` + optional inline config script + `</tag>`, for the non-pre-rendered styles. */
export function plainMarkup(tag, attributes, json) {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<${tag}${attrs}>${json ? configScript(json) : ''}</${tag}>`;
}

const configScript = (json) => `<script type="application/json">${json.replace(/<\//g, '<\\/')}</script>`;

/**
 * In-page probe (classic inline script in <head>, so its observers exist before anything paints or
 * runs). Timestamps are performance.now(): ms since navigation start.
 */
function probeScript(tags, timeoutMs) {
  return `(() => {
  const TAGS = ${JSON.stringify(tags)};
  let cls = 0;
  let ignored = 0;
  const onShifts = (entries) => {
    // Shifts right after input are not counted by CLS; the bench sends none, so "ignored" stays 0.
    for (const e of entries) {
      if (e.hadRecentInput) ignored += e.value;
      else cls += e.value;
    }
  };
  const shifts = new PerformanceObserver((list) => onShifts(list.getEntries()));
  shifts.observe({ type: 'layout-shift', buffered: true });

  const longTasks = [];
  const tasks = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  });
  tasks.observe({ type: 'longtask', buffered: true });

  // Who the browser calls the largest contentful paint: a host element (by id) or the widget.
  let lcp = null;
  const describe = (el) => {
    if (!el) return 'widget (shadow DOM)';
    const host = el.closest(TAGS.join(',')) || (el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null);
    if (host) return 'widget';
    return el.id ? '#' + el.id : el.localName;
  };
  const lcps = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) lcp = { at: e.startTime, size: e.size, who: describe(e.element) };
  });
  lcps.observe({ type: 'largest-contentful-paint', buffered: true });

  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const ready = (async () => {
    await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
    const definedAt = performance.now();
    const els = [...document.querySelectorAll(TAGS.join(','))];
    if (!els.length) throw new Error('no ' + TAGS.join('/') + ' in the page');
    // updateComplete covers the first render's turn and, for a pre-rendered element, loading the
    // hydration chunk and hydrating.
    await Promise.all(els.map((el) => el.updateComplete));
    const updatedAt = performance.now();
    // Ready = real content: no loading view (aria-busy) left, e.g. lazy views or editor config.
    while (els.some((el) => el.shadowRoot && el.shadowRoot.querySelector('[aria-busy="true"]'))) await frame();
    await Promise.all(els.map((el) => el.updateComplete));
    // Next frame: the render has been committed to the screen.
    await frame();
    const readyAt = performance.now();
    for (const el of els) {
      const root = el.shadowRoot;
      if (!root || !(root.children.length || root.textContent.trim())) {
        throw new Error('<' + el.localName + '> rendered nothing into its shadow root');
      }
    }
    return { definedAt, updatedAt, readyAt, count: els.length };
  })();
  const timeout = new Promise((_, reject) =>
    setTimeout(() => reject(new Error(TAGS.join('/') + ' not ready within ${timeoutMs} ms')), ${timeoutMs}),
  );
  window.__bench = {
    ready: Promise.race([ready, timeout]),
    read() {
      onShifts(shifts.takeRecords());
      for (const e of tasks.takeRecords()) longTasks.push({ start: e.startTime, duration: e.duration });
      for (const e of lcps.takeRecords()) lcp = { at: e.startTime, size: e.size, who: describe(e.element) };
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const fcpAt = fcp ? fcp.startTime : null;
      const longest = longTasks.reduce((max, t) => Math.max(max, t.duration), 0);
      // Total blocking time from first contentful paint on (to the end of the settle time).
      const tbt = longTasks
        .filter((t) => fcpAt === null || t.start + t.duration > fcpAt)
        .reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
      // Rendered height in rem of the first widget: what a placeholder should reserve.
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      const first = document.querySelector(TAGS.join(','));
      // For explaining first paint: when the widgets' stylesheets had loaded, and DOMContentLoaded
      // (after the parser and the module scripts).
      const nav = performance.getEntriesByType('navigation')[0];
      const css = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith('.css'));
      return { cls, ignored, fcp: fcpAt, lcp, longest, tbt, longTasks: longTasks.length,
        dcl: nav ? nav.domContentLoadedEventStart : null,
        cssLoaded: css.length ? Math.max(...css.map((e) => e.responseEnd)) : null,
        height: first ? first.getBoundingClientRect().height / rem : null };
    },
  };
})();`;
}

/**
 * A host page: its own heading and introduction above the widgets (the page's realistic largest
 * contentful paint candidate), the widgets, a paragraph below them (what moves if they shift).
 */
export function hostPage({ title, tags, markup, scripts, preloads = [], style, placeholderCss, timeoutMs }) {
  const s = STYLES[style];
  // As the pre-rendered snippet has it: the chunk that takes the view over, fetched beside the script.
  const preloadTags = preloads.map((href) => `<link rel="modulepreload" href="${href}">`).join('\n');
  const scriptTags = scripts
    .map((src) => `<script type="module"${s.blocking ? ' blocking="render"' : ''} src="${src}"></script>`)
    .join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: ${title}</title>
<style>
body { max-width: 40rem; margin: 0 auto; padding: 1rem; font: 1rem/1.5 system-ui, sans-serif; }
h1 { font-size: 1.75rem; line-height: 1.2; }
${s.placeholder ? placeholderCss : ''}
</style>
<script>${probeScript(tags, timeoutMs)}</script>
${s.scriptIn === 'head' ? scriptTags : ''}
</head>
<body>
<h1 id="title">When your child’s anger fills the house: support for parents</h1>
<p id="intro">Many parents who find this page are worn out by shouting, threats and slammed doors, and
wonder whether anything they do still makes a difference. Non-Violent Resistance is a way of
standing firm without fighting back: you stay present, you refuse to be pushed around, and you
bring other people in to help. The short course below explains the ideas step by step, and the
tools on this page let you try them at your own pace, in your own words, whenever you are ready.</p>
${markup}
<p id="below">Paragraph below the widgets. If a widget changes height when it renders, this text
moves, and that movement is the layout shift this benchmark measures.</p>
${preloadTags}
${s.scriptIn === 'body' ? scriptTags : ''}
</body>
</html>
`;
}
