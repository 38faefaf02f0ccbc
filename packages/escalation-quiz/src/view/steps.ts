/**
 * One step of the quiz: its heading (with Back), the answer choices, and the learn question with
 * its actions. In the first chunk: the first question renders without waiting for anything.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ANSWERS, type Answer } from '../model/quiz.js';
import type { Question } from '../content/questions.js';
import type { LearnRun, Submitted } from '../state/quiz-run.js';
import { answerHint, answerLabel } from '../content/labels.js';
import { block, button, heading, type QuizViewContext } from './parts.js';
import { checked } from '@nvr-widgets/core';

/** "Question 2 of 6" heading, with Back from the second step on. */
export function progress(ctx: QuizViewContext, label: string, position: number): TemplateResult {
  return html`${
    position > 0
      ? html`<button
          part="back"
          class="back link-button no-print"
          type="button"
          @click=${() => ctx.back(position - 1)}
        >
          <svg class="arrow" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path d="M12.5 5l-5 5 5 5" fill="none" stroke="currentColor" stroke-width="2" />
          </svg>
          ${msg('Back')}
        </button>`
      : nothing
  }
  ${heading(ctx.headingLevel, label, 'progress', 'progress')}`;
}

/** The radio group; `chosen` is the visitor's earlier answer, if any; `locked` once checked. */
export function options<T extends string | number>(
  ctx: QuizViewContext,
  legend: string,
  choices: { value: T; label: string; hint?: string }[],
  chosen: T | undefined,
  choose: (value: T) => void,
  locked = false,
): TemplateResult {
  // Not described by the scenario: it is read before the choices, and would be read again
  // each time focus enters the group. The error is, at once and first.
  return html`<fieldset part="options" class="options" aria-describedby=${ctx.error ? 'error' : nothing}>
    <legend class="legend">${legend}</legend>
    ${
      ctx.error
        ? html`<p part="error" class="error" id="error">
            <span class="visually-hidden">${msg('Error:')}</span> ${msg('Choose an answer.')}
          </p>`
        : nothing
    }
    ${choices.map(
      ({ value, label, hint }, i) =>
        html`<label part="option" class="option">
          <input
            type="radio"
            name="choice"
            id="option-${i}"
            ${checked(chosen === value)}
            ?disabled=${locked}
            aria-invalid=${ctx.error ? 'true' : nothing}
            aria-labelledby="label-${i}"
            aria-describedby=${hint ? `hint-${i}` : nothing}
            @change=${() => choose(value)}
          />
          <span class="option-text"
            ><span id="label-${i}">${label}</span>${
              // The hint is the choice's description: heard after its name, with a pause.
              hint ? html`<span class="hint" id="hint-${i}">${hint}</span>` : nothing
            }</span
          >
        </label>`,
    )}
  </fieldset>`;
}

/** Where the visitor is in the learn quiz, as the question view needs it. */
export interface LearnStep {
  question: Question;
  position: number;
  total: number;
  chosen?: Answer;
  /** Immediate feedback is on. */
  immediate: boolean;
  /** Its feedback is shown (immediate mode): the answer is fixed. */
  checked: boolean;
}

/** The scenario, the three answers, the feedback once checked (from its lazy chunk), and Check/Next. */
export function learnQuestion(ctx: QuizViewContext, step: LearnStep, feedback: unknown): TemplateResult {
  const { question, position, total, chosen, immediate, checked } = step;
  const label =
    immediate && !checked
      ? msg('Check answer')
      : position === total - 1
        ? msg('See your results')
        : msg('Next question');
  return html`${progress(ctx, msg(str`Question ${position + 1} of ${total}`), position)}
    <div part="question" class="question" id="prompt">${block(question.scenario)}</div>
    ${options(
      ctx,
      msg('What kind of response is this?'),
      ANSWERS.map((a) => ({ value: a, label: answerLabel(a), hint: answerHint(a) })),
      chosen,
      (value) => ctx.chooseAnswer(question.id, value),
      checked,
    )}
    ${checked ? feedback : nothing}
    <div class="actions">${button(label, ctx.next, true)}</div>`;
}

/**
 * Where focus goes after each kind of step, so keyboard and screen-reader users land on what to
 * read next. Focus on the feedback heading says the verdict: announcing it too would say it twice.
 */
export const FOCUS_AFTER: Record<Submitted['step'], string> = {
  missing: '#option-0',
  checked: '#feedback-heading',
  moved: '#progress',
  done: '#results-heading',
};

/** The feedback and results chunk (view/lazy/answers.ts). */
type AnswerViews = typeof import('./lazy/answers.js');

/**
 * The learn quiz where the visitor is: the question (with its feedback once checked), or the
 * results; undefined while there is nothing to show yet. `answers` gives the feedback chunk once
 * loaded (asking for it starts the load).
 */
export function learnView(
  ctx: QuizViewContext,
  run: LearnRun | undefined,
  questions: readonly Question[],
  immediate: boolean,
  answers: () => AnswerViews | undefined,
): TemplateResult | undefined {
  const question = questions[run?.position ?? 0];
  if (!run || !question) return undefined;
  if (run.done) return answers()?.learnResults(ctx, questions, run);
  const checked = immediate && Boolean(run.checked[question.id]);
  const chosen = run.answers[question.id];
  const feedback = checked && chosen && answers()?.feedback(ctx, question, chosen);
  const step = { question, position: run.position, total: questions.length, chosen, immediate, checked };
  return learnQuestion(ctx, step, feedback || nothing);
}

/**
 * Safety before learning: the number to call and "not professional advice", from question 1 (and
 * in the view without the script, which has only the number).
 */
export function safetyLine(ctx: Pick<QuizViewContext, 'emergencyNumber'>): TemplateResult {
  const number = ctx.emergencyNumber;
  return html`<p part="safety" class="safety-line">
    ${msg('If anyone is in danger, call')} <a href=${number.href}>${number.text}</a>.
    ${msg('This is general information, not professional advice.')}
  </p>`;
}
