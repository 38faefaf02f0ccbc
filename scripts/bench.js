#!/usr/bin/env node
// Performance report for the CDN bundles: `npm run build && npm run bench`.
//
// It prints numbers and PASS/FAIL against the budgets, and always exits 0 when
// it could measure (it is a report, not a test); it exits 1 only when it could
// not run at all (no build, no browser).
//
// 1. Sizes: gzip -9 of every dist/cdn/**/*.js, and per entry file the
//    "initial load" = entry + everything it imports statically. Chunks that are
//    only reached through dynamic import() (e.g. Markdown support) are listed
//    separately as "lazy" and are not part of the budget.
// 2. Baseline: scripts/bench-bare-lit.js bundled with lit + terser into .bench/.
// 3. First render and layout shift of every widget vs that baseline, in
//    headless Chromium with 4x CPU throttling, cold (new browser context and
//    cache disabled per run), at a phone-sized and a desktop viewport.
//
// Environment:
//   BENCH_RUNS=7          cold runs per widget and viewport (median is reported;
//                         0 = sizes only)
//   BENCH_SETTLE_MS=1000  wait after first render before reading layout shift
//   BENCH_CDN_DIR=dist/cdn  bundles to measure (relative to the repo root)
//   CHROMIUM_PATH=/usr/bin/chromium

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { parseAst } from 'rollup/parseAst';

import { startServer } from './serve.js';
import { allInOne, widgets } from '../widgets.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CDN_DIR = path.resolve(ROOT, process.env.BENCH_CDN_DIR ?? 'dist/cdn');
const BENCH_DIR = path.join(ROOT, '.bench'); // gitignored scratch space
const PLACEHOLDER_CSS = path.join(ROOT, 'docs/placeholder.css');
const BARE_LIT_SRC = path.join(ROOT, 'scripts/bench-bare-lit.js');
const BARE_LIT_OUT = path.join(BENCH_DIR, 'bare-lit.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const RUNS = intFromEnv('BENCH_RUNS', 7);
const SETTLE_MS = intFromEnv('BENCH_SETTLE_MS', 1000);
const CPU_THROTTLING = 4;
const RENDER_TIMEOUT_MS = 10_000;

// Budgets. Sizes are gzip -9 bytes of the initial load; 1 kB = 1024 B.
// Sizes come from the one widget list (widgets.js), which `npm test` checks with size-limit.
const SIZE_BUDGETS = Object.fromEntries(
  [...widgets.map((w) => [w.tag, w.budget]), [allInOne.name, allInOne.budget]].map(([name, kib]) => [
    `${name}.js`,
    kib * 1024,
  ]),
);
const RENDER_BUDGET_MS = 100; // max extra first-render time vs the bare Lit element
// Per-widget exceptions, each with its reason. The fee calculator must format money with Intl
// (currency symbols and separators per locale), and a page's first Intl object initialises the
// browser's ICU data: 10–17 ms unthrottled, ~50–60 ms at 4× throttling, whatever the widget does.
const RENDER_BUDGETS_MS = { 'nvr-fee-calculator': RENDER_BUDGET_MS + 60 };
const renderBudget = (tag) => RENDER_BUDGETS_MS[tag] ?? RENDER_BUDGET_MS;
const CLS_BUDGET = 0; // any layout shift of the content below fails

// The all-in-one bundle defines every tag; for now it is only sized.
const ALL_IN_ONE = 'nvr-widgets.js';
// Per-tag bench markup; anything not listed renders as <tag></tag>.
const MARKUP = {};

// Phone-sized without isMobile: Chromium's mobile emulation marks the first frames as
// "recent input", which would hide real layout shifts from the hadRecentInput filter.
// `embed` is how the page loads the script: 'head' is what docs/embedding.md recommends
// (<script type="module" blocking="render"> in <head>, plus docs/placeholder.css) and is held to
// the CLS budget; 'body' (script at the end of <body>, placeholder CSS only) is what a CMS block
// often does, and is reported for information: there the placeholder can only approximate.
const PHONE = { width: 390, height: 844, deviceScaleFactor: 2, hasTouch: true };
const VIEWPORTS = [
  { label: '390×844', ...PHONE, embed: 'head' },
  { label: '1280×800', width: 1280, height: 800, deviceScaleFactor: 1, embed: 'head' },
  { label: '390×844, script in body', ...PHONE, embed: 'body', clsBudgeted: false },
];

const BASELINE = { tag: 'bare-lit', file: BARE_LIT_OUT, label: 'bare-lit (baseline)' };

function intFromEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} must be a whole number ≥ 0, got "${raw}".`);
    process.exit(1);
  }
  return value;
}

// ---------------------------------------------------------------- sizes

const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;
const rel = (file) => path.relative(CDN_DIR, file).split(path.sep).join('/');

async function listJs(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
}

/**
 * Raw and gzip size plus import specifiers. Uses rollup's parser rather than
 * regexes so minified code, strings that contain "import" and comments cannot
 * confuse static imports with dynamic import() calls.
 */
async function analyseFile(file) {
  const code = await readFile(file);
  const ast = parseAst(code.toString('utf8'));
  const staticSpecifiers = [];
  const dynamicSpecifiers = [];
  for (const node of ast.body) {
    const isStatic =
      node.type === 'ImportDeclaration' ||
      node.type === 'ExportAllDeclaration' ||
      (node.type === 'ExportNamedDeclaration' && node.source);
    if (isStatic) staticSpecifiers.push(node.source.value);
  }
  walk(ast, (node) => {
    if (node.type !== 'ImportExpression') return;
    const source = node.source;
    if (source.type === 'Literal' && typeof source.value === 'string') dynamicSpecifiers.push(source.value);
    else if (source.type === 'TemplateLiteral' && source.expressions.length === 0)
      dynamicSpecifiers.push(source.quasis[0].value.cooked);
    else dynamicSpecifiers.push(null); // computed specifier: cannot follow it
  });
  return { file, raw: code.length, gzip: gzipSize(code), staticSpecifiers, dynamicSpecifiers };
}

function walk(node, visit) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (typeof node.type === 'string') visit(node);
  for (const key in node) {
    if (key !== 'type' && key !== 'start' && key !== 'end') walk(node[key], visit);
  }
}

async function measureSizes() {
  const files = await listJs(CDN_DIR);
  const info = new Map();
  for (const file of files) info.set(file, await analyseFile(file));

  const warnings = [];
  const resolveSpecifier = (from, specifier) => {
    if (specifier === null) {
      warnings.push(`${rel(from)}: import() with a computed specifier is not followed`);
      return null;
    }
    if (!specifier.startsWith('./') && !specifier.startsWith('../')) {
      // A CDN file must be self-contained; a bare or absolute import will not load.
      warnings.push(`${rel(from)} imports "${specifier}" which is not a relative file`);
      return null;
    }
    const target = path.resolve(path.dirname(from), specifier);
    if (!info.has(target)) {
      warnings.push(
        `${rel(from)} imports "${specifier}" which does not exist in ${rel(CDN_DIR) || 'the CDN folder'}`,
      );
      return null;
    }
    return target;
  };

  // Files reachable from `start`; a chunk may itself import shared chunks, and a
  // lazily loaded chunk may lazily load further chunks (e.g. editor sections → Markdown).
  const closure = (start, { dynamic }) => {
    const seen = new Set();
    const stack = [start];
    while (stack.length) {
      const file = stack.pop();
      if (seen.has(file)) continue;
      seen.add(file);
      const { staticSpecifiers, dynamicSpecifiers } = info.get(file);
      for (const spec of dynamic ? [...staticSpecifiers, ...dynamicSpecifiers] : staticSpecifiers) {
        const target = resolveSpecifier(file, spec);
        if (target) stack.push(target);
      }
    }
    return seen;
  };

  const entries = files.filter((file) => path.dirname(file) === CDN_DIR);
  const loads = entries.map((entry) => {
    const initial = closure(entry, { dynamic: false });
    // Lazy = everything import() can pull in later, minus what the initial load already has.
    const lazy = new Set([...closure(entry, { dynamic: true })].filter((file) => !initial.has(file)));
    const sum = (set) => [...set].reduce((total, file) => total + info.get(file).gzip, 0);
    const name = path.basename(entry);
    const budget = SIZE_BUDGETS[name];
    const initialGzip = sum(initial);
    return {
      name,
      files: [...initial].map(rel),
      initialGzip,
      lazyFiles: [...lazy].map(rel),
      lazyGzip: sum(lazy),
      budget,
      pass: budget === undefined ? undefined : initialGzip <= budget,
    };
  });

  // Files no entry can load: usually left over from an earlier build (rollup does not empty the folder).
  const reachable = new Set(entries.flatMap((entry) => [...closure(entry, { dynamic: true })]));
  const unreferenced = new Set(files.filter((file) => !reachable.has(file)));

  return { files: [...info.values()], loads, unreferenced, warnings: [...new Set(warnings)] };
}

function printSizes({ files, loads, unreferenced, warnings }) {
  console.log(`\nBundle sizes: ${path.relative(ROOT, CDN_DIR)} (gzip level 9; 1 kB = 1024 B)\n`);
  printTable(
    ['file', 'raw', 'gzip', 'note'],
    files.map((f) => [rel(f.file), kB(f.raw), kB(f.gzip), unreferenced.has(f.file) ? 'unreferenced' : '']),
    ['l', 'r', 'r', 'l'],
  );
  if (unreferenced.size) {
    console.log(
      `  ${unreferenced.size} file(s) are not loaded by any entry: probably left from an earlier build` +
        ' (`npm run clean && npm run build` removes them).',
    );
  }

  console.log('\nInitial load = entry + static imports (dynamic import() chunks are lazy, not counted)\n');
  printTable(
    ['entry', 'files', 'gzip initial', 'budget', 'result', 'lazy (import())'],
    loads.map((l) => [
      l.name,
      String(l.files.length),
      `${kB(l.initialGzip)} (${l.initialGzip.toLocaleString('en-GB')} B)`,
      l.budget === undefined ? '—' : `≤ ${kB(l.budget)}`,
      verdict(l.pass),
      l.lazyFiles.length ? `+${kB(l.lazyGzip)} in ${l.lazyFiles.length} file(s)` : '—',
    ]),
    ['l', 'r', 'r', 'r', 'l', 'l'],
  );
  for (const warning of warnings) console.log(`  warning: ${warning}`);
}

// ---------------------------------------------------------------- baseline

async function buildBareLit() {
  // Same ingredients as the CDN build (node-resolve + terser, ES module output),
  // so the only difference to a widget bundle is the widget's own code.
  const bundle = await rollup({
    input: BARE_LIT_SRC,
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
    onwarn(warning, warn) {
      if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  });
  try {
    await bundle.write({ file: BARE_LIT_OUT, format: 'es' });
  } finally {
    await bundle.close();
  }
  return gzipSize(await readFile(BARE_LIT_OUT));
}

// ---------------------------------------------------------------- render pages

/**
 * In-page probe (classic inline script in <head>, so it exists before the
 * widget module runs). Timestamps are performance.now(), i.e. ms since
 * navigation start (performance.timeOrigin).
 */
function probeScript(tag) {
  return `(() => {
  const TAG = ${JSON.stringify(tag)};
  let cls = 0;
  let ignored = 0;
  const onShifts = (entries) => {
    // Shifts right after user input are expected; count only unexpected ones (as CLS does).
    // The bench sends no input, so "ignored" should stay 0; if not, the numbers are suspect.
    for (const e of entries) {
      if (e.hadRecentInput) ignored += e.value;
      else cls += e.value;
    }
  };
  const observer = new PerformanceObserver((list) => onShifts(list.getEntries()));
  observer.observe({ type: 'layout-shift', buffered: true });

  const render = (async () => {
    await customElements.whenDefined(TAG);
    const definedAt = performance.now();
    const el = document.querySelector(TAG);
    if (!el) throw new Error('<' + TAG + '> is not in the page');
    await el.updateComplete;
    // Next frame: the first render has been committed to the shadow root.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const renderedAt = performance.now();
    const root = el.shadowRoot;
    if (!root || !(root.children.length || root.textContent.trim())) {
      throw new Error('<' + TAG + '> rendered nothing into its shadow root');
    }
    return { definedAt, renderedAt };
  })();
  const timeout = new Promise((_, reject) =>
    setTimeout(() => reject(new Error('<' + TAG + '> did not render within ${RENDER_TIMEOUT_MS} ms')), ${RENDER_TIMEOUT_MS}),
  );
  window.__bench = {
    render: Promise.race([render, timeout]),
    read() {
      onShifts(observer.takeRecords());
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      // Rendered height in rem: what the placeholder should reserve to avoid any shift.
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      const height = document.querySelector(TAG).getBoundingClientRect().height / rem;
      return { cls, ignored, height, fcp: fcp ? fcp.startTime : null };
    },
  };
})();`;
}

function benchPage({ tag, src, placeholderCss, embed }) {
  const script = `<script type="module"${embed === 'head' ? ' blocking="render"' : ''} src="${src}"></script>`;
  const markup = MARKUP[tag] ?? `<${tag}></${tag}>`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: ${tag}</title>
<style>
body { max-width: 40rem; margin: 0 auto; padding: 1rem; font: 1rem/1.5 system-ui, sans-serif; }
${placeholderCss}
</style>
<script>${probeScript(tag)}</script>
${embed === 'head' ? script : ''}
</head>
<body>
<p>Paragraph above the widget. Parents looking for support often land on a page like this one,
with some text before the widget is embedded.</p>
${markup}
<p id="below">Paragraph below the widget. If the widget changes height when it renders, this
text moves, and that movement is the layout shift this benchmark measures.</p>
${embed === 'head' ? '' : script}
</body>
</html>
`;
}

/**
 * One cold page load: fresh browser context (no cache, no cookies), throttled CPU.
 * `blankUrl` is an empty page on the same origin, opened first so that starting
 * the renderer process happens before navigation start instead of adding noise
 * to the timings; it loads no scripts or styles, so nothing gets cached.
 */
async function measureOnce(browser, url, blankUrl, viewport) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('response', (res) => res.status() >= 400 && errors.push(`HTTP ${res.status()} ${res.url()}`));
    await page.setCacheEnabled(false);
    await page.setViewport(viewport);
    await page.goto(blankUrl);
    await page.emulateCPUThrottling(CPU_THROTTLING); // CDP Emulation.setCPUThrottlingRate

    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    let timing;
    try {
      timing = await page.evaluate(() => window.__bench.render);
    } catch (error) {
      throw new Error([error.message.split('\n')[0], ...errors].join('; '));
    }
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const { cls, ignored, fcp, height } = await page.evaluate(() => window.__bench.read());
    if (ignored > 0)
      errors.push(
        `layout shift ${ignored.toFixed(4)} ignored as "after input" although the bench sends none`,
      );
    return { ...timing, cls, fcp, height, errors };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function measureRender(targets) {
  const placeholderCss = await readFile(PLACEHOLDER_CSS, 'utf8');
  const pagesDir = path.join(BENCH_DIR, 'pages');
  await mkdir(pagesDir, { recursive: true });
  for (const target of targets) {
    const src = '/' + path.relative(ROOT, target.file).split(path.sep).join('/');
    for (const embed of ['head', 'body']) {
      await writeFile(
        path.join(pagesDir, `${target.tag}-${embed}.html`),
        benchPage({ tag: target.tag, src, placeholderCss, embed }),
      );
    }
  }
  await writeFile(path.join(pagesDir, 'blank.html'), '<!doctype html><title>blank</title>\n');

  const server = await startServer({ root: ROOT, port: 0 });
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    // puppeteer also gives every launch its own new, empty --user-data-dir.
    args: [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });

  const results = [];
  try {
    for (const viewport of VIEWPORTS) {
      const samples = new Map(targets.map((t) => [t.tag, []]));
      const failed = new Map();
      const urlOf = (t) => new URL(`.bench/pages/${t.tag}-${viewport.embed}.html`, server.url).href;
      const blankUrl = new URL('.bench/pages/blank.html', server.url).href;
      // Warm-up load (discarded): the first page in a browser pays one-off start-up costs.
      await measureOnce(browser, urlOf(targets[0]), blankUrl, viewport).catch(() => {});

      for (let run = 0; run < RUNS; run++) {
        // Rotate the order each run so no widget is always measured first or last.
        const order = targets.map((_, i) => targets[(i + run) % targets.length]);
        for (const target of order) {
          if (failed.has(target.tag)) continue;
          try {
            samples.get(target.tag).push(await measureOnce(browser, urlOf(target), blankUrl, viewport));
          } catch (error) {
            failed.set(target.tag, error.message); // do not retry a broken widget 7 times
          }
        }
        if (process.stdout.isTTY) process.stdout.write(`\r  ${viewport.label}: run ${run + 1}/${RUNS}`);
      }
      if (process.stdout.isTTY) process.stdout.write('\n');
      else console.log(`  ${viewport.label}: ${RUNS} runs done`);

      for (const target of targets) {
        const runs = samples.get(target.tag);
        results.push({
          viewport: viewport.label,
          tag: target.tag,
          label: target.label ?? target.tag,
          gzipInitial: target.gzipInitial,
          runs: runs.length,
          error: failed.get(target.tag),
          definedMs: median(runs.map((r) => r.definedAt)),
          renderMs: median(runs.map((r) => r.renderedAt)),
          renderMinMs: runs.length ? Math.min(...runs.map((r) => r.renderedAt)) : null,
          renderMaxMs: runs.length ? Math.max(...runs.map((r) => r.renderedAt)) : null,
          fcpMs: median(runs.map((r) => r.fcp)),
          clsMedian: median(runs.map((r) => r.cls)),
          clsMax: runs.length ? Math.max(...runs.map((r) => r.cls)) : null,
          heightRem: median(runs.map((r) => r.height)),
          renderSamplesMs: runs.map((r) => Math.round(r.renderedAt)),
          clsSamples: runs.map((r) => r.cls),
          errors: [...new Set(runs.flatMap((r) => r.errors))],
        });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

function printRender(results, viewportLabel) {
  const vp = VIEWPORTS.find((v) => v.label === viewportLabel);
  const rows = results.filter((r) => r.viewport === viewportLabel);
  const base = rows.find((r) => r.tag === BASELINE.tag);
  const embed =
    vp.embed === 'head'
      ? 'script in <head> with blocking="render" + placeholder CSS'
      : 'script at the end of <body> + placeholder CSS; CLS for information, not budgeted';
  console.log(
    `\nFirst render at ${vp.label} (DPR ${vp.deviceScaleFactor}; ${embed}), ${CPU_THROTTLING}× CPU throttling,` +
      ` median of ${RUNS} cold runs (ms since navigation start)\n`,
  );
  const ms = (v) => (v == null ? '—' : v.toFixed(0));
  printTable(
    [
      'widget',
      'gzip initial',
      'defined',
      'render (min–max)',
      'Δ vs bare Lit',
      'Δ budget',
      'CLS max',
      'CLS = 0',
      'height',
      'FCP',
    ],
    rows.map((r) => {
      const isBase = r.tag === BASELINE.tag;
      if (!r.runs) {
        return [
          r.label,
          kB(r.gzipInitial),
          '—',
          'error',
          '—',
          isBase ? '' : 'FAIL',
          '—',
          isBase ? '' : 'FAIL',
          '—',
          '—',
        ];
      }
      return [
        r.label,
        kB(r.gzipInitial),
        ms(r.definedMs),
        `${ms(r.renderMs)} (${ms(r.renderMinMs)}–${ms(r.renderMaxMs)})`,
        isBase || r.deltaMs == null ? '—' : `${r.deltaMs >= 0 ? '+' : ''}${r.deltaMs.toFixed(0)} ms`,
        isBase ? '' : `≤ ${renderBudget(r.tag)} ms ${verdict(r.renderPass)}`,
        r.clsMax.toFixed(4),
        isBase ? '' : verdict(r.clsPass),
        r.heightRem == null ? '—' : `${r.heightRem.toFixed(2)}rem`,
        ms(r.fcpMs),
      ];
    }),
    ['l', 'r', 'r', 'r', 'r', 'l', 'r', 'l', 'r', 'r'],
  );
  console.log(
    '  defined/render/FCP: ms since navigation start; height: rendered height, what the placeholder should reserve',
  );
  if (base && base.clsMax > 0) {
    console.log('  (the baseline reserves no space, so its CLS shows what an unreserved element does)');
  }
  for (const r of rows) {
    if (r.error) console.log(`  error: ${r.label}: ${r.error}`);
    for (const e of r.errors) console.log(`  page error: ${r.label}: ${e}`);
  }
}

/** Timings are only comparable on an otherwise idle machine; say so when it was not. */
function warnIfBusy(loadBefore) {
  // Only the load from before the run counts: the bench's own Chromium and server add one or two.
  const cores = availableParallelism();
  if (loadBefore > cores) {
    console.log(
      `\nNote: the machine was busy (load average ${loadBefore.toFixed(1)} on ${cores} cores), so the` +
        ' render times below are noisy; rerun on an idle machine before trusting a FAIL or PASS near the budget.',
    );
  }
}

// ---------------------------------------------------------------- output helpers

const verdict = (pass) => (pass === undefined ? '' : pass ? 'PASS' : 'FAIL');

function printTable(header, rows, align) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    '  ' +
    cells
      .map((c, i) => (align[i] === 'r' ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log('  ' + widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

// ---------------------------------------------------------------- main

async function main() {
  const started = Date.now();
  if (!existsSync(CDN_DIR) || !(await listJs(CDN_DIR)).length) {
    console.error(
      `No bundles in ${path.relative(ROOT, CDN_DIR) || CDN_DIR}/.\n` +
        'The benchmark measures the built CDN files: run `npm run build` first, then `npm run bench`.',
    );
    process.exit(1);
  }

  const sizes = await measureSizes();
  printSizes(sizes);

  await mkdir(BENCH_DIR, { recursive: true });
  const bareGzip = await buildBareLit();
  console.log(
    `\nBaseline: ${path.relative(ROOT, BARE_LIT_OUT)} (bare LitElement, lit + terser) ${kB(bareGzip)} gzip`,
  );

  const summary = [];
  for (const load of sizes.loads) {
    if (load.pass !== undefined)
      summary.push({ pass: load.pass, what: `${load.name} initial load ${kB(load.initialGzip)}` });
  }

  // Widgets to render: one per top-level file, named after its tag.
  const widgets = [];
  for (const load of sizes.loads) {
    const tag = load.name.replace(/\.js$/, '');
    if (load.name === ALL_IN_ONE) {
      console.log(`${load.name}: all-in-one bundle, size only (not rendered).`);
    } else if (!/^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(tag)) {
      console.log(`${load.name}: "${tag}" is not a custom element name, size only.`);
    } else {
      widgets.push({ tag, file: path.join(CDN_DIR, load.name), gzipInitial: load.initialGzip });
    }
  }

  let results = [];
  if (RUNS === 0) {
    console.log('\nBENCH_RUNS=0: skipping the browser measurements.');
  } else if (!existsSync(CHROMIUM)) {
    console.error(
      `\nChromium not found at ${CHROMIUM}; set CHROMIUM_PATH. Skipping the browser measurements.`,
    );
    process.exitCode = 1;
  } else if (widgets.length) {
    console.log(
      `\nMeasuring ${widgets.length} widget(s) + baseline × ${VIEWPORTS.length} viewports × ${RUNS} cold runs` +
        ` (settle ${SETTLE_MS} ms)…`,
    );
    const targets = [{ ...BASELINE, gzipInitial: bareGzip }, ...widgets];
    const loadBefore = loadavg()[0]; // before our own browser adds to it
    results = await measureRender(targets);
    warnIfBusy(loadBefore);
    for (const viewport of VIEWPORTS) {
      const base = results.find((r) => r.viewport === viewport.label && r.tag === BASELINE.tag);
      for (const r of results) {
        if (r.viewport !== viewport.label || r.tag === BASELINE.tag) continue;
        const measured = r.runs > 0 && base?.renderMs != null;
        r.deltaMs = measured ? r.renderMs - base.renderMs : null;
        r.renderPass = measured && r.deltaMs <= renderBudget(r.tag);
        const budgeted = viewport.clsBudgeted !== false;
        r.clsPass = budgeted ? r.runs > 0 && r.clsMax <= CLS_BUDGET : undefined;
        const delta =
          r.deltaMs == null ? 'not measured' : `${r.deltaMs >= 0 ? '+' : ''}${r.deltaMs.toFixed(0)} ms`;
        summary.push({ pass: r.renderPass, what: `${r.tag} render ${delta} at ${r.viewport}` });
        if (budgeted) {
          summary.push({
            pass: r.clsPass,
            what: `${r.tag} CLS ${r.runs ? r.clsMax.toFixed(4) : 'not measured'} at ${r.viewport}`,
          });
        }
      }
      printRender(results, viewport.label);
    }
  }

  await writeFile(
    path.join(BENCH_DIR, 'results.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        runs: RUNS,
        cpuThrottling: CPU_THROTTLING,
        sizes: sizes.loads,
        bareLitGzip: bareGzip,
        render: results,
      },
      null,
      2,
    ),
  );

  const failures = summary.filter((s) => !s.pass);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(
    `\nSummary: ${summary.length - failures.length} PASS, ${failures.length} FAIL` +
      (failures.length ? ` (${failures.map((f) => f.what).join('; ')})` : ' (all budgets met)') +
      ` in ${seconds} s; details in ${path.relative(ROOT, path.join(BENCH_DIR, 'results.json'))}`,
  );
}

// The generated pages stay in .bench/pages/ so a run can be inspected by hand with `npm run demo`.
await main();
