import { attributeText as text, parseHeadingLevel, parseKeyword, parseLink } from '@nvr-widgets/core/pure.js';
import { HEADING_LEVELS, MODES, TIMINGS, type Mode } from './quiz.js';

/** The quiz's attributes as an editor or a script set them: any type may arrive. */
export interface QuizAttributeInput {
  mode?: unknown;
  feedback?: unknown;
  headingLevel?: unknown;
  deEscalationUrl?: unknown;
}

/** What the quiz uses, and each editor mistake under the attribute's name. */
export interface QuizAttributes {
  mode: Mode;
  /** Feedback after each answer (`feedback="immediate"`, the default), not at the end. */
  immediate: boolean;
  headingLevel: number;
  deEscalationUrl?: string;
  problems: { field: string; problem: string }[];
}

/** Reads the attributes that shape the quiz; a wrong value falls back to its default, with a problem. */
export function readAttributes(input: QuizAttributeInput): QuizAttributes {
  const mode = parseKeyword(text(input.mode), MODES);
  const feedback = parseKeyword(text(input.feedback), TIMINGS);
  const level = parseHeadingLevel(text(input.headingLevel), HEADING_LEVELS);
  const link = parseLink(text(input.deEscalationUrl));
  const problems: [string, string | undefined][] = [
    ['mode', mode.problem],
    ['feedback', feedback.problem],
    ['heading-level', level.problem],
    ['de-escalation-url', link.problem && `${link.problem}; ignored`],
  ];
  return {
    mode: mode.value,
    immediate: feedback.value === 'immediate',
    headingLevel: level.value,
    deEscalationUrl: link.value,
    problems: problems.flatMap(([field, problem]) => (problem ? [{ field, problem }] : [])),
  };
}
