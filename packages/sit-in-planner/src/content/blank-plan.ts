import { msg, str } from '@lit/localize';
import {
  ANSWERS,
  emptyPlan,
  GESTURES,
  HELP,
  MAX_ADULTS,
  PLACES,
  REPEATS,
  RISKY_ANSWERS,
  RULES,
  STEPS,
  type ReadyQuestion,
  type StepId,
} from '../model/plan.js';
import { stepTitles } from './planner-content.js';
import { answerLabels, readinessGroups, readinessQuestions, safetyGuidance } from './ready-content.js';
import { suggestedStatement } from './statement.js';
import {
  afterContent,
  behaviourContent,
  duringContent,
  gestureLabels,
  helpLabels,
  peopleContent,
  placeLabels,
  repeatLabels,
  ruleLabels,
  statementContent,
  whenContent,
} from './step-content.js';

/**
 * The planner's steps as a blank plan on paper, for readers without JavaScript (view/no-script.ts):
 * each step's questions in the planner's own words, with room to write or boxes to tick, and the
 * safety lines the planner shows. Data only (no Lit, no DOM), so it is tested in Node.
 */

/** One thing on the paper plan. */
export type BlankItem =
  /** A question with `lines` blank lines to write on (and an example to start from). */
  | { kind: 'write'; label: string; hint?: string; lines: number; example?: string }
  /** A question with boxes to tick; `guidance` is what to do after some answers. */
  | { kind: 'choose'; label: string; hint?: string; options: string[]; guidance?: string }
  /** An adult or supporter: a small group of questions. */
  | { kind: 'person'; label: string; items: BlankItem[] }
  | { kind: 'subheading'; text: string }
  /** Guidance in the planner's words, set apart (`examples`: how to word the behaviour). */
  | { kind: 'note'; text: string; examples?: boolean }
  /** "Keep everyone safe now" with the emergency number (the view draws it). */
  | { kind: 'danger' }
  /** "When to call the emergency number" (the view draws it). */
  | { kind: 'call' }
  | { kind: 'list'; heading: string; points: string[] };

export interface BlankSection {
  step: StepId;
  /** "1. Is now the right time?" */
  title: string;
  items: BlankItem[];
}

/** Lines to write on: one for a short answer, three for a few sentences. */
const SHORT = 1;
const LONG = 3;

/** "If your answer is “Yes” or “Not sure”:": the answers that call for a question's guidance. */
export function riskyAnswersLead(question: ReadyQuestion): string {
  const labels = answerLabels();
  const [first, second] = RISKY_ANSWERS[question].map((a) => (a ? labels[a] : ''));
  return second
    ? msg(str`If your answer is “${first}” or “${second}”:`)
    : msg(str`If your answer is “${first}”:`);
}

function readySection(): BlankItem[] {
  const q = readinessQuestions();
  const answers = answerLabels();
  const options = ANSWERS.map((a) => answers[a]);
  const question = (name: ReadyQuestion): BlankItem[] => {
    const { label, hint, guidance } = q[name];
    // Danger now has no guidance line: it gets the "Keep everyone safe now" box, as on screen.
    if (name === 'dangerNow') return [{ kind: 'choose', label, hint, options }, { kind: 'danger' }];
    return [{ kind: 'choose', label, hint, options, guidance: `${riskyAnswersLead(name)} ${guidance}` }];
  };
  const safety = safetyGuidance();
  return [
    ...readinessGroups().flatMap((group): BlankItem[] => [
      { kind: 'subheading', text: group.title },
      ...group.questions.flatMap(question),
    ]),
    { kind: 'list', heading: safety.heading, points: safety.points },
  ];
}

function peopleSection(): BlankItem[] {
  const c = peopleContent();
  const helps = helpLabels();
  const adults = Array.from({ length: MAX_ADULTS }, (_, i): BlankItem => ({
    kind: 'person',
    label: msg(str`Adult ${i + 1}`),
    items: [
      { kind: 'write', label: c.name, lines: SHORT },
      { kind: 'write', label: c.relationship, lines: SHORT },
    ],
  }));
  // Two supporters fit most plans on paper; the planner itself takes up to six.
  const supporters = Array.from({ length: 2 }, (_, i): BlankItem => ({
    kind: 'person',
    label: msg(str`Supporter ${i + 1}`),
    items: [
      { kind: 'write', label: c.name, lines: SHORT },
      { kind: 'choose', label: c.help, options: HELP.map((h) => helps[h]) },
    ],
  }));
  return [
    { kind: 'subheading', text: c.adultsLegend },
    { kind: 'note', text: c.adultsHint },
    ...adults,
    { kind: 'subheading', text: c.supportersLegend },
    { kind: 'note', text: c.supportersHint },
    ...supporters,
  ];
}

function whenSection(): BlankItem[] {
  const c = whenContent();
  const places = placeLabels();
  return [
    { kind: 'choose', label: c.place, options: PLACES.map((p) => places[p]) },
    { kind: 'write', label: c.placeOther, lines: SHORT },
    // On screen this shows after "At school" or "Somewhere else"; on paper it is always there.
    { kind: 'note', text: c.placeWarning },
    { kind: 'write', label: c.date, hint: c.dateHint, lines: SHORT },
    { kind: 'write', label: c.time, hint: c.timeHint, lines: SHORT },
    { kind: 'write', label: c.minutes, hint: c.minutesHint, lines: SHORT },
  ];
}

function statementSection(): BlankItem[] {
  const c = statementContent();
  return [
    { kind: 'note', text: c.intro },
    {
      kind: 'write',
      label: c.label,
      // Not the screen's hint: nothing here was written from the parent's answers.
      hint: msg(
        'Suggested words: change them so they sound like you. Keep it short: no lectures, threats or blame.',
      ),
      example: suggestedStatement(emptyPlan()),
      lines: 5,
    },
  ];
}

function duringSection(): BlankItem[] {
  const c = duringContent();
  const rules = ruleLabels();
  return [
    { kind: 'choose', label: c.rules, options: RULES.map((r) => rules[r]) },
    { kind: 'write', label: c.ifSuggestion, hint: c.ifSuggestionHint, lines: LONG },
    { kind: 'write', label: c.ifLeaves, hint: c.ifLeavesHint, lines: LONG },
    { kind: 'write', label: c.ifEscalates, hint: c.ifEscalatesHint, lines: LONG },
    { kind: 'note', text: c.ending },
    // Always shown and always printed, whatever the answers (the project's domain notes).
    { kind: 'call' },
  ];
}

function afterSection(): BlankItem[] {
  const c = afterContent();
  const gestures = gestureLabels();
  const repeats = repeatLabels();
  return [
    { kind: 'note', text: c.intro },
    { kind: 'choose', label: c.gestures, options: GESTURES.map((g) => gestures[g]) },
    { kind: 'write', label: c.otherGesture, lines: SHORT },
    { kind: 'choose', label: c.repeat, options: REPEATS.map((r) => repeats[r]) },
    { kind: 'write', label: c.messages, hint: c.messagesHint, lines: LONG },
  ];
}

/** Steps 1 to 7 on paper ("Check your plan" is the paper itself). */
export function blankPlan(): BlankSection[] {
  const titles = stepTitles();
  const behaviour = behaviourContent();
  const items: Record<Exclude<StepId, 'check'>, () => BlankItem[]> = {
    ready: readySection,
    behaviour: () => [
      { kind: 'write', label: behaviour.label, hint: behaviour.hint, lines: LONG },
      { kind: 'note', text: behaviour.clear, examples: true },
      { kind: 'note', text: behaviour.vague, examples: true },
    ],
    people: peopleSection,
    when: whenSection,
    statement: statementSection,
    during: duringSection,
    after: afterSection,
  };
  return STEPS.filter((s): s is Exclude<StepId, 'check'> => s !== 'check').map((step, i) => ({
    step,
    title: `${i + 1}. ${titles[step]}`,
    items: items[step](),
  }));
}
