/**
 * Where the visitor is in the quiz: the learn run (drawn question ids, answers, which were checked,
 * which were reported) and the reflect run, plus the "Choose an answer" error. An immutable value:
 * every step returns a new `QuizRun`, so the element only assigns it to a reactive property and
 * Lit re-renders; nothing is changed in place. No Lit, no DOM: unit-tested in Node.
 */
import type { Answer, Scored } from '../model/quiz.js';
import type { Frequency } from '../model/reflect.js';

/** One pass through a list of steps: answers by id, the step shown, and whether the results are. */
export interface Steps<A> {
  readonly answers: Readonly<Record<string, A>>;
  readonly position: number;
  readonly done: boolean;
}

/** One pass through the learn quiz. Ids, not questions, so text follows a locale switch. */
export interface LearnRun extends Steps<Answer> {
  readonly ids: readonly string[];
  /** Answers whose feedback has been shown (immediate mode): they can no longer change. */
  readonly checked: Readonly<Record<string, true>>;
  /** Last answer sent in `nvr-quiz-answer`, so an unchanged answer is not reported twice. */
  readonly reported: Readonly<Record<string, Answer>>;
  /** The list of every question with its answer is open (learn results). */
  readonly review: boolean;
}

export type ReflectRun = Steps<Frequency>;

/** What `nvr-quiz-answer` carries. */
export interface AnswerReport {
  questionId: string;
  answer: Answer;
  correct: boolean;
}

/**
 * What a Next or Check answer did: `missing` (nothing chosen: the error shows), `checked` (the
 * feedback shows), `moved` (to the next step) or `done` (the results show). `report`, when the
 * learn answer is new or changed, is what to send as `nvr-quiz-answer`.
 */
export interface Submitted {
  run: QuizRun;
  step: 'missing' | 'checked' | 'moved' | 'done';
  report?: AnswerReport;
}

export type RunKind = 'learn' | 'reflect';

const FRESH_REFLECT: ReflectRun = { answers: {}, position: 0, done: false };

export class QuizRun {
  private constructor(
    /** Undefined until questions are drawn (or after the bank changed: draw again). */
    readonly learn: LearnRun | undefined,
    readonly reflect: ReflectRun,
    /** "Choose an answer": shown after Check or Next with nothing chosen. */
    readonly error: boolean,
  ) {}

  static start(): QuizRun {
    return new QuizRun(undefined, FRESH_REFLECT, false);
  }

  /** A new learn run over `ids` (a fresh draw), or none (draw again before the next render). */
  withLearn(ids: readonly string[] | undefined): QuizRun {
    const learn = ids && {
      ids: [...ids],
      answers: {},
      checked: {},
      reported: {},
      position: 0,
      done: false,
      review: false,
    };
    return new QuizRun(learn, this.reflect, false);
  }

  /** Reflect mode from its first statement again. */
  restartReflect(): QuizRun {
    return new QuizRun(this.learn, FRESH_REFLECT, false);
  }

  /** A redraw (new `count` or `seed`) may replace only a quiz nobody has started: answers are never lost. */
  get untouched(): boolean {
    return !this.learn || (!this.learn.position && !Object.keys(this.learn.answers).length);
  }

  /** The learn question shown now, or the reflect statement, by id. */
  currentId(kind: RunKind, reflectIds: readonly string[] = []): string | undefined {
    return kind === 'learn' ? this.learn?.ids[this.learn.position] : reflectIds[this.reflect.position];
  }

  /** The visitor chose an answer: the error goes. A checked learn answer cannot change. */
  chooseLearn(id: string, answer: Answer): QuizRun {
    const learn = this.learn;
    if (!learn || learn.checked[id]) return this;
    return new QuizRun({ ...learn, answers: { ...learn.answers, [id]: answer } }, this.reflect, false);
  }

  chooseReflect(id: string, frequency: Frequency): QuizRun {
    const reflect = { ...this.reflect, answers: { ...this.reflect.answers, [id]: frequency } };
    return new QuizRun(this.learn, reflect, false);
  }

  /**
   * Check answer or Next on the learn question shown now. With `immediate` feedback the first
   * press checks (the answer is then fixed) and the second moves on; each new or changed answer
   * is reported once.
   */
  submitLearn(question: Scored, immediate: boolean): Submitted {
    const learn = this.learn;
    const answer = learn?.answers[question.id];
    if (!learn || answer === undefined) return { run: this._withError(), step: 'missing' };
    const report =
      learn.reported[question.id] === answer
        ? undefined
        : { questionId: question.id, answer, correct: answer === question.answer };
    const reported = report ? { ...learn.reported, [question.id]: answer } : learn.reported;
    if (immediate && !learn.checked[question.id]) {
      const checked = { ...learn.checked, [question.id]: true as const };
      return {
        run: new QuizRun({ ...learn, reported, checked }, this.reflect, false),
        step: 'checked',
        report,
      };
    }
    const { run, step } = new QuizRun({ ...learn, reported }, this.reflect, false).go(
      'learn',
      learn.position + 1,
    );
    return { run, step, report };
  }

  /** Next on the reflect statement `id`, one of `total`. */
  submitReflect(id: string, total: number): Submitted {
    if (this.reflect.answers[id] === undefined) return { run: this._withError(), step: 'missing' };
    return this.go('reflect', this.reflect.position + 1, total);
  }

  /**
   * To step `position` (Back, or Next): past the last step, the results. The error goes. `total`
   * defaults to the learn run's length.
   */
  go(kind: RunKind, position: number, total = this.learn?.ids.length ?? 0): Omit<Submitted, 'report'> {
    const target = Math.max(0, position);
    const done = target >= total;
    const move = <S extends Steps<unknown>>(steps: S): S =>
      done ? { ...steps, done } : { ...steps, position: target };
    const run =
      kind === 'learn'
        ? this.learn && new QuizRun(move(this.learn), this.reflect, false)
        : new QuizRun(this.learn, move(this.reflect), false);
    return { run: run ?? this, step: done ? 'done' : 'moved' };
  }

  /** Opens or closes the review of every answer. */
  toggleReview(): QuizRun {
    return this.learn
      ? new QuizRun({ ...this.learn, review: !this.learn.review }, this.reflect, this.error)
      : this;
  }

  private _withError(): QuizRun {
    return new QuizRun(this.learn, this.reflect, true);
  }
}
