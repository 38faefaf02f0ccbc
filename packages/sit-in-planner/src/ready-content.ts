/** @deprecated Moved to content/ready-content.ts; kept while test/spoken-flows.test.ts imports it here. */
export * from './content/ready-content.js';
