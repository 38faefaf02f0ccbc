#!/usr/bin/env node
/**
 * The publish check (`npm run check:publish`, run by `npm test` after the build): what a user gets
 * from `npm install`, proven from the tarballs themselves, not from the workspace.
 *
 * 1. `npm pack` every workspace package into a temporary folder (prepack strips the dev-only
 *    "source" condition, as it will on publish).
 * 2. Each tarball's file list: LICENSE (the root's text), README, no `.tsbuildinfo`, nothing under
 *    `src/`, no "source" condition, every `exports`/`main`/`types`/`sideEffects`/`customElements`
 *    target present, every source map with `sourcesContent` for each source and every
 *    `sourceMappingURL` pointing at a packed map; no `dist/` file without a source (a stale build).
 * 3. A fresh project installs the tarballs (offline from the npm cache; `--prefer-offline` when the
 *    cache lacks a package's metadata) and imports `.` and `./define.js` of every package in Node.
 *    That works without a DOM: Lit's "node" export condition brings its own minimal DOM shim, so
 *    classes load and `define.js` registers into the shim's registry. The model functions the
 *    READMEs name are called, to show they work outside a browser.
 * 4. `tsc --noEmit --strict` (skipLibCheck off) type-checks the consumer in test/fixtures/consumer
 *    against the published `.d.ts` files: classes, models and typed events (`bundler` and
 *    `nodenext`), and every tag in React 19 JSX and Vue's GlobalComponents through the generated
 *    framework types, with no declarations of its own; vue-tsc with `strictTemplates` checks every
 *    tag in a Vue template (test/fixtures/consumer/App.vue).
 * 5. The all-in-one tarball stays under MAX_ALL_IN_ONE_BYTES.
 *
 * Prints one line per step with its time, and `N passed, N failed` at the end.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allInOne, packageDirs } from '../widgets.js';
import { installTarballs, installedVersion, packWorkspaces, ROOT, run } from './lib/tarballs.js';

/**
 * nvr-widgets packs to ~298 KiB (gzip; its CDN files are ~740 kB of it unpacked, the manifest of every
 * element ~350 kB); it was 1.05 MiB while it carried the CDN files' source maps.
 */
export const MAX_ALL_IN_ONE_BYTES = 352 * 1024;

const started = Date.now();
const results = [];
const check = (name, fn) => {
  const t = Date.now();
  try {
    fn();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}\n     ${String(error.stdout ?? '') + (error.message ?? error)}`.trimEnd());
  }
};
const fail = (problems) => {
  if (problems.length) throw new Error(problems.join('\n     '));
};

const tmp = mkdtempSync(path.join(os.tmpdir(), 'nvr-publish-'));
const tarballs = path.join(tmp, 'tarballs');
const consumer = path.join(tmp, 'consumer');
mkdirSync(tarballs);
mkdirSync(consumer);
const keep = process.argv.includes('--keep');

/** name → { dir, filename, path, size, files: Set<path>, root and pkg (as packed) } */
const packed = new Map();

check('npm pack every package', () => {
  for (const [name, p] of packWorkspaces(tarballs)) packed.set(name, p);
  const missing = packageDirs.filter((d) => ![...packed.values()].some((p) => p.dir === d));
  fail(missing.map((d) => `packages/${d} was not packed`));
  // Read each tarball's own package.json and maps: the packed bytes, not the workspace's.
  for (const [name, p] of packed) {
    const into = path.join(tmp, 'unpacked', name);
    mkdirSync(into, { recursive: true });
    run('tar', ['-xzf', p.path, '-C', into], ROOT);
    p.root = path.join(into, 'package');
    p.pkg = JSON.parse(readFileSync(path.join(p.root, 'package.json'), 'utf8'));
  }
});

/** Every file a manifest points at: [where, path]. */
function manifestTargets(pkg) {
  const targets = [];
  const walk = (value, where) => {
    if (typeof value === 'string') targets.push([where, value]);
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) walk(v, `${where}.${key}`);
  };
  walk(pkg.exports, 'exports');
  for (const field of ['main', 'module', 'types', 'customElements']) if (pkg[field]) walk(pkg[field], field);
  if (Array.isArray(pkg.sideEffects)) walk(pkg.sideEffects, 'sideEffects');
  return targets;
}

check('tarball file lists', () => {
  const license = readFileSync(path.join(ROOT, 'LICENSE'), 'utf8');
  const problems = [];
  for (const [name, p] of packed) {
    const say = (what) => problems.push(`${name}: ${what}`);
    if (!p.files.has('LICENSE')) say('no LICENSE');
    else if (readFileSync(path.join(p.root, 'LICENSE'), 'utf8') !== license)
      say('LICENSE differs from the root');
    if (!p.files.has('README.md')) say('no README.md');
    if (!p.files.has('CHANGELOG.md')) say('no CHANGELOG.md');
    for (const file of p.files) {
      if (file.endsWith('.tsbuildinfo')) say(`ships ${file}`);
      if (file.startsWith('src/')) say(`ships ${file}`);
    }
    if (JSON.stringify(p.pkg.exports).includes('"source"')) say('the "source" condition is published');
    for (const [where, target] of manifestTargets(p.pkg)) {
      if (target.includes('*')) continue;
      if (!p.files.has(path.posix.normalize(target)))
        say(`${where} → ${target}, which is not in the tarball`);
    }
    if (!p.pkg.repository?.url || p.pkg.repository.directory !== `packages/${p.dir}`)
      say('repository needs url and directory');
    if (/\]\(\.\.?\//.test(readFileSync(path.join(p.root, 'README.md'), 'utf8')))
      say('README has relative links, which break on the registry page');
    // A dist file without a source is left from an earlier build: `npm run clean && npm run build`.
    for (const file of p.files) {
      const m = /^dist\/(?!cdn\/)(.+)\.js$/.exec(file);
      if (m && !existsSync(path.join(ROOT, 'packages', p.dir, 'src', `${m[1]}.ts`)))
        say(`${file} has no source in src/ (stale build: npm run clean && npm run build)`);
    }
    for (const file of p.files) {
      const text = () => readFileSync(path.join(p.root, file), 'utf8');
      if (file.endsWith('.map')) {
        const map = JSON.parse(text());
        const ok =
          Array.isArray(map.sourcesContent) &&
          map.sourcesContent.length === map.sources.length &&
          map.sourcesContent.every((s) => typeof s === 'string');
        if (!ok) say(`${file} has no sourcesContent for every source`);
      } else if (/\.(js|d\.ts)$/.test(file)) {
        const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text())?.[1];
        if (url && !p.files.has(path.posix.join(path.posix.dirname(file), url)))
          say(`${file} points at ${url}, which is not in the tarball`);
      }
    }
  }
  fail(problems);
});

check(`${allInOne.name} tarball under ${MAX_ALL_IN_ONE_BYTES / 1024} KiB`, () => {
  const p = packed.get(allInOne.name);
  const kib = (p.size / 1024).toFixed(1);
  console.log(`     ${[...packed].map(([n, q]) => `${n} ${(q.size / 1024).toFixed(1)} KiB`).join(', ')}`);
  if (p.size > MAX_ALL_IN_ONE_BYTES) throw new Error(`${p.filename} is ${kib} KiB`);
});

check('install the tarballs into a fresh project', () => {
  // The frameworks' types, at the versions the repository's lockfile has (so in the npm cache).
  const devDependencies = Object.fromEntries(['@types/react', 'vue'].map((n) => [n, installedVersion(n)]));
  installTarballs(consumer, packed, { devDependencies });
});

const nodeCheck = `
import assert from 'node:assert/strict';
import * as core from '@nvr-widgets/core';
import * as pure from '@nvr-widgets/core/pure.js';
import * as cornerstones from '@nvr-widgets/cornerstones';
import * as quiz from '@nvr-widgets/escalation-quiz';
import * as planner from '@nvr-widgets/sit-in-planner';
import * as fees from '@nvr-widgets/fee-calculator';
import * as all from 'nvr-widgets';

for (const [name, mod] of Object.entries({ core, cornerstones, quiz, planner, fees, all }))
  assert.ok(Object.keys(mod).length > 0, name + ' exports nothing');
assert.equal(typeof core.NvrElement, 'function');
assert.equal(typeof pure.isSafeUrl, 'function');
assert.equal(typeof cornerstones.NvrCornerstones, 'function');
assert.equal(typeof quiz.NvrEscalationQuiz, 'function');
assert.equal(typeof planner.NvrSitInPlanner, 'function');
assert.equal(typeof fees.NvrFeeCalculator, 'function');
for (const name of ['NvrCornerstones', 'NvrEscalationQuiz', 'NvrSitInPlanner', 'NvrFeeCalculator', 'parseOpen', 'computeQuote'])
  assert.equal(typeof all[name], 'function', 'nvr-widgets re-exports ' + name);

// The model functions the READMEs name work in Node.
assert.deepEqual(cornerstones.parseOpen('1,3', 5).value, [0, 2]);
const score = quiz.scoreQuiz([{ id: 'a', answer: 'symmetrical' }, { id: 'b', answer: 'complementary' }], { a: 'symmetrical', b: 'none' });
assert.equal(score.score, 1);
const { config, problems } = fees.parseFeeConfig({ currency: 'GBP', vatRate: '20%', items: [{ id: 'course', label: 'Course', price: '500' }] });
assert.deepEqual(problems, []);
const quote = fees.computeQuote(config, { items: ['course'], participants: 2, code: '', today: '2026-01-01' });
assert.equal(quote.net, 100000);

// define.js registers into Lit's Node DOM shim, guarded against a second definition.
await import('nvr-widgets/define.js');
await import('@nvr-widgets/cornerstones/define.js');
for (const tag of ['nvr-provider', 'nvr-cornerstones', 'nvr-escalation-quiz', 'nvr-sit-in-planner', 'nvr-fee-calculator'])
  assert.ok(customElements.get(tag), tag + ' is defined');
`;

check('import . and ./define.js of every package in Node', () => {
  writeFileSync(path.join(consumer, 'node-check.mjs'), nodeCheck);
  run(process.execPath, ['node-check.mjs'], consumer);
});

/** tsc programs over test/fixtures/consumer: name → [moduleResolution, files] */
const programs = {
  // One program: the all-in-one and the per-package augmentations of the same tags agree.
  'every tag in React 19 JSX and Vue, through nvr-widgets and each package': [
    'bundler',
    ['consumer.ts', 'app.tsx', 'vue.ts', 'per-package.tsx'],
  ],
  'classes, models and events (nodenext)': ['nodenext', ['consumer.ts']],
};

for (const [name, [resolution, files]] of Object.entries(programs)) {
  check(`tsc --strict: ${name}`, () => {
    for (const file of files)
      cpSync(path.join(ROOT, 'test/fixtures/consumer', file), path.join(consumer, file));
    const tsconfig = {
      compilerOptions: {
        target: 'ES2022',
        module: resolution === 'bundler' ? 'ESNext' : 'NodeNext',
        moduleResolution: resolution,
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files,
    };
    const config = `tsconfig.${Object.keys(programs).indexOf(name)}.json`;
    writeFileSync(path.join(consumer, config), JSON.stringify(tsconfig, null, 2));
    run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', config], consumer);
  });
}

check('vue-tsc --strict with strictTemplates: every tag in a Vue template, through nvr-widgets/vue', () => {
  cpSync(path.join(ROOT, 'test/fixtures/consumer/App.vue'), path.join(consumer, 'App.vue'));
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      strict: true,
      noEmit: true,
      skipLibCheck: true, // the .d.ts files were checked above; this is about the template
      types: [],
    },
    vueCompilerOptions: { strictTemplates: true },
    files: ['App.vue'],
  };
  writeFileSync(path.join(consumer, 'tsconfig.vue.json'), JSON.stringify(tsconfig, null, 2));
  run(
    process.execPath,
    [path.join(ROOT, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', 'tsconfig.vue.json'],
    consumer,
  );
});

if (!keep) rmSync(tmp, { recursive: true, force: true });
else console.log(`kept ${tmp}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`publish check: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
