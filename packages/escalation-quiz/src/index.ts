/**
 * @nvr-widgets/escalation-quiz — side-effect free: import `./define.js` to register
 * `<nvr-escalation-quiz>`. Names are quiz-specific because nvr-widgets re-exports every package.
 */
export { NvrEscalationQuiz } from './nvr-escalation-quiz.js';
export type { NvrQuizAnswerDetail, NvrQuizCompleteDetail } from './events.js';
export { builtInQuestions, type Question as QuizQuestion } from './quiz-content.js';
export {
  scoreQuiz,
  computeProfile,
  type QuizScore,
  type Answer as QuizAnswer,
  type ByType as QuizByType,
  type Profile as QuizProfile,
} from './quiz-model.js';
