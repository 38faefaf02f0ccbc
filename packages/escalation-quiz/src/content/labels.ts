/** The names of the three answers, their hints, and the verdict: shared by every quiz view. */
import { msg } from '@lit/localize';
import type { Answer } from '../model/quiz.js';

export const answerLabel = (answer: Answer): string =>
  ({
    symmetrical: msg('Fighting back (symmetrical escalation)'),
    complementary: msg('Giving in (complementary escalation)'),
    none: msg('Neither: a non-escalating response'),
  })[answer];

export const answerHint = (answer: Answer): string =>
  ({
    symmetrical: msg('Hostility meets hostility.'),
    complementary: msg('The demands grow.'),
    none: msg('Not fighting back and not giving in.'),
  })[answer];

export const verdict = (right: boolean) => (right ? msg('Right') : msg('Not quite'));
