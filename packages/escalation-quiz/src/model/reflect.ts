/**
 * Pure rules of reflect mode: the frequency scale and the profile. Apart from quiz.ts so
 * that the learn quiz (the default) does not carry them.
 */
import { ANSWERS, type Answer } from './quiz.js';

/** The reflect-mode frequency scale, from "Never" (0) to "Almost always" (4). */
export const FREQUENCIES = [0, 1, 2, 3, 4] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** What a reflect statement describes: one of the escalation types or a non-escalating habit. */
export interface Statement {
  id: string;
  leaning: Answer;
}

export type Profile = 'symmetrical' | 'complementary' | 'mixed' | 'non-escalating';

/** Average frequency of both escalating kinds below which the profile is "mostly non-escalating". */
export const LOW_ESCALATION = 1.5;
/** …or below this, when the calm habits are on average "Often" or more. */
export const LOW_WITH_CALM_HABITS = 2;
/** Gap between the two escalation averages below which neither leads: "mixed". */
export const LEAN_MARGIN = 0.5;

/**
 * The reflect profile from frequencies 0–4. `s` and `c` are the average answers to the
 * symmetrical and the complementary statements, `n` to the non-escalating habits. Both `s` and
 * `c` low (under 1.5, or under 2 while `n` ≥ 3) → non-escalating; otherwise the side ahead by
 * at least 0.5 → leaning that way; otherwise mixed. Unanswered statements are left out.
 */
export function computeProfile(
  statements: readonly Statement[],
  answers: Readonly<Record<string, Frequency>>,
): Profile {
  const sums = {} as Record<Answer, { sum: number; n: number }>;
  for (const type of ANSWERS) sums[type] = { sum: 0, n: 0 };
  for (const { id, leaning } of statements) {
    const f = answers[id];
    if (f === undefined) continue;
    sums[leaning].sum += f;
    sums[leaning].n++;
  }
  const mean = (type: Answer) => (sums[type].n ? sums[type].sum / sums[type].n : 0);
  const s = mean('symmetrical');
  const c = mean('complementary');
  const higher = Math.max(s, c);
  if (higher < LOW_ESCALATION || (higher < LOW_WITH_CALM_HABITS && mean('none') >= 3)) {
    return 'non-escalating';
  }
  if (s - c >= LEAN_MARGIN) return 'symmetrical';
  if (c - s >= LEAN_MARGIN) return 'complementary';
  return 'mixed';
}
