import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import {
  Announcer,
  buttonStyles,
  DEFAULT_EMERGENCY,
  EditorSource,
  emit,
  FocusController,
  LazyView,
  NvrElement,
  resolveEmergencyNumber,
} from '@nvr-widgets/core';
import { parseHeadingLevel, parseKeyword, parseLink } from '@nvr-widgets/core/pure.js';
import { builtInQuestions, type Question } from './content/questions.js';
import { draw, HEADING_LEVELS, MODES, parseCount, scoreQuiz, seedFromText, TIMINGS } from './model/quiz.js';
import { QuizRun, type RunKind, type Submitted } from './state/quiz-run.js';
import type { QuizViewContext } from './view/parts.js';
import { learnQuestion, safetyLine } from './view/steps.js';
import { styles } from './nvr-escalation-quiz.styles.js';
import './events.js';

type AnswerViews = typeof import('./view/lazy/answers.js');
type ReflectView = typeof import('./view/lazy/reflect.js');

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
 * @cssprop [--nvr-escalation-quiz-error-color=#a3231f] - The "Choose an answer" message and its edge.
 * @cssprop [--nvr-escalation-quiz-reserve] - Height reserved before the script runs; see docs/placeholder.css.
 */
export class NvrEscalationQuiz extends NvrElement {
  static override styles = [...NvrElement.styles, buttonStyles, styles];
  // Declared here rather than with decorators, as in the fee calculator: fewer bytes, same API.
  static override properties = {
    // Internal reactive state (here, not as attributes, so the manifest does not list it).
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

  /** Where the visitor is: replaced, never changed in place, so each step re-renders. */
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
  /** An editor's bank (`src`, else the inline script), validated in its own chunk. */
  private _bank = new EditorSource<Question[]>(this, 'application/json', (src, inline) =>
    import('./view/lazy/editor-bank.js').then(
      ({ loadEditorBank }) =>
        loadEditorBank(src, inline, (field, problem) => this.problems.report(field, problem)),
      (error: unknown) => {
        this.problems.report(
          'chunks',
          `could not load part of the widget (${String(error)}); copy the chunks/ folder beside the script`,
        );
        return undefined;
      },
    ),
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
      void this._answers.get();
    },
    chooseFrequency: (id, frequency) => {
      this._run = this._run.chooseReflect(id, Math.min(4, Math.max(0, Math.round(frequency))) as 0);
    },
  };

  private get _kind(): RunKind {
    return parseKeyword(this.mode, MODES).value;
  }

  /** How many steps the current mode has. */
  private get _total(): number {
    return this._kind === 'learn'
      ? (this._run.learn?.ids.length ?? 0)
      : (this._reflect.module?.statementIds().length ?? 0);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const mode = parseKeyword(this.mode, MODES);
    if (changed.has('mode') && mode.problem) this.problems.report('mode', mode.problem);
    const timing = parseKeyword(this.feedback, TIMINGS);
    if (changed.has('feedback') && timing.problem) this.problems.report('feedback', timing.problem);
    const level = parseHeadingLevel(this.headingLevel, HEADING_LEVELS);
    if (changed.has('headingLevel') && level.problem) this.problems.report('heading-level', level.problem);
    const link = parseLink(this.deEscalationUrl);
    if (changed.has('deEscalationUrl') && link.problem)
      this.problems.report('de-escalation-url', `${link.problem}; ignored`);
    const emergencyNumber = resolveEmergencyNumber(undefined, this.settings.emergencyNumber, this.problems);
    const deEscalationUrl = link.value ?? this.settings.links?.deEscalation;
    this._ctx = {
      ...this._ctx,
      headingLevel: level.value,
      emergencyNumber,
      deEscalationUrl,
      error: this._run.error,
    };
    this._bank.sync(this.src);
    if (mode.value === 'reflect') void this._reflect.get();
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

  /** The ids of a new draw: by `seed` (and attempt), else a random one for a retry, else today's. */
  private _draw(): string[] {
    const bank = this._questions();
    this._drawnFrom = this._bank.value;
    const count = parseCount(this.count, bank.length);
    if (count.problem) this.problems.report('count', count.problem);
    const seed = String(this.seed ?? '').trim();
    const random = this._attempt ? crypto.getRandomValues(new Uint32Array(1))[0] : today();
    const seedValue = seed ? seedFromText(this._attempt ? `${seed}#${this._attempt}` : seed) : random;
    return draw(bank, count.value, seedValue).map((q) => q.id);
  }

  /** The learn run's questions, in its order (ids missing from the bank are skipped). */
  private _drawn(): Question[] {
    const bank = this._questions();
    return (this._run.learn?.ids ?? []).flatMap((id) => bank.find((q) => q.id === id) ?? []);
  }

  /** Check answer (immediate feedback) or Next: both need a choice first. */
  private _submit(): void {
    const reflect = this._kind === 'reflect';
    const question = reflect ? undefined : this._drawn()[this._run.learn?.position ?? 0];
    const ids = this._reflect.module?.statementIds() ?? [];
    if (!question && !reflect) return;
    const immediate = parseKeyword(this.feedback, TIMINGS).value === 'immediate';
    const result = question
      ? this._run.submitLearn(question, immediate)
      : this._run.submitReflect(this._run.currentId('reflect', ids) ?? '', ids.length);
    if (result.report) emit(this, 'nvr-quiz-answer', result.report);
    this._step(result);
  }

  /** Applies a step and takes focus where the visitor reads next; at the end, the results. */
  private _step({ run, step }: Omit<Submitted, 'report'>): void {
    this._run = run;
    if (step !== 'missing') this._announcer.clear();
    // Focus on the feedback heading says the verdict; announcing it too would say it twice.
    const target = {
      missing: '#option-0',
      checked: '#feedback-heading',
      moved: '#progress',
      done: '#results-heading',
    }[step];
    this._focus.after(target);
    if (step === 'done') this._complete();
  }

  private _complete(): void {
    const reflect = this._reflect.module;
    if (this._kind === 'reflect' && reflect) {
      const profile = reflect.profileOf(this._run.reflect);
      this._announcer.say(reflect.profileTitle(profile));
      emit(this, 'nvr-quiz-complete', { mode: 'reflect', profile });
    } else if (this._run.learn) {
      const { score, total, byType } = scoreQuiz(this._drawn(), this._run.learn.answers);
      // Focus on "Your results" says the score with it (its description): nothing to announce.
      emit(this, 'nvr-quiz-complete', { mode: 'learn', score, total, byType });
    }
  }

  private _retry(): void {
    if (this._kind === 'reflect') this._run = this._run.restartReflect();
    else {
      this._attempt++;
      this._run = this._run.withLearn(this._draw());
    }
    this._announcer.clear();
    this._focus.after('#progress');
  }

  override render() {
    const reflecting = this._kind === 'reflect';
    const lazy = reflecting ? this._reflect : this._answers;
    const view = reflecting ? this._renderReflect() : this._renderLearn();
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

  private _renderReflect() {
    return this._reflect.module?.reflectView(this._ctx, this._run.reflect);
  }

  private _renderLearn() {
    const run = this._run.learn;
    if (!run || this._bank.loading) return undefined;
    const questions = this._drawn();
    if (run.done) return this._answers.module?.learnResults(this._ctx, questions, run);
    const question = questions[run.position];
    if (!question) return undefined;
    const immediate = parseKeyword(this.feedback, TIMINGS).value === 'immediate';
    const checked = immediate && Boolean(run.checked[question.id]);
    const chosen = run.answers[question.id];
    const feedback = checked && chosen && this._answers.get()?.feedback(this._ctx, question, chosen);
    const step = { question, position: run.position, total: questions.length, chosen, immediate, checked };
    return learnQuestion(this._ctx, step, feedback || nothing);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nvr-escalation-quiz': NvrEscalationQuiz;
  }
}
