/**
 * `@nvr-widgets/core/pure.js`: what pure code (a widget's `model/` and `state/`) may use from core.
 * No Lit, no DOM: it runs in Node's test runner and in any worker.
 */
export { attributeText, parseHeadingLevel, parseKeyword, parseLink, type Parsed } from './attributes.js';
export { isSafeUrl } from './urls.js';
export {
  DEFAULT_EMERGENCY,
  parseEmergencyNumber,
  resolveEmergencyNumber,
  type EmergencyNumber,
  type ProblemReporter,
} from './emergency-number.js';
export { jsonPath, parseJson } from './json.js';
export type { JsonStorage, ReadResult, StorageProblem, StoredJson, WriteResult } from './storage-results.js';
