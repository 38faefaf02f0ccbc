#!/usr/bin/env node
/**
 * The host check (`npm run check:hosts`, run by `npm test` after the publish check): a React 19 app
 * and a Vue 3 app (test/hosts/) built and run from the packed tarballs, as an app developer would.
 *
 * 1. `npm pack` every package and install the tarballs, React, Vue and their types into one fresh
 *    project, offline from the npm cache (scripts/lib/tarballs.js, shared with the publish check).
 * 2. Type-check strictly: `tsc` over the React app (TSX, typed by nvr-widgets/react), `vue-tsc` with
 *    `strictTemplates` over the Vue app (typed by nvr-widgets/vue). No declarations of their own.
 * 3. Build both with Vite (the repository's Vite and @vitejs/plugin-vue; the apps' imports resolve
 *    to the installed packages), which also proves the packages import in a bundler.
 * 4. Load each build in Chromium (puppeteer-core, Debian's /usr/bin/chromium or CHROMIUM_PATH):
 *    every widget renders into its shadow root; the fee calculator shows the two-item price list
 *    the app set as its `config` property; choosing an option dispatches `nvr-fee-change` and the
 *    app shows its `gross`; opening a cornerstone dispatches `nvr-cornerstone-toggle` and the app
 *    shows its `index`; no console errors, uncaught exceptions or failed requests.
 * Steps 2 and 3 run side by side. Prints one line per step with its time, `N passed, N failed` last.
 * `--keep` keeps the temporary project.
 */
import { execFile } from 'node:child_process';
import { createReadStream, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import vue from '@vitejs/plugin-vue';
import { installTarballs, installedVersion, packWorkspaces, ROOT } from './lib/tarballs.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const APPS = ['react', 'vue'];

const started = Date.now();
const results = [];
const check = async (name, fn) => {
  const t = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}\n     ${String(error.stdout ?? '') + (error.message ?? error)}`.trimEnd());
  }
};
const node = (script, args, cwd) =>
  promisify(execFile)(process.execPath, [path.join(ROOT, script), ...args], { cwd, maxBuffer: 64e6 });

const tmp = mkdtempSync(path.join(os.tmpdir(), 'nvr-hosts-'));
const tarballs = path.join(tmp, 'tarballs');
const project = path.join(tmp, 'project');
const hosts = path.join(project, 'hosts');
mkdirSync(tarballs);
mkdirSync(project);
let installed = false;

await check('pack every package and install the tarballs with React 19 and Vue 3', () => {
  const packed = packWorkspaces(tarballs);
  const version = (names) => Object.fromEntries(names.map((n) => [n, installedVersion(n)]));
  installTarballs(project, packed, {
    dependencies: version(['react', 'react-dom', 'vue']),
    devDependencies: version(['@types/react', '@types/react-dom']),
  });
  cpSync(path.join(ROOT, 'test/hosts'), hosts, { recursive: true });
  installed = true;
});

if (installed) {
  const viteBuild = (app) =>
    build({
      root: path.join(hosts, app),
      configFile: false,
      base: `/${app}/`,
      logLevel: 'warn',
      // The Vue templates use the widgets' tags as custom elements, not Vue components.
      plugins:
        app === 'vue'
          ? [vue({ template: { compilerOptions: { isCustomElement: (t) => t.startsWith('nvr-') } } })]
          : [],
      build: { outDir: path.join(hosts, app, 'dist'), emptyOutDir: true, reportCompressedSize: false },
    });
  // The type-checks run in child processes beside the builds (two cores).
  await Promise.all([
    check('tsc --strict: the React 19 app (TSX)', () =>
      node('node_modules/typescript/bin/tsc', ['-p', 'hosts/react/tsconfig.json'], project),
    ),
    check('vue-tsc --strict with strictTemplates: the Vue 3 app', () =>
      node('node_modules/vue-tsc/bin/vue-tsc.js', ['-p', 'hosts/vue/tsconfig.json'], project),
    ),
    (async () => {
      for (const app of APPS) await check(`vite build: the ${app} app`, () => viteBuild(app));
    })(),
  ]);
}

/** A static server over `root` (the apps' dist folders): `/react/` serves hosts/react/dist. */
function serve() {
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
  };
  const server = createServer((req, res) => {
    const [, app, ...rest] = new URL(req.url, 'http://x').pathname.split('/');
    const file = path.join(hosts, app ?? '', 'dist', ...rest);
    const target = existsSync(file) && statSync(file).isDirectory() ? path.join(file, 'index.html') : file;
    if (!APPS.includes(app) || !existsSync(target)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(target)] ?? 'application/octet-stream' });
    createReadStream(target).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Run in the page: what the widgets rendered, read through their shadow roots. */
function rendered() {
  const text = (el) => el?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const tags = ['nvr-cornerstones', 'nvr-escalation-quiz', 'nvr-sit-in-planner', 'nvr-fee-calculator'];
  const fees = document.querySelector('nvr-fee-calculator');
  return {
    undefinedTags: ['nvr-provider', ...tags].filter((t) => !customElements.get(t)),
    // Rendered past a loading state: a shadow root with elements and words in it.
    empty: tags.filter((t) => {
      const el = document.querySelector(t);
      return !el?.shadowRoot?.querySelector('*') || !text(el) || /^Loading/.test(text(el));
    }),
    options: fees?.shadowRoot?.querySelectorAll('[part~="option"]').length ?? 0,
    feesText: text(fees),
  };
}

async function loadApp(browser, base, app) {
  const page = await browser.newPage();
  const problems = [];
  const notes = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    else if (m.type() === 'warn') notes.push(`console warning: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(`${base}/${app}/`, { waitUntil: 'load' });
  // The first step that fails ends the app's check, with what the page shows and what it logged.
  const step = async (what, fn) => {
    try {
      await fn();
    } catch (error) {
      const state = JSON.stringify(await page.evaluate(rendered));
      throw new Error([`${what}: ${error.message}`, `the page: ${state}`, ...problems].join('\n     '));
    }
  };
  const waitFor = (what, fn) => step(what, () => page.waitForFunction(fn, { timeout: 10_000 }));
  const click = (selector) => step(`click ${selector}`, () => page.click(selector));

  await waitFor('all four widgets render into their shadow roots', `(${rendered})().empty.length === 0`);
  // The app's two-item list, set as the `config` property: its labels and the second option's
  // price including VAT (£160 + 20 % = £192.00, a price the built-in list does not have).
  await waitFor(
    'the fee calculator shows the config property (two options, £192.00)',
    `(() => { const r = (${rendered})(); return r.options === 2 && r.feesText.includes('Foundation course') && r.feesText.includes('Group supervision') && r.feesText.includes('£192.00'); })()`,
  );
  // Choosing an option: nvr-fee-change reaches the app, which shows detail.gross (£500 + VAT).
  await click('nvr-fee-calculator >>> input[data-id="course"]');
  await waitFor(
    'nvr-fee-change reached the app with detail.gross = 60000 (shown as 600.00 GBP)',
    () =>
      document.querySelector('#gross')?.textContent === '600.00' &&
      document.querySelector('#currency')?.textContent === 'GBP',
  );
  // Opening the second cornerstone: nvr-cornerstone-toggle reaches the app with its detail.
  await click('nvr-cornerstones >>> #button-1');
  await waitFor('nvr-cornerstone-toggle reached the app with detail.index 2, open', () =>
    document.querySelector('#toggles')?.textContent?.includes('2:true'),
  );
  await page.close();
  for (const n of notes) console.log(`     ${app}: ${n}`);
  if (problems.length) throw new Error(problems.join('\n     '));
}

if (results.every((r) => r.ok)) {
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    for (const app of APPS)
      await check(`Chromium: the ${app} app renders every widget, sets config, gets typed events`, () =>
        loadApp(browser, base, app),
      );
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv.includes('--keep')) console.log(`kept ${tmp}`);
else rmSync(tmp, { recursive: true, force: true });
const failed = results.filter((r) => !r.ok).length;
console.log(`host check: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
