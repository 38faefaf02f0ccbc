/** @nvr-widgets/escalation-quiz — side-effect free: import `./define.js` to register `<nvr-escalation-quiz>`. */
export { NvrEscalationQuiz } from './nvr-escalation-quiz.js';
