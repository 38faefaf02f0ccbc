/**
 * @nvr-widgets/escalation-quiz — side-effect free: import `./define.js` to register
 * `<nvr-escalation-quiz>`. Names are quiz-specific because nvr-widgets re-exports every package.
 */
export { NvrEscalationQuiz } from './nvr-escalation-quiz.js';
export type { NvrQuizAnswerDetail, NvrQuizCompleteDetail } from './events.js';
export { builtInQuestions, type Question as QuizQuestion } from './content/questions.js';
export {
  scoreQuiz,
  type QuizScore,
  type Answer as QuizAnswer,
  type ByType as QuizByType,
} from './model/quiz.js';
export { computeProfile, type Profile as QuizProfile } from './model/reflect.js';
