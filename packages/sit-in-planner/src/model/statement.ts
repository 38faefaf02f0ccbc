/** The opening statement's rules, without its words (those are in content/statement.ts). Pure. */

/** Speaking pace for reading a short statement aloud, calmly: slower than conversation. */
export const WORDS_PER_MINUTE = 130;

/**
 * The behaviour as it reads inside a sentence: trimmed, single-spaced, no closing full stop. The
 * parent's capitals are kept as typed ("Sam…" stays "Sam…"): only they know which words are names.
 * (The field asks phones not to add a capital of their own: see `autocapitalize` in view/lazy/steps.ts.)
 */
export function behaviourPhrase(behaviour: string): string {
  return behaviour
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.!]+$/, '');
}

/** How long reading `text` aloud takes, in whole seconds (0 for no words). */
export function readAloudSeconds(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.ceil((words * 60) / WORDS_PER_MINUTE);
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
