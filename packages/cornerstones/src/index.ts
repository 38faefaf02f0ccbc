/** @nvr-widgets/cornerstones — side-effect free: import `./define.js` to register the tag. */
export { NvrCornerstones } from './nvr-cornerstones.js';
export type { NvrCornerstoneToggleDetail } from './events.js';
export { builtInCornerstones, type Cornerstone } from './content/cornerstones-content.js';
export * from './model/cornerstones-model.js';
export * from './model/markdown-sections.js';
export { OpenSections, type SectionChange } from './state/open-sections.js';
