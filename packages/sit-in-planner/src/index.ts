/** @nvr-widgets/sit-in-planner — side-effect free: import `./define.js` to register `<nvr-sit-in-planner>`. */
export { NvrSitInPlanner } from './nvr-sit-in-planner.js';
export type { NvrPlanChangeDetail, NvrPlanExportDetail } from './events.js';
export * from './model/plan.js';
export {
  suggestedStatement,
  statementOf,
  readAloudSeconds,
  behaviourPhrase,
  vagueWords,
  WORDS_PER_MINUTE,
} from './statement.js';
export { planSummary, planText, type SummarySection, type SummaryRow } from './plan-text.js';
export { buildIcs, escapeText, foldLine, type CalendarEvent } from './model/ics.js';
export { pageActions, DEFAULT_EXIT_URL } from './page-actions.js';
