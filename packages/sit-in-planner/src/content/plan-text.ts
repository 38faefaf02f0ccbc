import { msg, str } from '@lit/localize';
import { isRisky, parseMinutes, READY_QUESTIONS, STEPS, type SitInPlan, type StepId } from '../model/plan.js';
import { formatDate, formatTime } from '../model/format.js';
import { statementOf } from './statement.js';
import { stepTitles } from './planner-content.js';
import {
  answerLabels,
  dangerNowGuidance,
  readinessQuestions,
  safetyGuidance,
  whenToCall,
} from './ready-content.js';
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
 * The whole plan as labelled rows, per step, in the built-in words: the check page, the printed
 * script and the plain-text download all read from this, so they always agree. No DOM; loaded with
 * the steps (only view/lazy/ imports it).
 */
export interface SummaryRow {
  label: string;
  /** One entry per line; empty when the question was not answered. */
  lines: string[];
  /** Step 1's answers: private, shown on screen and in the parent's own text file, never printed. */
  private?: boolean;
  /** The line holds the emergency number: the check page makes it a `tel:` link. */
  call?: { before: string; after: string };
}

export interface SummarySection {
  step: StepId;
  title: string;
  rows: SummaryRow[];
  /** Built-in guidance printed with the step's answers (how to end; what to do afterwards). */
  note?: string;
}

const lines = (value: string) => (value.trim() ? value.trim().split(/\r\n|\r|\n/) : []);

export function planSummary(plan: SitInPlan, lang: string, emergencyNumber = '999'): SummarySection[] {
  const titles = stepTitles();
  const answers = answerLabels();
  const q = readinessQuestions();
  const people = peopleContent();
  const when = whenContent();
  const during = duringContent();
  const after = afterContent();
  const minutes = parseMinutes(plan.minutes);
  const danger = dangerNowGuidance();
  const call = whenToCall();
  const named = (list: { name: string }[], detail: (i: number) => string) =>
    list.flatMap((p, i) => (p.name.trim() ? [[p.name.trim(), detail(i)].filter(Boolean).join(', ')] : []));
  /** A step-1 answer, then its guidance when the answer calls for it. */
  const readyLines = (question: (typeof READY_QUESTIONS)[number]): string[] => {
    const answer = plan[question];
    if (!answer) return [];
    if (!isRisky(plan, question)) return [answers[answer]];
    const guidance =
      question === 'dangerNow'
        ? [danger.now, danger.leave, `${danger.callBefore} ${emergencyNumber}.`, danger.later]
        : [q[question].guidance];
    return [answers[answer], ...guidance];
  };
  const sections: Record<Exclude<StepId, 'check'>, SummaryRow[]> = {
    ready: [
      ...READY_QUESTIONS.map((question) => ({
        label: q[question].label,
        lines: readyLines(question),
        private: true,
      })),
      // Printed for everyone, whatever the answers: it says nothing about them.
      { label: safetyGuidance().heading, lines: safetyGuidance().points },
    ],
    behaviour: [{ label: behaviourContent().label, lines: lines(plan.behaviour) }],
    people: [
      { label: people.adultsLegend, lines: named(plan.adults, (i) => plan.adults[i].relationship.trim()) },
      {
        label: people.supportersLegend,
        lines: named(plan.supporters, (i) => {
          const help = plan.supporters[i].help;
          return help ? helpLabels()[help] : '';
        }),
      },
    ],
    when: [
      {
        label: when.place,
        lines:
          plan.place === 'other' ? lines(plan.placeOther) : plan.place ? [placeLabels()[plan.place]] : [],
      },
      { label: when.date, lines: lines(formatDate(plan, lang)) },
      { label: when.time, lines: lines(formatTime(plan)) },
      {
        label: when.minutes,
        lines: minutes ? [msg(str`${minutes} minutes`)] : lines(plan.minutes),
      },
    ],
    statement: [{ label: statementContent().label, lines: lines(statementOf(plan)) }],
    during: [
      { label: during.rules, lines: plan.rules.map((r) => ruleLabels()[r]) },
      { label: during.ifSuggestion, lines: lines(plan.ifSuggestion) },
      { label: during.ifLeaves, lines: lines(plan.ifLeaves) },
      { label: during.ifEscalates, lines: lines(plan.ifEscalates) },
      // Always there, on screen, printed and in the text file, whatever step 1's answers were.
      {
        label: call.label,
        lines: [`${call.before} ${emergencyNumber} ${call.after}`],
        call: { before: call.before, after: call.after },
      },
    ],
    after: [
      {
        label: after.gestures,
        lines: [...plan.gestures.map((g) => gestureLabels()[g]), ...lines(plan.otherGesture)],
      },
      { label: after.repeat, lines: plan.repeat ? [repeatLabels()[plan.repeat]] : [] },
      { label: after.messages, lines: lines(plan.messages) },
    ],
  };
  const notes: Partial<Record<StepId, string>> = { during: during.ending, after: after.intro };
  return STEPS.filter((s) => s !== 'check').map((step) => ({
    step,
    title: titles[step],
    rows: sections[step as Exclude<StepId, 'check'>],
    note: notes[step],
  }));
}

/** The plan as plain text for the download: a title, then each step with its answers. */
export function planText(plan: SitInPlan, lang: string, emergencyNumber = '999'): string {
  const notAnswered = msg('Not answered');
  const out = [msg('Our sit-in plan'), ''];
  planSummary(plan, lang, emergencyNumber).forEach((section, i) => {
    out.push(`${i + 1}. ${section.title}`, '');
    for (const row of section.rows) {
      out.push(`${row.label}`);
      out.push(...(row.lines.length ? row.lines.map((l) => `  ${l}`) : [`  ${notAnswered}`]));
      out.push('');
    }
    if (section.note) out.push(section.note, '');
  });
  return out.join('\r\n');
}
