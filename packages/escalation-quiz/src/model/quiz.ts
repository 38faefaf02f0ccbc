/**
 * Pure rules of `<nvr-escalation-quiz>`'s learn quiz: the `count` attribute, the seeded draw and
 * scoring. No Lit, no DOM: unit-tested in Node. (Keyword and heading-level attributes use core's
 * parsers from `@nvr-widgets/core/pure.js`.)
 */
import type { Parsed } from '@nvr-widgets/core/pure.js';

/** The three answers to a scenario: the two escalation types, or a non-escalating response. */
export const ANSWERS = ['symmetrical', 'complementary', 'none'] as const;
export type Answer = (typeof ANSWERS)[number];

/** What the model needs of a question; content (text or sanitised Markdown) rides along. */
export interface Scored {
  id: string;
  answer: Answer;
}

export const DEFAULT_COUNT = 6;

/** The `mode` and `feedback` keywords, default first (parsed with core's `parseKeyword`). */
export const MODES = ['learn', 'reflect'] as const;
export type Mode = (typeof MODES)[number];
export const TIMINGS = ['immediate', 'end'] as const;
export type FeedbackTiming = (typeof TIMINGS)[number];

/** `heading-level`: the quiz's sub-headings sit one below, so 4 is the deepest main level. */
export const HEADING_LEVELS = { min: 2, max: 4, fallback: 3 } as const;

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

/** Days since 1970 (UTC): without `seed`, everyone sees the same first draw on a given day. */
export const dayNumber = (epochMs: number): number => Math.floor(epochMs / 86_400_000);

/**
 * What a pre-rendered quiz without `seed` draws by, in place of today's number: the build cannot
 * know the visitor's day, and the build, the script taking the view over and the view without the
 * script must all show the same first question. So a pre-rendered unseeded quiz always starts with
 * the same draw (see {@link firstDrawIds}); "Try new questions" still draws at random.
 */
export const PRERENDERED_UNSEEDED = 0;

/** A 32-bit seed from any text (FNV-1a): `seed="42"` and `seed="spring-course"` both work. */
export function seedFromText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The seed of a draw: the `seed` text (with the attempt number after a retry, so "Try new
 * questions" gives new ones), else `unseeded` (today's number, or a random one for a retry).
 */
export function drawSeed(seed: unknown, attempt: number, unseeded: number): number {
  const text = seed == null ? '' : String(seed).trim();
  return text ? seedFromText(attempt ? `${text}#${attempt}` : text) : unseeded;
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

/**
 * The ids of a new draw from `bank`: `count` (an editor's text; a problem if it is not a whole
 * number) questions, by `seed` and attempt, else by `unseeded` (today's number, or a random one).
 */
export function drawIds(
  bank: readonly { id: string }[],
  options: { count?: string; seed: unknown; attempt: number; unseeded: number },
): { ids: string[]; problem?: string } {
  const count = parseCount(options.count, bank.length);
  const seed = drawSeed(options.seed, options.attempt, options.unseeded);
  return { ids: draw(bank, count.value, seed).map((q) => q.id), problem: count.problem };
}

/**
 * The first draw of a pre-rendered quiz (and of the view without the script): by `seed`, else by
 * {@link PRERENDERED_UNSEEDED}, never by the day.
 */
export function firstDrawIds(
  bank: readonly { id: string }[],
  options: { count?: string; seed: unknown },
): { ids: string[]; problem?: string } {
  return drawIds(bank, { ...options, attempt: 0, unseeded: PRERENDERED_UNSEEDED });
}

/** The questions with these ids, in the ids' order; an id missing from the bank is skipped. */
export function inOrder<Q extends { id: string }>(bank: readonly Q[], ids: readonly string[]): Q[] {
  return ids.flatMap((id) => bank.find((q) => q.id === id) ?? []);
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
