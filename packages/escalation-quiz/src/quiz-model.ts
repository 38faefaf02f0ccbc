/**
 * Pure rules of `<nvr-escalation-quiz>`: attribute parsing, the seeded draw, scoring and the
 * reflect profile. No DOM here, so every branch is unit-tested in isolation.
 */

/** The three answers to a scenario: the two escalation types, or a non-escalating response. */
export const ANSWERS = ['symmetrical', 'complementary', 'none'] as const;
export type Answer = (typeof ANSWERS)[number];

/** What the model needs of a question; content (text or sanitised Markdown) rides along. */
export interface Scored {
  id: string;
  answer: Answer;
}

/** A parse result: the value to use, plus a problem to report when the input was not valid. */
export interface Parsed<T> {
  value: T;
  problem?: string;
}

export const DEFAULT_COUNT = 6;

export type Mode = 'learn' | 'reflect';
export type FeedbackTiming = 'immediate' | 'end';

/** A keyword attribute: one of `allowed` (case-insensitive), else the first with a problem. */
export function parseKeyword<T extends string>(
  raw: string | null | undefined,
  allowed: readonly T[],
): Parsed<T> {
  const text = (raw ?? '').trim().toLowerCase();
  if (!text) return { value: allowed[0] };
  if ((allowed as readonly string[]).includes(text)) return { value: text as T };
  const list = allowed.map((a) => `"${a}"`).join(' or ');
  return { value: allowed[0], problem: `"${raw}" is not ${list}; using "${allowed[0]}"` };
}

/** `count="8"` → how many questions to draw: a whole number from 1 to the bank's size. */
export function parseCount(raw: string | number | null | undefined, bankSize: number): Parsed<number> {
  const max = Math.max(1, bankSize);
  if (raw == null || String(raw).trim() === '') return { value: Math.min(DEFAULT_COUNT, max) };
  const text = String(raw).trim();
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1)) {
    return {
      value: Math.min(DEFAULT_COUNT, max),
      problem: `"${text}" is not a whole number of questions; using ${Math.min(DEFAULT_COUNT, max)}`,
    };
  }
  // Asking for more than the bank holds is not a mistake worth a warning: use them all.
  return { value: Math.min(n, max) };
}

export const DEFAULT_HEADING_LEVEL = 3;

/**
 * `heading-level="2"` → the level of the quiz's main headings, 2, 3 or 4 (its sub-headings sit one
 * below), so that the widget fits the outline of the page around it.
 */
export function parseHeadingLevel(raw: string | number | null | undefined): Parsed<number> {
  const text = String(raw ?? '').trim();
  if (!text) return { value: DEFAULT_HEADING_LEVEL };
  const n = Number(text);
  if (Number.isInteger(n) && n >= 2 && n <= 4) return { value: n };
  return {
    value: DEFAULT_HEADING_LEVEL,
    problem: `"${text}" is not 2, 3 or 4; using ${DEFAULT_HEADING_LEVEL}`,
  };
}

/** A 32-bit seed from any text (FNV-1a): `seed="42"` and `seed="spring-course"` both work. */
export function seedFromText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny, well-distributed PRNG; same seed → same sequence of numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` distinct items of `bank` in a random order (Fisher–Yates, stopped after `count`
 * swaps): the same seed always gives the same questions in the same order.
 */
export function draw<T>(bank: readonly T[], count: number, seed: number): T[] {
  const items = [...bank];
  const n = Math.max(0, Math.min(Math.floor(count), items.length));
  const random = mulberry32(seed);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (items.length - i));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items.slice(0, n);
}

/** Right answers out of how many, per type. */
export interface Tally {
  correct: number;
  total: number;
}
export type ByType = Record<Answer, Tally>;

/** The learn-mode result, as carried by `nvr-quiz-complete`. */
export interface QuizScore {
  score: number;
  total: number;
  byType: ByType;
}

/** Scores the visitor's answers (by question id); an unanswered question counts as not right. */
export function scoreQuiz(
  questions: readonly Scored[],
  answers: Readonly<Record<string, Answer>>,
): QuizScore {
  const byType = {} as ByType;
  for (const type of ANSWERS) byType[type] = { correct: 0, total: 0 };
  let score = 0;
  for (const { id, answer } of questions) {
    const tally = byType[answer];
    tally.total++;
    if (answers[id] === answer) {
      tally.correct++;
      score++;
    }
  }
  return { score, total: questions.length, byType };
}
