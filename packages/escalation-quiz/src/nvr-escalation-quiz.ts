import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { NvrElement, childScriptText, emit, isSafeUrl } from '@nvr-widgets/core';
import { builtInQuestions, type Question } from './quiz-content.js';
import {
  ANSWERS,
  FREQUENCIES,
  computeProfile,
  draw,
  parseCount,
  parseKeyword,
  scoreQuiz,
  seedFromText,
  type Answer,
  type FeedbackTiming,
  type Frequency,
  type Mode,
} from './quiz-model.js';
import { fragmentCopy } from './fragment-copy.js';
import { styles } from './nvr-escalation-quiz.styles.js';
import './events.js';

type ReflectContent = typeof import('./reflect-content.js');

/** One pass through the learn quiz. Ids, not questions, so text follows a locale switch. */
interface LearnRun {
  ids: string[];
  answers: Record<string, Answer>;
  /** Answers whose feedback has been shown (immediate mode): they can no longer change. */
  checked: Record<string, boolean>;
  /** Last answer announced in `nvr-quiz-answer`, so an unchanged answer is not reported twice. */
  reported: Record<string, Answer>;
  position: number;
  done: boolean;
  review: boolean;
}

interface ReflectRun {
  answers: Record<string, Frequency>;
  position: number;
  done: boolean;
}

const MODES: readonly Mode[] = ['learn', 'reflect'];
const TIMINGS: readonly FeedbackTiming[] = ['immediate', 'end'];

/** Days since 1970 (UTC): without `seed`, everyone sees the same first draw on a given day. */
const today = () => Math.floor(Date.now() / 86_400_000);

const icon = (right: boolean) =>
  html`<svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
    <circle cx="10" cy="10" r="9" fill="currentColor" />
    <path
      d=${right ? 'M5.5 10.5l3 3 6-7' : 'M10 5.5v5.5M10 13.5v1'}
      fill="none"
      stroke="#fff"
      stroke-width="2.2"
      stroke-linecap="round"
    />
  </svg>`;

/** Built-in text becomes a paragraph; editor Markdown is already block content. */
const block = (text: string | DocumentFragment) =>
  typeof text === 'string' ? html`<p>${text}</p>` : fragmentCopy(text);

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
 * @csspart progress - The "Question 2 of 6" heading.
 * @csspart question - The scenario or statement text.
 * @csspart options - The fieldset holding the answer choices.
 * @csspart option - One answer choice: radio and label.
 * @csspart error - The "Choose an answer" message.
 * @csspart feedback - The box with right or not, why, and an alternative.
 * @csspart button - Every action button (Check answer, Next, Retry…).
 * @csspart back - The Back button.
 * @csspart results - The results or profile view.
 * @csspart score - The score line.
 * @csspart review - The list of every question with its answer.
 * @csspart safety - The reminder that safety comes first, with the emergency number.
 *
 * @cssprop [--nvr-escalation-quiz-right-color=#276029] - Icon and edge of right-answer feedback.
 * @cssprop [--nvr-escalation-quiz-not-quite-color=#1d5e8c] - Icon and edge of "Not quite" feedback.
 * @cssprop [--nvr-escalation-quiz-error-color=#a3231f] - The "Choose an answer" message and its edge.
 * @cssprop [--nvr-escalation-quiz-reserve] - Height reserved before the script runs; see docs/placeholder.css.
 */
export class NvrEscalationQuiz extends NvrElement {
  static override styles = [...NvrElement.styles, styles];

  /** An editor's questions once loaded and valid; undefined = the built-in bank. */
  @state() private _editorBank?: Question[];
  /** True while an editor's bank loads: show nothing rather than flash the built-in questions. */
  @state() private _loading = false;
  @state() private _reflect?: ReflectContent;
  @state() private _learn?: LearnRun;
  @state() private _reflectRun: ReflectRun = { answers: {}, position: 0, done: false };
  /** "Choose an answer" shown after Check or Next with nothing chosen. */
  @state() private _error = false;
  /** What the one polite live region says (feedback and results, once each). */
  @state() private _announcement = '';

  /** `learn` (scenarios, default) or `reflect` (a private self-check of your own reactions). */
  @property() mode = 'learn';

  /** How many questions to draw from the bank, default 6 (all, if the bank is smaller). */
  @property() count?: string | number;

  /** Any text or number: the same seed gives the same questions in the same order. */
  @property() seed?: string;

  /** `immediate` (default): feedback after each answer; `end`: all feedback with the results. */
  @property() feedback = 'immediate';

  /** URL of a JSON question bank (see docs/escalation-quiz.schema.json). */
  @property() src?: string;

  /** Link to your page about de-escalation; else `<nvr-provider>` `links.deEscalation`; else none. */
  @property({ attribute: 'de-escalation-url' }) deEscalationUrl?: string;

  private _attempt = 0;
  private _loadToken = 0;
  /** Element to focus after the next render (by id): keyboard users follow each step. */
  private _focusId?: string;

  private get _mode(): Mode {
    return parseKeyword(this.mode, MODES).value;
  }

  private get _immediate(): boolean {
    return parseKeyword(this.feedback, TIMINGS).value === 'immediate';
  }

  private get _bank(): Question[] {
    return this._editorBank ?? builtInQuestions();
  }

  private get _deEscalationUrl(): string | undefined {
    const own = this.deEscalationUrl?.trim();
    return own && isSafeUrl(own) ? own : this.settings.links?.deEscalation;
  }

  protected override willUpdate(changed: PropertyValues): void {
    for (const [name, allowed] of [
      ['mode', MODES],
      ['feedback', TIMINGS],
    ] as const) {
      if (changed.has(name)) {
        const { problem } = parseKeyword(this[name], allowed);
        if (problem) this.problems.report(name, problem);
      }
    }
    const url = this.deEscalationUrl?.trim();
    if (changed.has('deEscalationUrl') && url && !isSafeUrl(url)) {
      this.problems.report(
        'de-escalation-url',
        `"${url}" is not an https:, http:, mailto:, tel: or relative URL; ignored`,
      );
    }
    if (changed.has('src') || !this.hasUpdated) void this._loadBank();
    if (this._mode === 'reflect' && !this._reflect) {
      void import('./reflect-content.js').then((m) => (this._reflect = m));
    }
    // A new count or seed redraws only a quiz nobody has answered yet: answers are never lost.
    if ((changed.has('count') || changed.has('seed')) && this._learn && !this._learn.position) {
      if (!Object.keys(this._learn.answers).length) this._learn = undefined;
    }
    if (!this._learn && !this._loading) this._learn = this._newRun();
  }

  protected override updated(): void {
    if (!this._focusId) return;
    this.renderRoot.querySelector<HTMLElement>(`#${this._focusId}`)?.focus();
    this._focusId = undefined;
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
    const { loadEditorBank } = await import('./editor-bank.js');
    const bank = await loadEditorBank(this.src, inline, (field, problem) =>
      this.problems.report(field, problem),
    );
    if (token !== this._loadToken) return;
    // New questions, new quiz: answers to the old ones would be meaningless.
    this._editorBank = bank;
    this._learn = undefined;
    this._loading = false;
  }

  private _newRun(): LearnRun {
    const bank = this._bank;
    const count = parseCount(this.count, bank.length);
    if (count.problem) this.problems.report('count', count.problem);
    const seed = this.seed?.trim()
      ? seedFromText(this._attempt ? `${this.seed.trim()}#${this._attempt}` : this.seed.trim())
      : this._attempt
        ? crypto.getRandomValues(new Uint32Array(1))[0]
        : today();
    return {
      ids: draw(bank, count.value, seed).map((q) => q.id),
      answers: {},
      checked: {},
      reported: {},
      position: 0,
      done: false,
      review: false,
    };
  }

  /** Moves on (or back) within the current mode and puts focus where the visitor reads next. */
  private _go(position: number): void {
    const run = this._mode === 'learn' ? this._learn! : this._reflectRun;
    const total = this._mode === 'learn' ? this._learn!.ids.length : this._reflect!.reflectStatements().length;
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
    if (this._mode === 'learn') {
      const run = this._learn!;
      const questions = this._questions(run);
      const { score, total, byType } = scoreQuiz(questions, run.answers);
      this._announcement = msg(str`Your results: ${score} of ${total} recognised.`);
      emit(this, 'nvr-quiz-complete', { mode: 'learn', score, total, byType });
    } else {
      const profile = computeProfile(this._reflect!.reflectStatements(), this._reflectRun.answers);
      this._announcement = this._reflect!.profileText(profile).title;
      emit(this, 'nvr-quiz-complete', { mode: 'reflect', profile });
    }
  }

  private _questions(run: LearnRun): Question[] {
    const bank = this._bank;
    return run.ids.flatMap((id) => bank.find((q) => q.id === id) ?? []);
  }

  private _reportAnswer(question: Question, answer: Answer): void {
    const run = this._learn!;
    if (run.reported[question.id] === answer) return;
    run.reported[question.id] = answer;
    emit(this, 'nvr-quiz-answer', { questionId: question.id, answer, correct: answer === question.answer });
  }

  /** Check answer (immediate feedback) or Next: needs a choice first. */
  private _submit(question?: Question): void {
    const learn = this._learn!;
    const chosen = question ? learn.answers[question.id] : this._reflectChoice();
    if (chosen === undefined) {
      this._error = true;
      this._focusId = 'option-0';
      return;
    }
    if (!question) return this._go(this._reflectRun.position + 1);
    this._reportAnswer(question, chosen as Answer);
    if (this._immediate && !learn.checked[question.id]) {
      learn.checked[question.id] = true;
      const right = chosen === question.answer;
      this._announcement = `${right ? msg('Right.') : msg('Not quite.')} ${msg(str`The answer is: ${this._answerLabel(question.answer)}.`)}`;
      this._focusId = 'feedback-heading';
      this._error = false;
      this.requestUpdate();
    } else this._go(learn.position + 1);
  }

  private _reflectChoice(): Frequency | undefined {
    const statement = this._reflect!.reflectStatements()[this._reflectRun.position];
    return this._reflectRun.answers[statement.id];
  }

  private _retry(): void {
    if (this._mode === 'learn') {
      this._attempt++;
      this._learn = this._newRun();
    } else {
      this._reflectRun = { answers: {}, position: 0, done: false };
    }
    this._announcement = '';
    this._focusId = 'progress';
  }

  private _toggleReview(): void {
    const run = this._learn!;
    run.review = !run.review;
    if (run.review) this._focusId = 'review-heading';
    this.requestUpdate();
  }

  private _answerLabel(answer: Answer): string {
    return {
      symmetrical: msg('Symmetrical escalation'),
      complementary: msg('Complementary escalation'),
      none: msg('Neither: a non-escalating response'),
    }[answer];
  }

  private _answerHint(answer: Answer): string {
    return {
      symmetrical: msg('Fighting back: hostility meets hostility.'),
      complementary: msg('Giving in: the demands grow.'),
      none: msg('Not fighting back and not giving in.'),
    }[answer];
  }

  private _frequencyLabel(f: Frequency): string {
    return [msg('Never'), msg('Rarely'), msg('Sometimes'), msg('Often'), msg('Almost always')][f];
  }

  override render() {
    const reflect = this._mode === 'reflect';
    const ready = !this._loading && (reflect ? this._reflect : this._learn);
    return html`<div
      part="base"
      class="base"
      lang=${this.settings.locale ?? nothing}
      aria-busy=${ready ? nothing : 'true'}
    >
      ${ready ? (reflect ? this._renderReflect() : this._renderLearn()) : nothing}
      <div class="visually-hidden" role="status">${this._announcement}</div>
    </div>`;
  }

  private _renderLearn() {
    const run = this._learn!;
    const questions = this._questions(run);
    if (run.done) return this._renderLearnResults(run, questions);
    const question = questions[run.position];
    const chosen = run.answers[question.id];
    const checked = this._immediate && run.checked[question.id];
    const last = run.position === questions.length - 1;
    const next = last ? msg('See your results') : msg('Next question');
    return html`${this._renderProgress(
        msg(str`Question ${run.position + 1} of ${questions.length}`),
        run.position,
      )}
      <div part="question" class="question" id="prompt">${block(question.scenario)}</div>
      ${this._renderOptions(
        msg('What kind of response is this?'),
        ANSWERS.map((a) => ({ value: a, label: this._answerLabel(a), hint: this._answerHint(a) })),
        chosen,
        (value) => {
          run.answers[question.id] = value;
          this._error = false;
          this.requestUpdate();
        },
        checked,
      )}
      ${checked ? this._renderFeedback(question, chosen!) : nothing}
      <div class="actions">
        ${
          this._immediate && !checked
            ? this._renderButton(msg('Check answer'), () => this._submit(question), true)
            : this._renderButton(next, () => this._submit(question), true)
        }
      </div>`;
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
      <h3 part="progress" class="progress" id="progress" tabindex="-1">${label}</h3>`;
  }

  private _renderOptions<T extends string | number>(
    legend: string,
    options: { value: T; label: string; hint?: string }[],
    chosen: T | undefined,
    choose: (value: T) => void,
    locked = false,
  ) {
    return html`<fieldset
      part="options"
      class="options"
      aria-describedby=${this._error ? 'prompt error' : 'prompt'}
    >
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
              @change=${() => choose(value)}
            />
            <span class="option-text"
              >${label}${hint ? html`<span class="hint">${hint}</span>` : nothing}</span
            >
          </label>`,
      )}
    </fieldset>`;
  }

  private _renderFeedback(question: Question, chosen: Answer) {
    const right = chosen === question.answer;
    return html`<section
      part="feedback"
      class="feedback ${right ? 'right' : 'not-quite'}"
      aria-labelledby="feedback-heading"
    >
      <h4 class="feedback-heading" id="feedback-heading" tabindex="-1">
        ${icon(right)} ${right ? msg('Right') : msg('Not quite')}
      </h4>
      <p>
        <strong>${msg(str`The answer is: ${this._answerLabel(question.answer)}.`)}</strong>
      </p>
      ${block(question.explanation)} ${this._renderAlternative(question)}
    </section>`;
  }

  private _renderAlternative(question: Question) {
    return question.alternative
      ? html`<p class="alternative-label">${msg('What you could say or do:')}</p>
          <div class="alternative">${block(question.alternative)}</div>`
      : nothing;
  }

  private _renderButton(label: string, onClick: () => void, primary = false) {
    return html`<button part="button" class="button ${primary ? 'primary' : ''}" type="button" @click=${onClick}>
      ${label}
    </button>`;
  }

  private _renderLearnResults(run: LearnRun, questions: Question[]) {
    const { score, total, byType } = scoreQuiz(questions, run.answers);
    return html`<section part="results" class="results" aria-labelledby="results-heading">
      <h3 class="progress" id="results-heading" tabindex="-1">${msg('Your results')}</h3>
      <p part="score" class="score">${msg(str`You recognised ${score} of ${total}.`)}</p>
      <ul class="by-type">
        ${ANSWERS.filter((a) => byType[a].total).map(
          (a) => html`<li>${this._answerLabel(a)}: ${msg(str`${byType[a].correct} of ${byType[a].total}`)}</li>`,
        )}
      </ul>
      <p>${msg('This is practice, not a test. Noticing the pattern is the first step.')}</p>
      <h4>${msg('The two kinds of escalation')}</h4>
      <p>
        ${msg(
          'Symmetrical escalation: you and your child both lose your temper and try to control each other. Hostility breeds hostility.',
        )}
      </p>
      <p>
        ${msg(
          'Complementary escalation: the more you give in to keep the peace, the more the demands and pressure grow.',
        )}
      </p>
      <p>
        ${msg(
          'They feed each other. Giving in can make the next fight bigger, and after a big fight giving in can feel like the only way out. Most parents swing between the two, and both leave you feeling helpless. That is not your fault.',
        )}
      </p>
      <p>
        ${msg(
          'The NVR way is neither to fight back nor to give in: stay calm and present, answer later when things have cooled down, and ask people you trust for support.',
        )}
      </p>
      ${this._renderSafety()}
      <div class="actions no-print">
        <button
          part="button"
          class="button"
          type="button"
          aria-expanded=${run.review}
          aria-controls="review"
          @click=${this._toggleReview}
        >
          ${run.review ? msg('Hide your answers') : msg('Review your answers')}
        </button>
        ${this._renderButton(msg('Try new questions'), () => this._retry(), true)}
        ${this._renderButton(msg('Print'), () => window.print())}
      </div>
      <div id="review">${run.review ? this._renderReview(run, questions) : nothing}</div>
    </section>`;
  }

  private _renderReview(run: LearnRun, questions: Question[]) {
    return html`<h4 id="review-heading" tabindex="-1">${msg('Your answers')}</h4>
      <ol part="review" class="review">
        ${questions.map((q) => {
          const given = run.answers[q.id];
          const right = given === q.answer;
          return html`<li class="${right ? 'right' : 'not-quite'}">
            ${block(q.scenario)}
            <p class="verdict">
              ${icon(right)} ${right ? msg('Right') : msg('Not quite')}.
              ${msg(str`Your answer: ${given ? this._answerLabel(given) : msg('none given')}.`)}
              ${right ? nothing : msg(str`The answer is: ${this._answerLabel(q.answer)}.`)}
            </p>
            ${block(q.explanation)} ${this._renderAlternative(q)}
          </li>`;
        })}
      </ol>`;
  }

  /** Delay never overrides risk: the emergency number comes from `<nvr-provider>`, default 999. */
  private _renderSafety() {
    const number = this.settings.emergencyNumber || '999';
    const link = this._deEscalationUrl;
    return html`<p part="safety" class="safety">
        ${msg(
          'Waiting until things are calm is for your response to the behaviour, never for safety. If anyone is in danger, act now to keep people safe, and call',
        )}
        <a href="tel:${number.replace(/[^\d+]/g, '')}">${number}</a>.
      </p>
      ${link ? html`<p><a href=${link}>${msg('Read more about de-escalation')}</a></p>` : nothing}
      <p class="small">
        ${msg('This is general information, not professional advice. If you are unsure, talk to an NVR practitioner.')}
      </p>`;
  }

  private _renderReflect() {
    const content = this._reflect!;
    const run = this._reflectRun;
    const statements = content.reflectStatements();
    const intro = html`<p class="small">
      ${msg('This is private: your answers are not saved and not sent anywhere. Only you see the result.')}
    </p>`;
    if (run.done) {
      const profile = content.profileText(computeProfile(statements, run.answers));
      return html`<section part="results" class="results" aria-labelledby="results-heading">
        <h3 class="progress" id="results-heading" tabindex="-1">${msg('Your reflection')}</h3>
        <p part="score" class="score">${profile.title}</p>
        <p>${profile.meaning}</p>
        <h4>${msg('One idea to try this week')}</h4>
        <p>${profile.idea}</p>
        <p>
          ${msg(
            'Swinging between fighting back and giving in is very common. It does not make you a bad parent. Noticing it is the first step.',
          )}
        </p>
        ${this._renderSafety()}
        <div class="actions no-print">
          ${this._renderButton(msg('Start again'), () => this._retry(), true)}
          ${this._renderButton(msg('Print'), () => window.print())}
        </div>
        ${intro}
      </section>`;
    }
    const statement = statements[run.position];
    const last = run.position === statements.length - 1;
    return html`${this._renderProgress(
        msg(str`Statement ${run.position + 1} of ${statements.length}`),
        run.position,
      )}
      <p part="question" class="question statement" id="prompt">${statement.text}</p>
      ${this._renderOptions(
        msg('How often has this been true for you in the last few weeks?'),
        FREQUENCIES.map((f) => ({ value: f, label: this._frequencyLabel(f) })),
        run.answers[statement.id],
        (value) => {
          run.answers[statement.id] = value;
          this._error = false;
          this.requestUpdate();
        },
      )}
      <div class="actions">
        ${this._renderButton(last ? msg('See your reflection') : msg('Next'), () => this._submit(), true)}
      </div>
      ${intro}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nvr-escalation-quiz': NvrEscalationQuiz;
  }
}
