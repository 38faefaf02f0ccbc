/** @nvr-widgets/sit-in-planner — side-effect free: import `./define.js` to register `<nvr-sit-in-planner>`. */
export { NvrSitInPlanner } from './nvr-sit-in-planner.js';
export type { NvrPlanChangeDetail, NvrPlanExportDetail } from './events.js';
export * from './model/plan.js';
export { behaviourPhrase, readAloudSeconds, vagueWords, WORDS_PER_MINUTE } from './model/statement.js';
export { formatDate, formatTime } from './model/format.js';
export { suggestedStatement, statementOf } from './content/statement.js';
export { planSummary, planText, type SummarySection, type SummaryRow } from './content/plan-text.js';
export { buildIcs, escapeText, foldLine, type CalendarEvent } from './model/ics.js';
export { pageActions, DEFAULT_EXIT_URL } from './view/page-actions.js';
