/** @nvr-widgets/cornerstones — side-effect free: import `./define.js` to register the tag. */
export { NvrCornerstones } from './nvr-cornerstones.js';
export type { NvrCornerstoneToggleDetail } from './events.js';
export { builtInCornerstones, type Cornerstone } from './cornerstones-content.js';
export * from './cornerstones-model.js';
export * from './markdown-sections.js';
