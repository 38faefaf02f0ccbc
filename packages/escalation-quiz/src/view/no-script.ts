/**
 * The quiz for readers without JavaScript (a blocked script, an old browser, a CSP mistake):
 * written into the pre-rendered markup at build time by scripts/prerender.js, in Node, and never
 * part of a browser bundle. Nothing here can be pressed, so it shows what the quiz would teach:
 * the first scenario (the one the pre-rendered quiz shows), what each kind of response does, the
 * answer with why and an alternative, and the safety line the quiz always shows.
 */
import { css, html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { DEFAULT_EMERGENCY, heading } from '@nvr-widgets/core';
import { attributeText } from '@nvr-widgets/core/pure.js';
import { builtInQuestions } from '../content/questions.js';
import { builtInExplanations } from '../content/explanations.js';
import { reflectStatements } from '../content/reflect.js';
import { answerHint, answerLabel } from '../content/labels.js';
import { readAttributes } from '../model/attributes.js';
import { ANSWERS, firstDrawIds, inOrder } from '../model/quiz.js';
import { alternative } from './lazy/answers.js';
import { block } from './parts.js';
import { safetyLine } from './steps.js';

/** The attributes as the pre-render command takes them: a bare attribute arrives as `true`. */
export type PrerenderAttributes = Record<string, string | true>;

const value = (attributes: PrerenderAttributes, name: string): string | undefined => {
  const given = attributes[name];
  return given === true ? '' : attributeText(given);
};

/**
 * The no-script view of `<nvr-escalation-quiz attributes…>`. Editor banks (`src`, an inline
 * script) are not there at build time: like the pre-rendered quiz, it draws from the built-in bank.
 */
export function renderNoScript(attributes: PrerenderAttributes): TemplateResult {
  const read = readAttributes({
    mode: value(attributes, 'mode'),
    feedback: value(attributes, 'feedback'),
    headingLevel: value(attributes, 'heading-level'),
  });
  const level = read.headingLevel;
  // The provider's number is not known at build time either: the pre-rendered quiz shows the default.
  const safety = safetyLine({ emergencyNumber: DEFAULT_EMERGENCY });
  if (read.mode === 'reflect') {
    return html`${heading(level, msg('A private self-check'), { class: 'progress' })}
      <p>${msg('How often has this been true for you in the last few weeks?')}</p>
      <ol class="statements">
        ${reflectStatements().map((s) => html`<li>${s.text}</li>`)}
      </ol>
      ${safety}`;
  }
  const bank = builtInQuestions();
  const drawn = firstDrawIds(bank, { count: value(attributes, 'count'), seed: value(attributes, 'seed') });
  const [question] = inOrder(bank, drawn.ids.slice(0, 1));
  const why = builtInExplanations()[question.id];
  return html`${heading(level, msg('Fighting back, giving in, or neither?'), { class: 'progress' })}
    <div class="question">${block(question.scenario)}</div>
    ${heading(level + 1, msg('What kind of response is this?'), { class: 'sub' })}
    <dl class="choices">
      ${ANSWERS.map(
        (a) =>
          html`<dt>${answerLabel(a)}</dt>
            <dd>${answerHint(a)}</dd>`,
      )}
    </dl>
    <p><strong>${msg(str`The answer is: ${answerLabel(question.answer)}.`)}</strong></p>
    ${block(why.explanation)} ${alternative({ ...question, ...why })} ${safety}`;
}

/**
 * Its styles: only in the stylesheet pre-rendered snippets link to (dist/cdn/<tag>.css, written by
 * scripts/prerender.js), never in the script, since only pre-rendered pages ever show this view.
 */
export const noScriptStyles = css`
  /* The view without the script (view/no-script.ts): each kind of response, named in bold. The
     feedback's styles arrive with its lazy chunk, which that view never gets. */
  .choices {
    margin-block: 0 var(--_nvr-space);
  }
  .choices dt,
  .no-script .alternative-label {
    font-weight: 700;
  }
  .choices dd {
    margin: 0 0 0.5em;
  }
`;
