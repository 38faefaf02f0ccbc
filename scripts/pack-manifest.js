#!/usr/bin/env node
/**
 * The published package.json leaves out what only this repository uses: the `"source"` export
 * condition (tests, Storybook and the type-check read `src/*.ts` through it, but `src/` is not in
 * the tarball, so a bundler that honours the condition would fail) and `src/` entries in
 * `sideEffects`. npm runs `prepack` before it reads the files to pack and `postpack` after, for
 * `npm pack` and `npm publish` alike:
 *
 *   "prepack": "node ../../scripts/pack-manifest.js strip",
 *   "postpack": "node ../../scripts/pack-manifest.js restore"
 *
 * `strip` keeps the original beside it (`package.json.dev`, git-ignored) and `restore` puts it back;
 * a pack that died between the two is repaired by the next `strip`, which restores first.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The manifest as published: no `source` condition, no `src/` side-effect entries. */
export function publishedManifest(pkg) {
  const out = structuredClone(pkg);
  const strip = (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'source')
        .map(([key, v]) => [key, strip(v)]),
    );
  };
  if (out.exports) out.exports = strip(out.exports);
  if (Array.isArray(out.sideEffects))
    out.sideEffects = out.sideEffects.filter((entry) => !/^(\.\/)?src\//.test(entry));
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.cwd();
  const file = path.join(dir, 'package.json');
  const backup = path.join(dir, 'package.json.dev');
  const command = process.argv[2];
  if (command === 'strip') {
    if (existsSync(backup)) renameSync(backup, file);
    const raw = readFileSync(file, 'utf8');
    writeFileSync(backup, raw);
    writeFileSync(file, `${JSON.stringify(publishedManifest(JSON.parse(raw)), null, 2)}\n`);
  } else if (command === 'restore') {
    if (existsSync(backup)) renameSync(backup, file);
  } else {
    console.error('usage: pack-manifest.js strip|restore (run by npm prepack/postpack)');
    process.exit(2);
  }
}
