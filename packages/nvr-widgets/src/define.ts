// Generated from widgets.js by scripts/sync-widgets.js: edit the list, not this file.
/** Registers every NVR widget (each guarded: loading this beside a single-widget script is safe). */
import '@nvr-widgets/core/define.js';
import '@nvr-widgets/cornerstones/define.js';
import '@nvr-widgets/escalation-quiz/define.js';
import '@nvr-widgets/sit-in-planner/define.js';
import '@nvr-widgets/fee-calculator/define.js';
