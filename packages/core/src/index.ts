/**
 * @nvr-widgets/core — what every NVR widget shares. Importing this module registers nothing;
 * import `@nvr-widgets/core/define.js` for `<nvr-provider>`.
 */
export { NvrElement, closestAttribute } from './nvr-element.js';
export { NvrProvider } from './nvr-provider.js';
export { defineElement, defineInTurns } from './define-element.js';
export { emit, type NvrConfigErrorDetail } from './events.js';
export { ConfigProblems } from './config-problems.js';
export { nvrSettingsContext, parseLinks, type NvrSettings, type ConfigProblem } from './settings.js';
export { configureLocales, useLocale, bestLocale, sourceLocale } from './localization.js';
export { tokens, baseStyles } from './tokens.js';
export { buttonStyles, linkButtonStyles } from './button-styles.js';
export { heading, type HeadingOptions } from './heading.js';
export { renderLoading } from './loading.js';
export { checked } from './checked.js';
// The attribute parsers are in '@nvr-widgets/core/pure.js' (Lit-free, for model/ and state/).
export { Announcer } from './controllers/announcer.js';
export { EditorSource } from './controllers/editor-source.js';
export { FocusController } from './controllers/focus.js';
export { LazyView, type LazyModule } from './controllers/lazy-view.js';
export { TripleShift, shiftCounter, SHIFT_WINDOW_MS } from './controllers/triple-shift.js';
export { WindowListener } from './controllers/window-listener.js';
export { isSafeUrl } from './urls.js';
export {
  DEFAULT_EMERGENCY,
  parseEmergencyNumber,
  resolveEmergencyNumber,
  type EmergencyNumber,
} from './emergency-number.js';
export { childScriptText } from './child-script.js';
export { parseJson, fetchText, setFetchTimeout, jsonPath, firstEditorSource } from './editor-sources.js';

/** Loads the Markdown renderer (marked + DOMPurify) on first use only. */
export const loadMarkdown = (): Promise<typeof import('./markdown.js')> => import('./markdown.js');
export {
  DeviceStorage,
  parseStored,
  type StoredJson,
  type StorageProblem,
  type ReadResult,
  type WriteResult,
  type JsonStorage,
} from './device-storage.js';
