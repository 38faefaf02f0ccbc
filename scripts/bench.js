#!/usr/bin/env node
// Performance report for the CDN bundles: `npm run build && npm run bench`.
//
// It prints numbers and PASS/FAIL against the budgets, writes docs/performance.md and
// .bench/results.json, and exits 0 whenever it could measure (it is a report, not a test); it
// exits 1 only when it could not run at all (no build, no browser).
//
// 1. Sizes: gzip -9 of every dist/cdn/**/*.js and each entry's initial load (bench/sizes.js).
// 2. Baseline: scripts/bench-bare-lit.js bundled with lit + terser into .bench/ (the budgets'
//    reference), and two like-for-like ones reported beside it: the same element pre-rendered and
//    hydrated by Lit (bench-bare-lit-hydrate.js), and one that formats an amount with Intl.NumberFormat
//    (bench-bare-lit-intl.js).
// 3. Host pages in headless Chromium, 4× CPU throttling, cold (a new browser context with the
//    cache disabled for every load), phone-sized viewport: each widget alone, all four widgets,
//    20 instances of one, and editor JSON configs, in each embed style (bench/pages.js), beside
//    bare Lit pages. Per page: the host's first and largest contentful paint, layout shift in every
//    run, when the widgets are ready, the longest task and total blocking time.
//
// `npm run bench -- --report` prints the report and rewrites docs/performance.md from the last
// .bench/results.json without measuring again (e.g. after changing how the report reads).
//
// Environment:
//   BENCH_RUNS=5          cold runs per page (medians are reported; 0 = sizes only)
//   BENCH_SETTLE_MS=1000  wait after the widgets are ready before reading shifts and long tasks
//   BENCH_ONLY=text      only pages whose id contains text (the bare Lit pages always run);
//                         such a partial run does not rewrite docs/performance.md
//   BENCH_CDN_DIR=dist/cdn  bundles to measure (relative to the repo root)
//   CHROMIUM_PATH=/usr/bin/chromium

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

import { startServer } from './serve.js';
import { snippetPreloads } from './prerender.js';
import { allInOne, widgets } from '../widgets.js';
import { gzipSize, listJs, measureSizes, printSizes } from './bench/sizes.js';
import {
  hostPage,
  inlineConfigs,
  plainMarkup,
  prerenderAll,
  prerenderBareLit,
  STYLES,
} from './bench/pages.js';
import { launch, measurePages } from './bench/measure.js';
import { checkBudgets, printReport, writeMarkdown } from './bench/report.js';
import { kB } from './bench/table.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CDN_DIR = path.resolve(ROOT, process.env.BENCH_CDN_DIR ?? 'dist/cdn');
const CDN_URL = '/' + path.relative(ROOT, CDN_DIR).split(path.sep).join('/') + '/';
const BENCH_DIR = path.join(ROOT, '.bench'); // gitignored scratch space
const DOC = path.join(ROOT, 'docs/performance.md');
const RESULTS = path.join(BENCH_DIR, 'results.json');
const PLACEHOLDER_CSS = path.join(ROOT, 'docs/placeholder.css');
const BARE_LIT_SRC = path.join(ROOT, 'scripts/bench-bare-lit.js');
const BARE_LIT_OUT = path.join(BENCH_DIR, 'bare-lit.js');
/** Like-for-like baselines beside it: pre-rendered and hydrated by Lit; with one Intl amount. */
const BARE_VARIANTS = ['bare-lit-hydrate', 'bare-lit-intl'];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// 5 runs keep the whole bench near 10 minutes on a 2-core machine (about 40 pages).
const RUNS = intFromEnv('BENCH_RUNS', 5);
const SETTLE_MS = intFromEnv('BENCH_SETTLE_MS', 1000);
const ONLY = process.env.BENCH_ONLY ?? '';
const CPU_THROTTLING = 4;
const READY_TIMEOUT_MS = 15_000;
const INSTANCES = 20;
const INSTANCE_WIDGETS = ['nvr-cornerstones', 'nvr-fee-calculator'];
// Phone-sized without isMobile: Chromium's mobile emulation marks the first frames as "recent
// input", which would hide real layout shifts from the hadRecentInput filter.
const VIEWPORT = { label: '390×844', width: 390, height: 844, deviceScaleFactor: 2, hasTouch: true };

// Size budgets: gzip -9 bytes of the initial load (widgets.js, which `npm test` checks with size-limit).
const SIZE_BUDGETS = Object.fromEntries(
  [...widgets.map((w) => [w.tag, w.budget]), [allInOne.name, allInOne.budget]].map(([name, kib]) => [
    `${name}.js`,
    kib * 1024,
  ]),
);

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

async function buildBareLit(src = BARE_LIT_SRC, out = BARE_LIT_OUT) {
  // Same ingredients as the CDN build (node-resolve + terser, ES module output),
  // so the only difference to a widget bundle is the widget's own code.
  const bundle = await rollup({
    input: src,
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
    onwarn(warning, warn) {
      if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  });
  try {
    await bundle.write({ file: out, format: 'es' });
  } finally {
    await bundle.close();
  }
  return gzipSize(await readFile(out));
}

/**
 * Every page the bench loads. `group` is what is compared (single widget, four widgets, 20
 * instances, editor config); `baseline` names the bare Lit page its ready time and longest task
 * are compared with (same script position, same number of elements).
 */
async function definePages() {
  const configs = await inlineConfigs(ROOT);
  const attrsOf = (tag) => widgets.find((w) => w.tag === tag).prerender ?? {};
  // Everything pre-rendered in one child process.
  const requests = [
    ...widgets.map((w) => ({ tag: w.tag, attributes: attrsOf(w.tag) })),
    ...Object.entries(configs).map(([tag, c]) => ({
      tag,
      attributes: c.attributes,
      inline: { text: c.json, type: 'application/json' },
    })),
  ];
  const rendered = await prerenderAll(ROOT, requests, CDN_URL);
  const prerendered = Object.fromEntries(widgets.map((w, i) => [w.tag, rendered[i]]));
  const prerenderedConfig = Object.fromEntries(
    Object.keys(configs).map((tag, i) => [tag, rendered[widgets.length + i]]),
  );

  const script = (tag) => `${CDN_URL}${tag}.js`;
  // What a pre-rendered snippet preloads beside its script (scripts/prerender.js): the chunk that
  // takes the view over and, with an editor's content inline, the chunks that read it.
  const preloads = {};
  for (const entry of [...widgets.map((w) => w.tag), allInOne.name]) {
    for (const inline of [false, true]) {
      const files = await snippetPreloads(entry, { inline });
      preloads[`${entry}${inline ? '+inline' : ''}`] = files.map((file) => `${CDN_URL}${file}`);
    }
  }
  const preloadOf = (entry, inline = false) => preloads[`${entry}${inline ? '+inline' : ''}`];
  const markupOf = (tag, style) =>
    STYLES[style].prerendered ? prerendered[tag] : plainMarkup(tag, attrsOf(tag));
  const bareBaseline = (style, count = 1) =>
    count === 1
      ? `bare-lit-${STYLES[style].blocking ? 'blocking' : STYLES[style].scriptIn}`
      : `bare-lit-x${count}`;
  const pages = [];
  const bare = (
    id,
    count,
    style,
    label,
    { tag = 'bare-lit', markup, script: src = '/.bench/bare-lit.js' } = {},
  ) =>
    pages.push({
      id,
      group: 'baseline',
      style,
      widget: tag,
      label,
      count,
      tags: [tag],
      markup: Array(count)
        .fill(markup ?? `<${tag}></${tag}>`)
        .join('\n'),
      scripts: [src],
    });
  bare('bare-lit-body', 1, 'plain', 'bare Lit, script at the end of <body>');
  bare('bare-lit-head', 1, 'placeholder', 'bare Lit, script in <head>');
  bare('bare-lit-blocking', 1, 'blocking', 'bare Lit, script in <head> with blocking="render"');
  bare('bare-lit-x4', 4, 'plain', 'bare Lit ×4, script at the end of <body>');
  bare(`bare-lit-x${INSTANCES}`, INSTANCES, 'plain', `bare Lit ×${INSTANCES}, script at the end of <body>`);
  // Like for like (reported beside the budgets, which keep the bare Lit page).
  bare('bare-lit-prerendered', 1, 'prerendered', 'bare Lit pre-rendered and hydrated by Lit', {
    markup: await prerenderBareLit(ROOT),
    script: '/.bench/bare-lit-hydrate.js',
  });
  bare('bare-lit-intl', 1, 'plain', 'bare Lit with one Intl amount, script at the end of <body>', {
    tag: 'bare-lit-intl',
    script: '/.bench/bare-lit-intl.js',
  });

  for (const style of Object.keys(STYLES)) {
    for (const { tag } of widgets) {
      pages.push({
        id: `${tag}-${style}`,
        group: 'single',
        style,
        widget: tag,
        label: tag,
        count: 1,
        tags: [tag],
        markup: markupOf(tag, style),
        scripts: [script(tag)],
        preloads: STYLES[style].prerendered ? preloadOf(tag) : [],
        baseline: bareBaseline(style),
        // A bare Lit page that does the same kind of work, for the report's like-for-like line.
        like: STYLES[style].prerendered
          ? 'bare-lit-prerendered'
          : tag === 'nvr-fee-calculator' && style === 'plain'
            ? 'bare-lit-intl'
            : undefined,
      });
    }
    // All four with nvr-widgets.js, as docs/embedding.md says for two or more (one copy of Lit).
    pages.push({
      id: `all-four-${style}`,
      group: 'four',
      style,
      widget: 'all four',
      label: 'all four widgets',
      count: widgets.length,
      tags: widgets.map((w) => w.tag),
      markup: widgets.map((w) => markupOf(w.tag, style)).join('\n'),
      scripts: [script(allInOne.name)],
      preloads: STYLES[style].prerendered ? preloadOf(allInOne.name) : [],
      baseline: bareBaseline(style, 4),
    });
    for (const tag of INSTANCE_WIDGETS) {
      pages.push({
        id: `${tag}-x${INSTANCES}-${style}`,
        group: 'instances',
        style,
        widget: tag,
        label: `${tag} ×${INSTANCES}`,
        count: INSTANCES,
        tags: [tag],
        markup: Array(INSTANCES).fill(markupOf(tag, style)).join('\n'),
        scripts: [script(tag)],
        preloads: STYLES[style].prerendered ? preloadOf(tag) : [],
        baseline: bareBaseline(style, INSTANCES),
      });
    }
    if (style === 'blocking') continue; // the config variants: the three embed styles of issue 14
    for (const [tag, config] of Object.entries(configs)) {
      pages.push({
        id: `${tag}-config-${style}`,
        group: 'config',
        style,
        widget: tag,
        label: `${tag} + inline JSON`,
        count: 1,
        tags: [tag],
        // Pre-rendered with `--inline`: the snippet carries the config and its loading view.
        markup: STYLES[style].prerendered
          ? prerenderedConfig[tag]
          : plainMarkup(tag, config.attributes, config.json),
        scripts: [script(tag)],
        preloads: STYLES[style].prerendered ? preloadOf(tag, true) : [],
        // The documented embed for an editor's own content: a reserve that fits it (calibrated).
        reserveFor: STYLES[style].placeholder || STYLES[style].prerendered ? tag : undefined,
        baseline: bareBaseline(style),
      });
    }
  }
  return { pages: pages.filter((p) => p.group === 'baseline' || p.id.includes(ONLY)), configs };
}

async function machine(browser) {
  const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  return {
    cores: availableParallelism(),
    cpu,
    chromium: browser ? await browser.version() : null,
    node: process.version,
  };
}

async function main() {
  const started = Date.now();
  if (!existsSync(CDN_DIR) || !(await listJs(CDN_DIR)).length) {
    console.error(
      `No bundles in ${path.relative(ROOT, CDN_DIR) || CDN_DIR}/.\n` +
        'The benchmark measures the built CDN files: run `npm run build` first, then `npm run bench`.',
    );
    process.exit(1);
  }

  const sizes = await measureSizes(CDN_DIR, SIZE_BUDGETS);
  printSizes(sizes, CDN_DIR, ROOT);

  await mkdir(path.join(BENCH_DIR, 'pages'), { recursive: true });
  const bareGzip = await buildBareLit();
  for (const name of BARE_VARIANTS) {
    await buildBareLit(path.join(ROOT, `scripts/bench-${name}.js`), path.join(BENCH_DIR, `${name}.js`));
  }
  console.log(
    `\nBaseline: ${path.relative(ROOT, BARE_LIT_OUT)} (bare LitElement, lit + terser) ${kB(bareGzip)} gzip`,
  );

  const settings = {
    runs: RUNS,
    settleMs: SETTLE_MS,
    cpuThrottling: CPU_THROTTLING,
    viewport: VIEWPORT,
    instances: INSTANCES,
  };
  let results = [];
  let configs = {};
  let about = await machine(null);
  const loadBefore = loadavg()[0]; // before our own browser adds to it
  if (RUNS === 0) {
    console.log('\nBENCH_RUNS=0: skipping the browser measurements.');
  } else if (!existsSync(CHROMIUM)) {
    console.error(
      `\nChromium not found at ${CHROMIUM}; set CHROMIUM_PATH. Skipping the browser measurements.`,
    );
    process.exitCode = 1;
  } else {
    const defined = await definePages();
    configs = defined.configs;
    const placeholderCss = await readFile(PLACEHOLDER_CSS, 'utf8');
    const writePages = async (reserves = {}) => {
      for (const page of defined.pages) {
        // An editor with their own content sets --nvr-<widget>-reserve to fit it (docs/embedding.md).
        const reserve = page.reserveFor && reserves[page.reserveFor];
        const own = reserve
          ? `\n${page.reserveFor} { ${page.reserveFor.replace(/^nvr-/, '--nvr-')}-reserve: ${reserve}em; }`
          : '';
        await writeFile(
          path.join(BENCH_DIR, 'pages', `${page.id}.html`),
          hostPage({
            ...page,
            title: `${page.label}, ${STYLES[page.style].label}`,
            placeholderCss: placeholderCss + own,
            timeoutMs: READY_TIMEOUT_MS,
          }),
        );
      }
    };
    await writePages();
    await writeFile(path.join(BENCH_DIR, 'pages', 'blank.html'), '<!doctype html><title>blank</title>\n');

    const server = await startServer({ root: ROOT, port: 0, cacheControl: 'public, max-age=600' });
    const browser = await launch(CHROMIUM);
    try {
      about = await machine(browser);
      // The reserve an editor would find for each inline config: its rendered height, measured
      // once with the plain embed at the bench's viewport (1em = 16 px on the bench pages).
      const reserves = {};
      for (const tag of Object.keys(configs)) {
        const page = defined.pages.find((p) => p.id === `${tag}-config-plain`);
        if (!page) continue;
        const [calibration] = await measurePages(browser, [page], {
          urlOf: (p) => new URL(`.bench/pages/${p.id}.html`, server.url).href,
          blankUrl: new URL('.bench/pages/blank.html', server.url).href,
          runs: 1,
          viewport: VIEWPORT,
          cpuThrottling: 1,
          settleMs: SETTLE_MS,
        });
        if (calibration.heightRem) {
          reserves[tag] = Number(calibration.heightRem.toFixed(4));
          configs[tag].reserveEm = reserves[tag];
        }
      }
      await writePages(reserves);
      console.log(
        `\nMeasuring ${defined.pages.length} pages × ${RUNS} cold runs at ${VIEWPORT.label}, ${CPU_THROTTLING}× CPU` +
          ` (settle ${SETTLE_MS} ms; ${about.chromium}, ${about.cores} cores)…`,
      );
      results = await measurePages(browser, defined.pages, {
        urlOf: (page) => new URL(`.bench/pages/${page.id}.html`, server.url).href,
        blankUrl: new URL('.bench/pages/blank.html', server.url).href,
        runs: RUNS,
        viewport: VIEWPORT,
        cpuThrottling: CPU_THROTTLING,
        settleMs: SETTLE_MS,
        onProgress: (run) =>
          console.log(`  run ${run}/${RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)`),
      });
    } finally {
      await browser.close();
      await server.close();
    }
  }
  const loadAfter = loadavg()[0];

  const seconds = (Date.now() - started) / 1000;
  const context = { ...settings, about, loadBefore, loadAfter, seconds, date: new Date(), configs, bareGzip };
  const saved = {
    date: context.date.toISOString(),
    ...settings,
    machine: about,
    loadAverage: { before: loadBefore, after: loadAfter },
    seconds,
    configs: Object.fromEntries(
      Object.entries(configs).map(([tag, c]) => [tag, { from: c.from, reserveEm: c.reserveEm }]),
    ),
    sizes: sizes.loads,
    bareLitGzip: bareGzip,
    pages: results,
  };
  const budgets = await report(results, sizes, context, RUNS > 0 && results.length && !ONLY);
  await writeFile(RESULTS, JSON.stringify({ ...saved, budgets }, null, 2));
}

/** Budgets, the console report and (for a full run) docs/performance.md. */
async function report(results, sizes, context, writeDoc) {
  const budgets = checkBudgets(results, sizes);
  printReport(results, budgets, context);
  if (writeDoc) {
    await writeFile(DOC, writeMarkdown(results, budgets, sizes, context));
    console.log(`\nWrote ${path.relative(ROOT, DOC)}.`);
  }
  const failures = budgets.filter((b) => !b.pass);
  console.log(
    `\nSummary: ${budgets.length - failures.length} PASS, ${failures.length} FAIL` +
      ` in ${context.seconds.toFixed(0)} s (${(context.seconds / 60).toFixed(1)} min);` +
      ` details in ${path.relative(ROOT, RESULTS)}`,
  );
  return budgets;
}

/** `npm run bench -- --report`: the report and docs again from .bench/results.json, without measuring. */
async function reportAgain() {
  const saved = JSON.parse(await readFile(RESULTS, 'utf8'));
  const context = {
    runs: saved.runs,
    settleMs: saved.settleMs,
    cpuThrottling: saved.cpuThrottling,
    viewport: saved.viewport,
    instances: saved.instances,
    about: saved.machine,
    loadBefore: saved.loadAverage.before,
    loadAfter: saved.loadAverage.after,
    seconds: saved.seconds,
    date: new Date(saved.date),
    configs: saved.configs ?? (await inlineConfigs(ROOT)),
    bareGzip: saved.bareLitGzip,
  };
  await report(saved.pages, { loads: saved.sizes }, context, saved.pages.length > 0);
}

// The generated pages stay in .bench/pages/ so a run can be inspected by hand with `npm run demo`.
await (process.argv.includes('--report') ? reportAgain() : main());
