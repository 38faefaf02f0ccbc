// Generated from widgets.js by scripts/sync-widgets.js: edit the list, not this file.
/** nvr-widgets — every NVR widget in one package. Side-effect free: import `./define.js` to register all tags. */
export * from '@nvr-widgets/core';
export * from '@nvr-widgets/cornerstones';
export * from '@nvr-widgets/escalation-quiz';
export * from '@nvr-widgets/sit-in-planner';
export * from '@nvr-widgets/fee-calculator';
