import type { Answer, ByType } from './model/quiz.js';
import type { Profile } from './model/reflect.js';

/** Detail of `nvr-quiz-answer` (learn mode): an answer was checked, or confirmed with Next. */
export interface NvrQuizAnswerDetail {
  /** The question's id, from the built-in bank or the editor's bank. */
  questionId: string;
  /** The visitor's answer. */
  answer: Answer;
  /** Whether it matches the bank's answer. */
  correct: boolean;
}

/**
 * Detail of `nvr-quiz-complete`: the learn result (`score` of `total`, and per type), or the
 * reflect profile. Reflect answers themselves never leave the element.
 */
export type NvrQuizCompleteDetail =
  { mode: 'learn'; score: number; total: number; byType: ByType } | { mode: 'reflect'; profile: Profile };

declare global {
  // On every target the event reaches as it bubbles: the element, `document` and `window`.
  interface GlobalEventHandlersEventMap {
    'nvr-quiz-answer': CustomEvent<NvrQuizAnswerDetail>;
    'nvr-quiz-complete': CustomEvent<NvrQuizCompleteDetail>;
  }
}
