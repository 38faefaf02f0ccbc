// Generated from widgets.js by scripts/sync-widgets.js: edit the list, not this file.
/**
 * The entry of dist/cdn/nvr-widgets.js: registers every NVR widget, one tag per task, so upgrading
 * them is not one long task. Apps import `./define.js`, which registers them all at once.
 */
import { NvrProvider, defineInTurns } from '@nvr-widgets/core';
import { NvrCornerstones } from '@nvr-widgets/cornerstones';
import { NvrEscalationQuiz } from '@nvr-widgets/escalation-quiz';
import { NvrSitInPlanner } from '@nvr-widgets/sit-in-planner';
import { NvrFeeCalculator } from '@nvr-widgets/fee-calculator';

defineInTurns([
  ['nvr-provider', NvrProvider],
  ['nvr-cornerstones', NvrCornerstones],
  ['nvr-escalation-quiz', NvrEscalationQuiz],
  ['nvr-sit-in-planner', NvrSitInPlanner],
  ['nvr-fee-calculator', NvrFeeCalculator],
]);
