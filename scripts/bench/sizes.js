// Bundle sizes for the bench: gzip -9 of every CDN file, and per entry file the "initial load"
// (entry + everything it imports statically). Chunks only reached through dynamic import() are
// "lazy" and not part of the budget.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { parseAst } from 'rollup/parseAst';

import { kB, printTable, verdict } from './table.js';

export const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

const relTo = (dir) => (file) => path.relative(dir, file).split(path.sep).join('/');

export async function listJs(dir) {
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

/** Sizes of every file under `cdnDir`, and each entry's initial load against `budgets` (bytes by file name). */
export async function measureSizes(cdnDir, budgets) {
  const rel = relTo(cdnDir);
  const files = await listJs(cdnDir);
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
        `${rel(from)} imports "${specifier}" which does not exist in ${rel(cdnDir) || 'the CDN folder'}`,
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

  const entries = files.filter((file) => path.dirname(file) === cdnDir);
  const loads = entries.map((entry) => {
    const initial = closure(entry, { dynamic: false });
    // Lazy = everything import() can pull in later, minus what the initial load already has.
    const lazy = new Set([...closure(entry, { dynamic: true })].filter((file) => !initial.has(file)));
    const sum = (set) => [...set].reduce((total, file) => total + info.get(file).gzip, 0);
    const name = path.basename(entry);
    const budget = budgets[name];
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

export function printSizes({ files, loads, unreferenced, warnings }, cdnDir, root) {
  const rel = relTo(cdnDir);
  console.log(`\nBundle sizes: ${path.relative(root, cdnDir)} (gzip level 9; 1 kB = 1024 B)\n`);
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
