/**
 * Pack the workspace packages and install the tarballs into a fresh project, as a user's
 * `npm install` would: shared by the publish check and the host check (scripts/host-check.js).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageDirs } from '../../widgets.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const run = (cmd, args, cwd, env) =>
  execFileSync(cmd, args, {
    cwd,
    env: env ? { ...process.env, ...env } : undefined,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64e6,
  });

export const readJson = (file) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));

/** The version of a package in the repository's node_modules (so the lockfile's, in the npm cache). */
export const installedVersion = (name) => readJson(`node_modules/${name}/package.json`).version;

/**
 * `npm pack` every workspace package into `destination` (prepack strips the dev-only "source"
 * condition, as it will on publish). Returns name → { dir, filename, path, size, files: Set }.
 */
export function packWorkspaces(destination) {
  const out = run('npm', ['pack', '--workspaces', '--json', '--pack-destination', destination], ROOT);
  const packed = new Map();
  for (const entry of JSON.parse(out.slice(out.indexOf('[')))) {
    const dir = packageDirs.find((d) => readJson(`packages/${d}/package.json`).name === entry.name);
    packed.set(entry.name, {
      dir,
      filename: entry.filename,
      path: path.join(destination, entry.filename),
      size: entry.size,
      files: new Set(entry.files.map((f) => f.path)),
    });
  }
  return packed;
}

/**
 * Write a package.json into `project` with the tarballs as dependencies plus `dependencies` and
 * `devDependencies` (name → version), and install it offline from the npm cache; `--prefer-offline`
 * when the cache lacks a package's metadata. No lockfile, no install scripts.
 */
export function installTarballs(project, packed, { dependencies = {}, devDependencies = {} } = {}) {
  const tarballs = Object.fromEntries([...packed].map(([name, p]) => [name, `file:${p.path}`]));
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify(
      {
        name: 'nvr-consumer',
        private: true,
        type: 'module',
        dependencies: { ...tarballs, ...dependencies },
        devDependencies,
      },
      null,
      2,
    ),
  );
  const args = ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'];
  try {
    run('npm', [...args, '--offline'], project);
  } catch {
    // The cache has the tarballs (npm ci put them there) but maybe not every package's metadata.
    run('npm', [...args, '--prefer-offline'], project);
  }
}
