import { msg, str } from '@lit/localize';
import type { SitInPlan } from './model/plan.js';

/** Speaking pace for reading a short statement aloud, calmly: slower than conversation. */
export const WORDS_PER_MINUTE = 130;

/**
 * The behaviour as it reads inside a sentence: trimmed, single-spaced, no closing full stop. The
 * parent's capitals are kept as typed ("Sam…" stays "Sam…"): only they know which words are names.
 * (The field asks phones not to add a capital of their own: see `autocapitalize` in steps.ts.)
 */
export function behaviourPhrase(behaviour: string): string {
  return behaviour
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.!]+$/, '');
}

/**
 * The suggested opening statement, built from the plan: why the adults are here (the one
 * behaviour), that they will wait in silence for a suggestion, and that it is not a punishment.
 */
export function suggestedStatement(plan: SitInPlan): string {
  const behaviour = behaviourPhrase(plan.behaviour) || msg('[the behaviour]');
  return [
    msg('We are here because we care about you.'),
    msg(str`We are no longer willing to accept ${behaviour}.`),
    msg('We will sit here and wait for you to suggest how this can change, or how you can put things right.'),
  ].join(' ');
}

/** The statement the parent will read: their own words once they edit, else the suggestion. */
export const statementOf = (plan: SitInPlan): string =>
  plan.statementEdited ? plan.statement : suggestedStatement(plan);

/** How long reading `text` aloud takes, in whole seconds (0 for no words). */
export function readAloudSeconds(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.ceil((words * 60) / WORDS_PER_MINUTE);
}

/** The read-aloud estimate shown under the statement; empty when there is nothing to read. */
export function readAloudEstimate(text: string): string {
  const seconds = readAloudSeconds(text);
  if (seconds === 0) return '';
  if (seconds < 60) return msg(str`About ${Math.max(5, Math.round(seconds / 5) * 5)} seconds to read aloud.`);
  if (seconds < 90) return msg('About 1 minute to read aloud.');
  return msg(str`About ${Math.round(seconds / 60)} minutes to read aloud.`);
}

/**
 * The words of `list` that appear in `text` as whole words (any case), in the order of `list`:
 * they describe a child ("attitude") rather than something that happens, so the planner suggests
 * concrete words instead. Letters of any script count as word characters.
 */
export function vagueWords(text: string, list: readonly string[]): string[] {
  const words = new Set(text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u));
  return list.filter((w) => words.has(w.trim().toLowerCase()));
}
