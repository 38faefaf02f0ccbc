/**
 * Size budgets, checked by `npm test` after the build: gzip -9 of each CDN file's initial load (the
 * entry and every chunk it imports statically, as listed by rollup in dist/cdn-meta/). Lazy chunks
 * (editor Markdown, later views) are not part of a budget. KiB = 1024 B.
 */
import { readFileSync } from 'node:fs';
import { allInOne, widgets } from './widgets.js';

const initialLoad = (name) =>
  JSON.parse(readFileSync(`dist/cdn-meta/${name}.json`, 'utf8')).initial.map((file) => `dist/cdn/${file}`);

export default [...widgets.map((w) => ({ name: w.tag, budget: w.budget })), allInOne].map(
  ({ name, budget }) => ({
    name: `${name}.js`,
    path: initialLoad(name),
    limit: `${budget} KiB`,
    gzip: true,
  }),
);
