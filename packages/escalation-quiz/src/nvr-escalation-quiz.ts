import { html, isServer, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import {
  Announcer,
  buttonStyles,
  linkButtonStyles,
  DEFAULT_EMERGENCY,
  EditorSource,
  emit,
  FocusController,
  LazyView,
  loadMarkdown,
  NvrElement,
  resolveEmergencyNumber,
} from '@nvr-widgets/core';
import { attributeText as text } from '@nvr-widgets/core/pure.js';
import { builtInQuestions, type Question } from './content/questions.js';
import { readAttributes } from './model/attributes.js';
import {
  dayNumber,
  drawIds,
  firstDrawIds,
  HEADING_LEVELS,
  inOrder,
  scoreQuiz,
  type FeedbackTiming,
  type Mode,
} from './model/quiz.js';
import { QuizRun, type Submitted } from './state/quiz-run.js';
import type { QuizViewContext } from './view/parts.js';
import { FOCUS_AFTER, learnView, safetyLine } from './view/steps.js';
import { styles } from './nvr-escalation-quiz.styles.js';
import './events.js';

type AnswerViews = typeof import('./view/lazy/answers.js');
type ReflectView = typeof import('./view/lazy/reflect.js');

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
  static override styles = [...NvrElement.styles, buttonStyles, linkButtonStyles, styles];
  // Declared here rather than with decorators, as in the fee calculator: fewer bytes, same API.
  static override properties = {
    _run: { state: true },
    mode: {},
    count: {},
    seed: {},
    feedback: {},
    src: {},
    headingLevel: { attribute: 'heading-level' },
    deEscalationUrl: { attribute: 'de-escalation-url' },
  };

  /** `learn` (scenarios, default) or `reflect` (a private self-check of your own reactions). */
  mode: Mode = 'learn';

  /** How many questions to draw from the bank, default 6 (all, if the bank is smaller). */
  declare count?: string | number;

  /** Any text or number: the same seed gives the same questions in the same order. */
  declare seed?: string;

  /** `immediate` (default): feedback after each answer; `end`: all feedback with the results. */
  feedback: FeedbackTiming = 'immediate';

  /** URL of a JSON question bank (see docs/escalation-quiz.schema.json). */
  declare src?: string;

  /** Level of the quiz's main headings, 2–4 (default 3); its sub-headings are one level below. */
  declare headingLevel?: string | number;

  /** Link to your page about de-escalation; else `<nvr-provider>` `links.deEscalation`; else none. */
  declare deEscalationUrl?: string;

  /** The attributes as read at the last update. */
  private _attributes = readAttributes({});
  /** Where the visitor is (internal state): replaced, never changed in place, so each step renders. */
  private _run = QuizRun.start();
  private _attempt = 0;
  /** `lang` of the view: the provider's locale (none while a pre-rendered view is taken over). */
  private _lang?: string;
  /** The editor bank the learn run was drawn from (undefined: the built-in questions). */
  private _drawnFrom?: Question[];
  private _focus = new FocusController(this);
  private _announcer = new Announcer(this);
  /** Feedback and results: fetched once the visitor first chooses an answer. */
  private _answers = new LazyView<AnswerViews>(this, this.problems, () => this._importAnswerViews());
  /** Reflect mode: fetched only when chosen (the learn quiz is the default). */
  private _reflect = new LazyView<ReflectView>(this, this.problems, () => this._importReflectView());
  /** An editor's bank (`src`, else the inline script): its validator and Markdown load only then. */
  private _bank = new EditorSource<Question[]>(
    this,
    'application/json',
    async (src, inline) => {
      // The Markdown reader is fetched beside the bank's loader, not after it: one round trip, not two.
      loadMarkdown().catch(() => {}); // the loader awaits it too, and reports a failure
      const { loadEditorBank } = await import('./view/lazy/editor-bank.js');
      return loadEditorBank(src, inline, (field, problem) => this.problems.report(field, problem));
    },
    this.problems,
  );

  /** What every view gets: data and callbacks, never the element. */
  private _ctx: QuizViewContext = {
    headingLevel: HEADING_LEVELS.fallback,
    emergencyNumber: DEFAULT_EMERGENCY,
    error: false,
    back: (position) => this._step(this._run.go(this._attributes.mode, position, this._total)),
    next: () => this._submit(),
    retry: () => this._retry(),
    toggleReview: () => {
      this._run = this._run.toggleReview();
      if (this._run.learn?.review) this._focus.after('#review-heading');
    },
    chooseAnswer: (id, answer) => {
      this._run = this._run.chooseLearn(id, answer);
      this._answers.get();
    },
    chooseFrequency: (id, frequency) => (this._run = this._run.chooseReflect(id, frequency)),
  };

  /** How many steps the current mode has. */
  private get _total(): number {
    const reflect = this._reflect.module?.statementIds().length ?? 0;
    return this._attributes.mode === 'learn' ? (this._run.learn?.ids.length ?? 0) : reflect;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Each distinct problem is reported once (ConfigProblems), so reading them all again is quiet.
    const read = (this._attributes = readAttributes(this));
    read.problems.forEach(({ field, problem }) => this.problems.report(field, problem));
    // While a pre-rendered view is taken over, NvrElement holds a provider's settings back.
    const settings = this.settings;
    this._lang = settings.locale;
    this._ctx = {
      ...this._ctx,
      headingLevel: read.headingLevel,
      emergencyNumber: resolveEmergencyNumber(undefined, settings.emergencyNumber, this.problems),
      deEscalationUrl: read.deEscalationUrl ?? settings.links?.deEscalation,
    };
    this._bank.sync(text(this.src));
    // Not while pre-rendering: the server renders synchronously, so it writes the loading view
    // either way, and the browser (which renders that same view first) loads the chunk.
    if (this._attributes.mode === 'reflect' && !isServer) this._reflect.get();
    // New questions, new quiz: answers to the old ones would be meaningless. A new count or seed
    // redraws only a quiz nobody has started: answers are never lost.
    const redraw = (changed.has('count') || changed.has('seed')) && this._run.untouched;
    if (!this._bank.loading && (redraw || !this._run.learn || this._bank.value !== this._drawnFrom)) {
      this._run = this._run.withLearn(this._draw());
    }
    this._ctx.error = this._run.error;
  }

  /** The lazy chunks; protected so that a test can make one fail as a missing file would. */
  protected _importAnswerViews(): Promise<AnswerViews> {
    return import('./view/lazy/answers.js');
  }

  protected _importReflectView(): Promise<ReflectView> {
    return import('./view/lazy/reflect.js');
  }

  private _questions(): Question[] {
    return this._bank.value ?? builtInQuestions();
  }

  /**
   * A new draw's ids: by `seed` (and attempt), else today's draw, else (a retry) a random one. A
   * pre-rendered quiz (the build, then the first render that takes it over) cannot know the
   * visitor's day: it draws as its no-script view does (firstDrawIds), so all three agree.
   */
  private _draw(): string[] {
    this._drawnFrom = this._bank.value;
    const { count, seed } = this;
    const options = { count: text(count), seed };
    const drawn =
      !this._attempt && (isServer || this.hydrating)
        ? firstDrawIds(this._questions(), options)
        : drawIds(this._questions(), {
            ...options,
            attempt: this._attempt,
            unseeded: this._attempt ? crypto.getRandomValues(new Uint32Array(1))[0] : dayNumber(Date.now()),
          });
    if (drawn.problem) this.problems.report('count', drawn.problem);
    return drawn.ids;
  }

  /** The learn run's questions, in its order. */
  private _drawn(): Question[] {
    return inOrder(this._questions(), this._run.learn?.ids ?? []);
  }

  /** Check answer (immediate feedback) or Next: both need a choice first. */
  private _submit(): void {
    const ids = this._reflect.module?.statementIds() ?? [];
    const question = this._drawn()[this._run.learn?.position ?? 0];
    const result =
      this._attributes.mode === 'reflect'
        ? this._run.submitReflect(this._run.currentId('reflect', ids) ?? '', ids.length)
        : question && this._run.submitLearn(question, this._attributes.immediate);
    if (result?.report) emit(this, 'nvr-quiz-answer', result.report);
    if (result) this._step(result);
  }

  /** Applies a step and takes focus where the visitor reads next; at the end, the results. */
  private _step({ run, step }: Omit<Submitted, 'report'>): void {
    this._run = run;
    if (step !== 'missing') this._announcer.clear();
    this._focus.after(FOCUS_AFTER[step]);
    if (step === 'done') this._complete();
  }

  private _complete(): void {
    const reflect = this._reflect.module;
    if (this._attributes.mode === 'reflect' && reflect) {
      const profile = reflect.profileOf(this._run.reflect);
      this._announcer.say(reflect.profileTitle(profile));
      emit(this, 'nvr-quiz-complete', { mode: 'reflect', profile });
    } else if (this._run.learn) {
      // Focus on "Your results" says the score with it (its description): nothing to announce.
      const { score, total, byType } = scoreQuiz(this._drawn(), this._run.learn.answers);
      emit(this, 'nvr-quiz-complete', { mode: 'learn', score, total, byType });
    }
  }

  private _retry(): void {
    if (this._attributes.mode === 'reflect') this._run = this._run.restartReflect();
    else this._run = this._run.withLearn((this._attempt++, this._draw()));
    this._announcer.clear();
    this._focus.after('#progress');
  }

  override render() {
    const reflecting = this._attributes.mode === 'reflect';
    const lazy = reflecting ? this._reflect : this._answers;
    const view = reflecting
      ? this._reflect.module?.reflectView(this._ctx, this._run.reflect)
      : learnView(
          this._ctx,
          this._run.learn,
          this._bank.loading ? [] : this._drawn(),
          this._attributes.immediate,
          () => this._answers.get(),
        );
    const answering = view && !(reflecting ? this._run.reflect.done : this._run.learn?.done);
    // An editor's bank or the self-check on its way: core's loading look, in the reserved height.
    const busy = !view && !lazy.failed;
    return html`<div
      part="base"
      class=${busy ? 'base loading' : 'base'}
      lang=${this._lang ?? nothing}
      aria-busy=${busy ? 'true' : nothing}
    >
      ${view || (busy ? html`<p class="loading-text">${msg('Loading…')}</p>` : nothing)}
      ${lazy.failed ? lazy.failure(msg('Your answers so far are kept.')) : nothing}
      ${answering ? safetyLine(this._ctx) : nothing} ${this._announcer.render()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nvr-escalation-quiz': NvrEscalationQuiz;
  }
}
