/**
 * The custom-elements-manifest analyzer's configuration for every package (`npm run build:cem` runs
 * it in each package folder, with the globs from that package's `cem` script): Lit elements, and
 * the framework types generated from the finished manifest (scripts/cem-framework-types.js).
 */
import { frameworkTypesPlugin } from './scripts/cem-framework-types.js';

export default {
  litelement: true,
  plugins: [frameworkTypesPlugin()],
};
