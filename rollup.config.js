/**
 * CDN files: one self-contained, minified ES module per widget in dist/cdn/ (lit included), plus
 * nvr-widgets.js with all of them. Each is built on its own so no file depends on another; lazy
 * chunks (the Markdown renderer) sit beside them in dist/cdn/chunks/. Input is tsc's output in
 * packages/*\/dist, so rollup needs no TypeScript plugin.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { allInOne, widgets } from './widgets.js';

// Start clean, so no chunk of an earlier build lingers beside the new ones.
for (const dir of ['dist/cdn', 'dist/cdn-meta', 'dist/ssr', 'packages/nvr-widgets/dist/cdn'])
  rmSync(dir, { recursive: true, force: true });

/**
 * The nvr-widgets package carries the CDN files too, so CDNs that serve npm packages have them.
 * Without their source maps: those are three times the size of the code (they carry every
 * source), and would make the tarball 1 MB; dist/cdn in a repository build keeps them.
 */
const copyToPackage = {
  name: 'copy-cdn-to-package',
  writeBundle() {
    cpSync('dist/cdn', 'packages/nvr-widgets/dist/cdn', {
      recursive: true,
      filter: (source) => !source.endsWith('.map'),
    });
    for (const file of readdirSync('packages/nvr-widgets/dist/cdn', { recursive: true })) {
      if (!String(file).endsWith('.js')) continue;
      const target = `packages/nvr-widgets/dist/cdn/${file}`;
      // No comment pointing at a map that is not there.
      writeFileSync(target, readFileSync(target, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n'));
    }
  },
};

/**
 * Writes dist/cdn-meta/<name>.json: the files a page loads before the widget can render (the entry
 * and the chunks it imports statically, transitively), which the size budgets (.size-limit.js)
 * read; and each lazy chunk's static imports, from which `npm run prerender --inline` works out
 * what to preload for an editor's content.
 */
const initialLoadManifest = (name) => ({
  name: 'initial-load-manifest',
  generateBundle(_options, bundle) {
    const initial = new Set();
    const visit = (fileName) => {
      if (initial.has(fileName)) return;
      initial.add(fileName);
      const chunk = bundle[fileName];
      if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
    };
    visit(`${name}.js`);
    const imports = Object.fromEntries(
      Object.values(bundle)
        .filter((chunk) => chunk.type === 'chunk' && !initial.has(chunk.fileName))
        .map((chunk) => [chunk.fileName, chunk.imports]),
    );
    mkdirSync('dist/cdn-meta', { recursive: true });
    writeFileSync(`dist/cdn-meta/${name}.json`, JSON.stringify({ initial: [...initial], imports }, null, 2));
  },
});

/** file name in dist/cdn → the define file it bundles (from the one widget list) */
const bundles = Object.fromEntries([
  ...widgets.map((w) => [w.tag, `packages/${w.dir}/dist/define.js`]),
  // Defines its tags one per task (core's defineInTurns); the npm package's define.js, all at once.
  [allInOne.name, `packages/${allInOne.dir}/dist/cdn-define.js`],
]);

const cdn = Object.entries(bundles).map(([name, input]) => ({
  input: { [name]: input },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: `chunks/${name}-[name]-[hash].js`,
    sourcemap: true,
  },
  // The define files are the side effect; everything else may be tree-shaken.
  treeshake: { moduleSideEffects: (id) => /[\\/]define\.js$/.test(id) },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    // Lit templates and css`` are strings terser cannot shrink: squeeze their whitespace.
    minifyHTML(),
    terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
    initialLoadManifest(name),
    copyToPackage,
  ],
}));

/**
 * dist/ssr/<tag>.js: what `npm run prerender` renders with, in Node. Hydration checks that the
 * browser renders the very templates the server wrote (a digest of their strings), so these go
 * through the same template minifier as the CDN files; Lit stays external (Node resolves its server
 * build). Nothing is served from here.
 */
const ssr = widgets.map(({ tag, dir }) => ({
  input: { [tag]: `packages/${dir}/dist/define.js` },
  output: { dir: 'dist/ssr', format: 'es', chunkFileNames: `chunks/${tag}-[name]-[hash].js` },
  external: (id) => /^(lit|lit-html|lit-element|@lit|@lit-labs)(\/|$)/.test(id),
  treeshake: { moduleSideEffects: (id) => /[\\/]define\.js$/.test(id) },
  plugins: [nodeResolve({ exportConditions: ['node'] }), minifyHTML()],
}));

export default [...cdn, ...ssr];
