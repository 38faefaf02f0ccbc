import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import {
  buttonStyles,
  childScriptText,
  DEFAULT_EMERGENCY,
  emit,
  isSafeUrl,
  NvrElement,
  resolveEmergencyNumber,
} from '@nvr-widgets/core';
import { builtInQuestions, type Question } from './quiz-content.js';
import {
  ANSWERS,
  draw,
  parseCount,
  parseHeadingLevel,
  parseKeyword,
  scoreQuiz,
  seedFromText,
  type Answer,
  type FeedbackTiming,
  type Mode,
} from './quiz-model.js';
import { answerLabel, block, button, heading, type QuizHost } from './quiz-parts.js';
import type { ReflectRun } from './reflect-view.js';
import { styles } from './nvr-escalation-quiz.styles.js';
import './events.js';

type ReflectView = typeof import('./reflect-view.js');
type AnswerViews = typeof import('./answer-views.js');

/** One pass through the learn quiz. Ids, not questions, so text follows a locale switch. */
interface LearnRun {
  ids: string[];
  answers: Record<string, Answer>;
  /** Answers whose feedback has been shown (immediate mode): they can no longer change. */
  checked: Record<string, boolean>;
  /** Last answer sent in `nvr-quiz-answer`, so an unchanged answer is not reported twice. */
  reported: Record<string, Answer>;
  position: number;
  done: boolean;
  review: boolean;
}

/** Internal reactive state (kept apart so the manifest does not list it as attributes). */
const STATE = {
  _editorBank: { state: true },
  _loading: { state: true },
  _learn: { state: true },
  _reflectRun: { state: true },
  _reflectView: { state: true },
  _answerViews: { state: true },
  _error: { state: true },
  _chunkFailed: { state: true },
  _announcement: { state: true },
};

const MODES: readonly Mode[] = ['learn', 'reflect'];
const TIMINGS: readonly FeedbackTiming[] = ['immediate', 'end'];

/** Days since 1970 (UTC): without `seed`, everyone sees the same first draw on a given day. */
const today = () => Math.floor(Date.now() / 86_400_000);

const hints = (): Record<Answer, string> => ({
  symmetrical: msg('Hostility meets hostility.'),
  complementary: msg('The demands grow.'),
  none: msg('Not fighting back and not giving in.'),
});

/**
 * A quiz that teaches parents to tell symmetrical escalation (fighting back) from complementary
 * escalation (giving in), through short everyday scenarios explained in NVR language; or, with
 * `mode="reflect"`, a private self-check whose outcome is a profile, not a score. One question at
 * a time, keyboard and screen-reader friendly, no timers, no pass mark; answers never leave the
 * page. A child `<script type="application/json">` (or `src`) replaces the built-in questions.
 *
 * @tag nvr-escalation-quiz
 *
 * @event {CustomEvent<NvrQuizAnswerDetail>} nvr-quiz-answer - Learn mode: an answer was checked (immediate feedback) or confirmed with Next (feedback at the end): `{questionId, answer, correct}`.
 * @event {CustomEvent<NvrQuizCompleteDetail>} nvr-quiz-complete - The results are shown: `{mode: 'learn', score, total, byType}` or `{mode: 'reflect', profile}`.
 * @event {CustomEvent<NvrConfigErrorDetail>} nvr-config-error - An attribute or the bank had a problem: `{widget, field, problem}`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart progress - The "Question 2 of 6" heading (and the results heading).
 * @csspart question - The scenario or statement text.
 * @csspart options - The fieldset holding the answer choices.
 * @csspart option - One answer choice: radio and label.
 * @csspart error - The "Choose an answer" message.
 * @csspart feedback - The box with right or not, why, and an alternative.
 * @csspart button - Every action button (Check answer, Next, Retry…).
 * @csspart back - The Back button.
 * @csspart results - The results or profile view.
 * @csspart score - The score line, or the profile's title.
 * @csspart review - The list of every question with its answer.
 * @csspart safety - The reminder that safety comes first, with the emergency number.
 *
 * @cssprop [--nvr-escalation-quiz-right-color=#276029] - Icon and edge of right-answer feedback.
 * @cssprop [--nvr-escalation-quiz-not-quite-color=#1d5e8c] - Icon and edge of "Not quite" feedback.
 * @cssprop [--nvr-escalation-quiz-error-color=var(--nvr-color-error)] - The "Choose an answer" message and its edge.
 * @cssprop [--nvr-escalation-quiz-reserve] - Height reserved before the script runs; see docs/placeholder.css.
 */
export class NvrEscalationQuiz extends NvrElement {
  static override styles = [...NvrElement.styles, buttonStyles, styles];
  // Declared here rather than with decorators, as in the fee calculator: fewer bytes, same API.
  static override properties = {
    ...STATE,
    mode: {},
    count: {},
    seed: {},
    feedback: {},
    src: {},
    headingLevel: { attribute: 'heading-level' },
    deEscalationUrl: { attribute: 'de-escalation-url' },
  };

  /** An editor's questions once loaded and valid; undefined = the built-in bank. */
  declare private _editorBank?: Question[];
  /** True while an editor's bank loads: show nothing rather than flash the built-in questions. */
  private _loading = false;
  declare private _learn?: LearnRun;
  private _reflectRun: ReflectRun = { answers: {}, position: 0, done: false };
  declare private _reflectView?: ReflectView;
  declare private _answerViews?: AnswerViews;
  /** "Choose an answer" shown after Check or Next with nothing chosen. */
  private _error = false;
  /** A feedback, results or reflect chunk failed to load: say so rather than stop silently. */
  private _chunkFailed = false;
  /** What the one polite live region says (feedback and results, once each). */
  private _announcement = '';

  /** `learn` (scenarios, default) or `reflect` (a private self-check of your own reactions). */
  mode = 'learn';

  /** How many questions to draw from the bank, default 6 (all, if the bank is smaller). */
  declare count?: string | number;

  /** Any text or number: the same seed gives the same questions in the same order. */
  declare seed?: string;

  /** `immediate` (default): feedback after each answer; `end`: all feedback with the results. */
  feedback = 'immediate';

  /** URL of a JSON question bank (see docs/escalation-quiz.schema.json). */
  declare src?: string;

  /** Level of the quiz's main headings, 2–4 (default 3); its sub-headings are one level below. */
  declare headingLevel?: string | number;

  /** Link to your page about de-escalation; else `<nvr-provider>` `links.deEscalation`; else none. */
  declare deEscalationUrl?: string;

  private _attempt = 0;
  private _loadToken = 0;
  /** Element to focus after the next render (by id): keyboard users follow each step. */
  private _focusId?: string;

  /** What the lazily loaded views may use; arrow functions keep `this`. */
  private _host: QuizHost = {
    progress: (label, position) => this._renderProgress(label, position),
    options: (legend, options, chosen, choose) => this._renderOptions(legend, options, chosen, choose),
    next: () => this._submit(),
    retry: () => this._retry(),
    toggleReview: () => {
      this._learn!.review = !this._learn!.review;
      if (this._learn!.review) this._focusId = 'review-heading';
      this.requestUpdate();
    },
    emergencyNumber: DEFAULT_EMERGENCY,
    headingLevel: 3,
  };

  private get _reflecting(): boolean {
    return parseKeyword(this.mode, MODES).value === 'reflect';
  }

  private get _immediate(): boolean {
    return parseKeyword(this.feedback, TIMINGS).value === 'immediate';
  }

  private get _bank(): Question[] {
    return this._editorBank ?? builtInQuestions();
  }

  protected override willUpdate(changed: PropertyValues): void {
    for (const [name, allowed] of [
      ['mode', MODES],
      ['feedback', TIMINGS],
    ] as const) {
      const { problem } = parseKeyword(this[name], allowed);
      if (changed.has(name) && problem) this.problems.report(name, problem);
    }
    const level = parseHeadingLevel(this.headingLevel);
    if (changed.has('headingLevel') && level.problem) this.problems.report('heading-level', level.problem);
    this._host.headingLevel = level.value;
    const url = this.deEscalationUrl?.trim();
    const safeUrl = url && isSafeUrl(url);
    if (changed.has('deEscalationUrl') && url && !safeUrl) {
      this.problems.report(
        'de-escalation-url',
        `"${url}" is not an https:, http:, mailto:, tel: or relative URL; ignored`,
      );
    }
    this._host.deEscalationUrl = safeUrl ? url : this.settings.links?.deEscalation;
    this._host.emergencyNumber = resolveEmergencyNumber(
      undefined,
      this.settings.emergencyNumber,
      this.problems,
    );
    if (changed.has('src') || !this.hasUpdated) void this._loadBank();
    // Reflect mode is its own chunk, loaded only when chosen (the learn quiz is the default).
    if (this._reflecting && !this._reflectView) {
      this._importReflectView().then((m) => (this._reflectView = this._adopt(m)), this._chunkMissing);
    }
    // A new count or seed redraws only a quiz nobody has answered yet: answers are never lost.
    if ((changed.has('count') || changed.has('seed')) && this._learn && !this._learn.position) {
      if (!Object.keys(this._learn.answers).length) this._learn = undefined;
    }
    if (!this._learn && !this._loading) this._learn = this._newRun();
  }

  protected override updated(): void {
    const target = this._focusId && this.renderRoot.querySelector<HTMLElement>(`#${this._focusId}`);
    // Not rendered yet (a view still loading): try again after the next render.
    if (!target) return;
    target.focus();
    this._focusId = undefined;
  }

  /**
   * A lazy chunk failed to load: usually the chunks/ folder was not copied beside the script, or
   * the connection dropped. The editor is told why; the visitor, that the quiz cannot go on.
   */
  private _chunkMissing = (error: Error): void => {
    this.problems.report('script', `${error.message}; keep the chunks/ folder next to the script`);
    this._chunkFailed = true;
  };

  /** Feedback and results are their own chunk: fetched once the visitor starts answering. */
  private _loadAnswerViews(): void {
    if (this._answerViews) return;
    this._importAnswerViews().then((m) => (this._answerViews = this._adopt(m)), this._chunkMissing);
  }

  /** A lazy view arrives with its styles: add them to the element's own before it renders. */
  private _adopt<T extends AnswerViews | ReflectView>(views: T): T {
    const own = (this.constructor as typeof NvrEscalationQuiz).elementStyles;
    adoptStyles(this.renderRoot as ShadowRoot, [...own, views.viewStyles]);
    return views;
  }

  /** The lazy chunks; protected so that a test can make one fail as a missing file would. */
  protected _importAnswerViews(): Promise<AnswerViews> {
    return import('./answer-views.js');
  }

  protected _importReflectView(): Promise<ReflectView> {
    return import('./reflect-view.js');
  }

  /** Editor bank (`src`, else the inline script) replaces the built-in questions when valid. */
  private async _loadBank(): Promise<void> {
    const token = ++this._loadToken;
    const inline = childScriptText(this, 'application/json');
    if (!this.src && inline === undefined) {
      if (this._editorBank) this._learn = undefined;
      this._editorBank = undefined;
      this._loading = false;
      return;
    }
    this._loading = true;
    const bank = await import('./editor-bank.js').then(
      ({ loadEditorBank }) =>
        loadEditorBank(this.src, inline, (field, problem) => this.problems.report(field, problem)),
      this._chunkMissing,
    );
    if (token !== this._loadToken) return;
    // New questions, new quiz: answers to the old ones would be meaningless.
    this._editorBank = bank || undefined;
    this._learn = undefined;
    this._loading = false;
  }

  private _newRun(): LearnRun {
    const bank = this._bank;
    const count = parseCount(this.count, bank.length);
    if (count.problem) this.problems.report('count', count.problem);
    const seed = this.seed?.trim();
    return {
      ids: draw(
        bank,
        count.value,
        seed
          ? seedFromText(this._attempt ? `${seed}#${this._attempt}` : seed)
          : this._attempt
            ? crypto.getRandomValues(new Uint32Array(1))[0]
            : today(),
      ).map((q) => q.id),
      answers: {},
      checked: {},
      reported: {},
      position: 0,
      done: false,
      review: false,
    };
  }

  private _questions(run: LearnRun): Question[] {
    const bank = this._bank;
    return run.ids.flatMap((id) => bank.find((q) => q.id === id) ?? []);
  }

  /** Moves within the current mode and puts focus where the visitor reads next. */
  private _go(position: number): void {
    const run = this._reflecting ? this._reflectRun : this._learn!;
    const total = this._reflecting ? this._reflectView!.statementCount() : this._learn!.ids.length;
    this._error = false;
    this._announcement = '';
    if (position >= total) {
      run.done = true;
      this._complete();
    } else {
      run.position = position;
      this._focusId = 'progress';
    }
    this.requestUpdate();
  }

  private _complete(): void {
    this._focusId = 'results-heading';
    if (this._reflecting) {
      const view = this._reflectView!;
      const profile = view.profileOf(this._reflectRun);
      this._announcement = view.profileTitle(profile);
      emit(this, 'nvr-quiz-complete', { mode: 'reflect', profile });
    } else {
      const run = this._learn!;
      const { score, total, byType } = scoreQuiz(this._questions(run), run.answers);
      // Focus on "Your results" says the score with it (its description): nothing to announce.
      emit(this, 'nvr-quiz-complete', { mode: 'learn', score, total, byType });
    }
  }

  /** Check answer (immediate feedback) or Next: both need a choice first. */
  private _submit(): void {
    const learn = this._learn!;
    const question = this._reflecting ? undefined : this._questions(learn)[learn.position];
    const chosen = question ? learn.answers[question.id] : this._reflectView!.currentChoice(this._reflectRun);
    if (chosen === undefined) {
      this._error = true;
      this._focusId = 'option-0';
      return;
    }
    if (!question) return this._go(this._reflectRun.position + 1);
    const answer = chosen as Answer;
    if (learn.reported[question.id] !== answer) {
      learn.reported[question.id] = answer;
      emit(this, 'nvr-quiz-answer', { questionId: question.id, answer, correct: answer === question.answer });
    }
    if (this._immediate && !learn.checked[question.id]) {
      learn.checked[question.id] = true;
      // Focus on the feedback heading says the verdict; announcing it too would say it twice.
      this._focusId = 'feedback-heading';
      this.requestUpdate();
    } else this._go(learn.position + 1);
  }

  private _retry(): void {
    if (this._reflecting) {
      this._reflectRun = { answers: {}, position: 0, done: false };
    } else {
      this._attempt++;
      this._learn = this._newRun();
    }
    this._announcement = '';
    this._focusId = 'progress';
  }

  override render() {
    const failed = msg('Part of the quiz could not load. Please reload the page.');
    const view = this._reflecting ? this._reflectView : !this._loading && this._learn;
    // The results carry the full safety note; every question before them, this short line.
    const answering = view && !(this._reflecting ? this._reflectRun.done : this._learn!.done);
    return html`<div
      part="base"
      class="base"
      lang=${this.settings.locale ?? nothing}
      aria-busy=${view || this._chunkFailed ? nothing : 'true'}
    >
      ${
        view
          ? this._reflecting
            ? this._reflectView!.reflectView(this._host, this._reflectRun, () => {
                this._error = false;
                this.requestUpdate();
              })
            : this._renderLearn()
          : this._chunkFailed
            ? nothing
            : html`<p>${msg('Loading…')}</p>`
      }
      ${answering ? this._renderSafetyLine() : nothing}
      ${this._chunkFailed ? html`<p part="error" class="error">${failed}</p>` : nothing}
      <div class="visually-hidden" role="status">${this._chunkFailed ? failed : this._announcement}</div>
    </div>`;
  }

  private _renderLearn() {
    const run = this._learn!;
    const questions = this._questions(run);
    if (run.done) {
      return this._answerViews?.learnResults(this._host, questions, run.answers, run.review) ?? nothing;
    }
    const question = questions[run.position];
    const chosen = run.answers[question.id];
    const checked = this._immediate && run.checked[question.id];
    const label =
      this._immediate && !checked
        ? msg('Check answer')
        : run.position === questions.length - 1
          ? msg('See your results')
          : msg('Next question');
    return html`${this._renderProgress(msg(str`Question ${run.position + 1} of ${questions.length}`), run.position)}
      <div part="question" class="question" id="prompt">${block(question.scenario)}</div>
      ${this._renderOptions(
        msg('What kind of response is this?'),
        ANSWERS.map((a) => ({ value: a, label: answerLabel(a), hint: hints()[a] })),
        chosen,
        (value) => {
          run.answers[question.id] = value;
          this._error = false;
          this._loadAnswerViews();
          this.requestUpdate();
        },
        checked,
      )}
      ${checked ? (this._answerViews?.feedback(this._host, question, chosen!) ?? nothing) : nothing}
      <div class="actions">${button(label, () => this._submit(), true)}</div>`;
  }

  /** Safety before learning: the number to call and "not professional advice", from question 1. */
  private _renderSafetyLine() {
    const number = this._host.emergencyNumber;
    return html`<p part="safety" class="safety-line">
      ${msg('If anyone is in danger, call')} <a href=${number.href}>${number.text}</a>.
      ${msg('This is general information, not professional advice.')}
    </p>`;
  }

  private _renderProgress(label: string, position: number) {
    return html`${
      position > 0
        ? html`<button part="back" class="back no-print" type="button" @click=${() => this._go(position - 1)}>
            <svg class="arrow" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <path d="M12.5 5l-5 5 5 5" fill="none" stroke="currentColor" stroke-width="2" />
            </svg>
            ${msg('Back')}
          </button>`
        : nothing
    }
    ${heading(this._host.headingLevel, label, 'progress', 'progress')}`;
  }

  private _renderOptions<T extends string | number>(
    legend: string,
    options: { value: T; label: string; hint?: string }[],
    chosen: T | undefined,
    choose: (value: T) => void,
    locked = false,
  ) {
    // Not described by the scenario: it is read before the choices, and would be read again
    // each time focus enters the group. The error is, at once and first.
    return html`<fieldset part="options" class="options" aria-describedby=${this._error ? 'error' : nothing}>
      <legend class="legend">${legend}</legend>
      ${
        this._error
          ? html`<p part="error" class="error" id="error">
              <span class="visually-hidden">${msg('Error:')}</span> ${msg('Choose an answer.')}
            </p>`
          : nothing
      }
      ${options.map(
        ({ value, label, hint }, i) =>
          html`<label part="option" class="option">
            <input
              type="radio"
              name="choice"
              id="option-${i}"
              .checked=${chosen === value}
              ?disabled=${locked}
              aria-invalid=${this._error ? 'true' : nothing}
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
}

declare global {
  interface HTMLElementTagNameMap {
    'nvr-escalation-quiz': NvrEscalationQuiz;
  }
}
