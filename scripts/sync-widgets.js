#!/usr/bin/env node
/**
 * Writes what the all-in-one package derives from the one widget list (widgets.js): its define.ts,
 * cdn-define.ts (the CDN file's entry), index.ts, package.json (dependencies, the manifest's globs, repository) and tsconfig references. `npm run sync:widgets` after adding
 * a widget; `--check` (run by `npm run test:node`) fails when a committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { widgets } from '../widgets.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PKG = path.join(ROOT, 'packages/nvr-widgets');
const names = ['core', ...widgets.map((w) => w.dir)];

/** `nvr-fee-calculator` → `NvrFeeCalculator`, the class each widget package exports. */
const className = (tag) => tag.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** file → its expected content */
export function expectedFiles() {
  const pkg = read(path.join(PKG, 'package.json'));
  const version = read(path.join(ROOT, 'packages/core/package.json')).version;
  pkg.dependencies = Object.fromEntries(names.map((n) => [`@nvr-widgets/${n}`, `^${version}`]));
  // Its manifest describes every package's elements, so the framework types cover every tag.
  const globs = names.map((n) => `'../${n}/src/**/*.ts'`).join(' ');
  pkg.scripts = {
    ...pkg.scripts,
    cem: `cem analyze --config ../../custom-elements-manifest.config.js --globs ${globs} --outdir .`,
  };
  // Published from the same repository as the packages it gathers (the registry page links there).
  pkg.repository = {
    ...read(path.join(ROOT, 'packages/core/package.json')).repository,
    directory: 'packages/nvr-widgets',
  };
  const tsconfig = read(path.join(PKG, 'tsconfig.build.json'));
  tsconfig.references = names.map((n) => ({ path: `../${n}/tsconfig.build.json` }));
  const header = '// Generated from widgets.js by scripts/sync-widgets.js: edit the list, not this file.\n';
  return {
    [path.join(PKG, 'src/define.ts')]:
      header +
      '/** Registers every NVR widget (each guarded: loading this beside a single-widget script is safe). */\n' +
      names.map((n) => `import '@nvr-widgets/${n}/define.js';\n`).join(''),
    // The CDN file's entry: the same tags, one per task (see core's defineInTurns).
    [path.join(PKG, 'src/cdn-define.ts')]:
      header +
      '/**\n * The entry of dist/cdn/nvr-widgets.js: registers every NVR widget, one tag per task, so upgrading\n' +
      ' * them is not one long task. Apps import `./define.js`, which registers them all at once.\n */\n' +
      `import { NvrProvider, defineInTurns } from '@nvr-widgets/core';\n` +
      widgets.map((w) => `import { ${className(w.tag)} } from '@nvr-widgets/${w.dir}';\n`).join('') +
      `\ndefineInTurns([\n  ['nvr-provider', NvrProvider],\n` +
      widgets.map((w) => `  ['${w.tag}', ${className(w.tag)}],\n`).join('') +
      ']);\n',
    [path.join(PKG, 'src/index.ts')]:
      header +
      '/** nvr-widgets — every NVR widget in one package. Side-effect free: import `./define.js` to register all tags. */\n' +
      names.map((n) => `export * from '@nvr-widgets/${n}';\n`).join(''),
    [path.join(PKG, 'package.json')]: json(pkg),
    [path.join(PKG, 'tsconfig.build.json')]: json(tsconfig),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [file, raw] of Object.entries(expectedFiles())) {
    // Formatted as `prettier --check` wants it, so the two checks never disagree.
    const options = await prettier.resolveConfig(file);
    const content = await prettier.format(raw, { ...options, filepath: file });
    if (readFileSync(file, 'utf8') === content) continue;
    if (check) stale.push(path.relative(ROOT, file));
    else writeFileSync(file, content);
  }
  if (stale.length) {
    console.error(`Out of date with widgets.js (run npm run sync:widgets): ${stale.join(', ')}`);
    process.exit(1);
  }
}
