/**
 * Reflect mode: a private self-check of the parent's own recent reactions, answered on a
 * frequency scale, ending in a profile rather than a score. Loaded lazily, only in reflect mode.
 */
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { computeProfile, FREQUENCIES, type Frequency, type Profile } from '../../model/reflect.js';
import type { ReflectRun } from '../../state/quiz-run.js';
import { profileText, reflectStatements } from '../../content/reflect.js';
import { button, heading, type QuizViewContext } from '../parts.js';
import { options, progress } from '../steps.js';
import { safety } from './answers.js';

export { viewStyles } from './answers.js';

/** The statements' ids, in order: what the element's run steps through. */
export const statementIds = (): string[] => reflectStatements().map((s) => s.id);

export const profileOf = (run: ReflectRun): Profile => computeProfile(reflectStatements(), run.answers);

export const profileTitle = (profile: Profile): string => profileText(profile).title;

const frequencyLabel = (f: Frequency) =>
  [msg('Never'), msg('Rarely'), msg('Sometimes'), msg('Often'), msg('Almost always')][f];

export function reflectView(ctx: QuizViewContext, run: ReflectRun) {
  const statements = reflectStatements();
  const privacy = html`<p class="small">
    ${msg('This is private: your answers are not saved and not sent anywhere. Only you see the result.')}
  </p>`;
  if (run.done) {
    const profile = profileText(profileOf(run));
    return html`<section part="results" class="results" aria-labelledby="results-heading">
      ${heading(ctx.headingLevel, msg('Your reflection'), 'results-heading', 'progress')}
      <p part="score" class="score">${profile.title}</p>
      <p>${profile.meaning}</p>
      ${heading(ctx.headingLevel + 1, msg('One idea to try this week'), 'idea-heading')}
      <p>${profile.idea}</p>
      <p>
        ${msg(
          'Swinging between fighting back and giving in is very common. It does not make you a bad parent. Noticing it is the first step.',
        )}
      </p>
      ${safety(ctx)}
      <div class="actions no-print">
        ${button(msg('Start again'), ctx.retry, true)} ${button(msg('Print'), () => window.print())}
      </div>
      ${privacy}
    </section>`;
  }
  const statement = statements[run.position];
  const last = run.position === statements.length - 1;
  return html`${progress(ctx, msg(str`Statement ${run.position + 1} of ${statements.length}`), run.position)}
    <p part="question" class="question statement" id="prompt">${statement.text}</p>
    ${options(
      ctx,
      msg('How often has this been true for you in the last few weeks?'),
      FREQUENCIES.map((f) => ({ value: f, label: frequencyLabel(f) })),
      run.answers[statement.id],
      (value) => ctx.chooseFrequency(statement.id, value),
    )}
    <div class="actions">${button(last ? msg('See your reflection') : msg('Next'), ctx.next, true)}</div>
    ${privacy}`;
}
