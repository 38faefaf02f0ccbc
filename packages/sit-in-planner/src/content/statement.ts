import { msg, str } from '@lit/localize';
import type { SitInPlan } from '../model/plan.js';
import { behaviourPhrase, readAloudSeconds } from '../model/statement.js';

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

/** The read-aloud estimate shown under the statement; empty when there is nothing to read. */
export function readAloudEstimate(text: string): string {
  const seconds = readAloudSeconds(text);
  if (seconds === 0) return '';
  if (seconds < 60) return msg(str`About ${Math.max(5, Math.round(seconds / 5) * 5)} seconds to read aloud.`);
  if (seconds < 90) return msg('About 1 minute to read aloud.');
  return msg(str`About ${Math.round(seconds / 60)} minutes to read aloud.`);
}
