import { html, nothing, type PropertyValues } from 'lit';
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
  type LazyModule,
  NvrElement,
  resolveEmergencyNumber,
} from '@nvr-widgets/core';
import { parseHeadingLevel, parseKeyword, parseLink } from '@nvr-widgets/core/pure.js';
import { builtInQuestions, type Question } from './content/questions.js';
import { draw, drawSeed, HEADING_LEVELS, MODES, parseCount, scoreQuiz, TIMINGS } from './model/quiz.js';
import { QuizRun, type RunKind, type Submitted } from './state/quiz-run.js';
import type { QuizViewContext } from './view/parts.js';
import { learnQuestion, safetyLine } from './view/steps.js';
import { styles } from './nvr-escalation-quiz.styles.js';
import './events.js';

type AnswerViews = typeof import('./view/lazy/answers.js');
type ReflectView = typeof import('./view/lazy/reflect.js');
type BankLoader = typeof import('./view/lazy/editor-bank.js');

/** An attribute as text, whatever a script set the property to (a number, an object…). */
const text = (value: unknown): string | undefined => (value == null ? undefined : String(value));

/** Days since 1970 (UTC): without `seed`, everyone sees the same first draw on a given day. */
const today = () => Math.floor(Date.now() / 86_400_000);

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

  /** Where the visitor is (internal state): replaced, never changed in place, so each step renders. */
  private _run = QuizRun.start();
  private _attempt = 0;
  /** The editor bank the learn run was drawn from (undefined: the built-in questions). */
  private _drawnFrom?: Question[];
  private _focus = new FocusController(this);
  private _announcer = new Announcer(this);
  /** Feedback and results: fetched once the visitor first chooses an answer. */
  private _answers = new LazyView<AnswerViews>(this, this.problems, () => this._importAnswerViews());
  /** Reflect mode: fetched only when chosen (the learn quiz is the default). */
  private _reflect = new LazyView<ReflectView>(this, this.problems, () => this._importReflectView());
  /** An editor's bank (`src`, else the inline script): its validator and Markdown load only then. */
  private _loader = new LazyView<BankLoader & LazyModule>(
    this,
    this.problems,
    () => import('./view/lazy/editor-bank.js'),
  );
  private _bank = new EditorSource<Question[]>(this, 'application/json', (src, inline) =>
    this._loader.load().then((m) => m.loadEditorBank(src, inline, (f, p) => this.problems.report(f, p))),
  );

  /** What every view gets: data and callbacks, never the element. */
  private _ctx: QuizViewContext = {
    headingLevel: HEADING_LEVELS.fallback,
    emergencyNumber: DEFAULT_EMERGENCY,
    error: false,
    back: (position) => this._step(this._run.go(this._kind, position, this._total)),
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

  private get _kind(): RunKind {
    return parseKeyword(text(this.mode), MODES).value;
  }

  private get _immediate(): boolean {
    return parseKeyword(text(this.feedback), TIMINGS).value === 'immediate';
  }

  /** How many steps the current mode has. */
  private get _total(): number {
    const reflect = this._reflect.module?.statementIds().length ?? 0;
    return this._kind === 'learn' ? (this._run.learn?.ids.length ?? 0) : reflect;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const report = (field: string, problem?: string) => problem && this.problems.report(field, problem);
    if (changed.has('mode')) report('mode', parseKeyword(text(this.mode), MODES).problem);
    if (changed.has('feedback')) report('feedback', parseKeyword(text(this.feedback), TIMINGS).problem);
    const level = parseHeadingLevel(text(this.headingLevel), HEADING_LEVELS);
    if (changed.has('headingLevel')) report('heading-level', level.problem);
    const link = parseLink(text(this.deEscalationUrl));
    if (changed.has('deEscalationUrl') && link.problem)
      report('de-escalation-url', `${link.problem}; ignored`);
    this._ctx = {
      ...this._ctx,
      headingLevel: level.value,
      emergencyNumber: resolveEmergencyNumber(undefined, this.settings.emergencyNumber, this.problems),
      deEscalationUrl: link.value ?? this.settings.links?.deEscalation,
    };
    this._bank.sync(text(this.src));
    if (this._kind === 'reflect') this._reflect.get();
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

  /** A new draw's ids: by `seed` (and attempt), else today's draw, else (a retry) a random one. */
  private _draw(): string[] {
    const bank = this._questions();
    this._drawnFrom = this._bank.value;
    const count = parseCount(text(this.count), bank.length);
    if (count.problem) this.problems.report('count', count.problem);
    const unseeded = this._attempt ? crypto.getRandomValues(new Uint32Array(1))[0] : today();
    return draw(bank, count.value, drawSeed(this.seed, this._attempt, unseeded)).map((q) => q.id);
  }

  /** The learn run's questions, in its order (ids missing from the bank are skipped). */
  private _drawn(): Question[] {
    const bank = this._questions();
    return (this._run.learn?.ids ?? []).flatMap((id) => bank.find((q) => q.id === id) ?? []);
  }

  /** Check answer (immediate feedback) or Next: both need a choice first. */
  private _submit(): void {
    const ids = this._reflect.module?.statementIds() ?? [];
    const question = this._drawn()[this._run.learn?.position ?? 0];
    const result =
      this._kind === 'reflect'
        ? this._run.submitReflect(this._run.currentId('reflect', ids) ?? '', ids.length)
        : question && this._run.submitLearn(question, this._immediate);
    if (result?.report) emit(this, 'nvr-quiz-answer', result.report);
    if (result) this._step(result);
  }

  /** Applies a step and takes focus where the visitor reads next; at the end, the results. */
  private _step({ run, step }: Omit<Submitted, 'report'>): void {
    this._run = run;
    if (step !== 'missing') this._announcer.clear();
    // Focus on the feedback heading says the verdict; announcing it too would say it twice.
    const targets = {
      missing: 'option-0',
      checked: 'feedback-heading',
      moved: 'progress',
      done: 'results-heading',
    };
    this._focus.after(`#${targets[step]}`);
    if (step === 'done') this._complete();
  }

  private _complete(): void {
    const reflect = this._reflect.module;
    if (this._kind === 'reflect' && reflect) {
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
    if (this._kind === 'reflect') this._run = this._run.restartReflect();
    else this._run = this._run.withLearn((this._attempt++, this._draw()));
    this._announcer.clear();
    this._focus.after('#progress');
  }

  override render() {
    const reflecting = this._kind === 'reflect';
    const lazy = reflecting ? this._reflect : this._answers;
    const view = reflecting ? this._reflect.module?.reflectView(this._ctx, this._run.reflect) : this._learn();
    const answering = view && !(reflecting ? this._run.reflect.done : this._run.learn?.done);
    return html`<div
      part="base"
      class="base"
      lang=${this.settings.locale ?? nothing}
      aria-busy=${view || lazy.failed ? nothing : 'true'}
    >
      ${view || (lazy.failed ? nothing : html`<p>${msg('Loading…')}</p>`)}
      ${lazy.failed ? lazy.failure(msg('Your answers so far are kept.')) : nothing}
      ${answering ? safetyLine(this._ctx) : nothing} ${this._announcer.render()}
    </div>`;
  }

  /** The learn question (with its feedback once checked), or the results; undefined while loading. */
  private _learn() {
    const run = this._run.learn;
    const questions = this._drawn();
    const question = questions[run?.position ?? 0];
    if (!run || this._bank.loading || !question) return undefined;
    if (run.done) return this._answers.module?.learnResults(this._ctx, questions, run);
    const checked = this._immediate && Boolean(run.checked[question.id]);
    const chosen = run.answers[question.id];
    const feedback = checked && chosen && this._answers.get()?.feedback(this._ctx, question, chosen);
    const step = { question, position: run.position, total: questions.length, chosen, checked };
    return learnQuestion(this._ctx, { ...step, immediate: this._immediate }, feedback || nothing);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nvr-escalation-quiz': NvrEscalationQuiz;
  }
}
