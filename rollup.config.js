/**
 * CDN files: one self-contained, minified ES module per widget in dist/cdn/ (lit included), plus
 * nvr-widgets.js with all of them. Each is built on its own so no file depends on another; lazy
 * chunks (the Markdown renderer) sit beside them in dist/cdn/chunks/. Input is tsc's output in
 * packages/*\/dist, so rollup needs no TypeScript plugin.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { cpSync, rmSync } from 'node:fs';

// Start clean, so no chunk of an earlier build lingers beside the new ones.
for (const dir of ['dist/cdn', 'packages/nvr-widgets/dist/cdn'])
  rmSync(dir, { recursive: true, force: true });

/** The nvr-widgets package carries the CDN files too, so CDNs that serve npm packages have them. */
const copyToPackage = {
  name: 'copy-cdn-to-package',
  writeBundle() {
    cpSync('dist/cdn', 'packages/nvr-widgets/dist/cdn', { recursive: true });
  },
};

/** file name in dist/cdn → the package whose define.js it bundles */
const bundles = {
  'nvr-cornerstones': 'packages/cornerstones/dist/define.js',
  'nvr-escalation-quiz': 'packages/escalation-quiz/dist/define.js',
  'nvr-sit-in-planner': 'packages/sit-in-planner/dist/define.js',
  'nvr-fee-calculator': 'packages/fee-calculator/dist/define.js',
  'nvr-widgets': 'packages/nvr-widgets/dist/define.js',
};

export default Object.entries(bundles).map(([name, input]) => ({
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
    copyToPackage,
  ],
}));
