/** @deprecated Moved to content/planner-content.ts; kept while test/spoken-flows.test.ts imports it here. */
export * from './content/planner-content.js';
