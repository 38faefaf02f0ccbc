import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { STEPS, type StepId } from '../model/plan.js';
import { errorMessage } from '../content/errors.js';
import { stepHeadings } from '../content/planner-content.js';
import type { View } from '../state/planner-route.js';
import type { PlannerViewContext, StepViews } from './context.js';

/**
 * Where focus goes when rendering removed the focused control ("Use the suggested words again",
 * "No, keep my plan", "Try again", "Continue my plan"): next to where it was, else the heading.
 */
export const focusFallback = (view: View) => [
  ...(view === 'statement' ? ['#statement'] : view === 'check' ? ['.button.warning'] : []),
  '#heading',
];

/** Each step's inside, from the lazily loaded steps chunk. */
const bodies: Record<StepId, (v: StepViews, c: PlannerViewContext) => TemplateResult> = {
  ready: (v, c) => v.renderReady(c),
  behaviour: (v, c) => v.renderBehaviour(c),
  people: (v, c) => v.renderPeople(c),
  when: (v, c) => v.renderWhen(c),
  statement: (v, c) => v.renderStatement(c),
  during: (v, c) => v.renderDuring(c),
  after: (v, c) => v.renderAfter(c),
  check: (v, c) => v.renderCheckPage(c),
};

/** One step's page: Back, the error summary, "Step N of 8", its one heading, then its form. */
export function renderStep(c: PlannerViewContext, step: StepId) {
  const content = c.steps ? bodies[step](c.steps, c) : c.pending;
  return html`<p class="back no-print">
      <button class="link-button back-link" type="button" @click=${() => c.back()}>${msg('Back')}</button>
    </p>
    ${renderErrorSummary(c)}
    <p part="progress" class="progress no-print" id="progress">
      ${msg(str`Step ${STEPS.indexOf(step) + 1} of ${STEPS.length}`)}
    </p>
    <h2
      id="heading"
      part="heading"
      class="heading ${step === 'check' ? 'no-print' : ''}"
      tabindex="-1"
      aria-describedby="progress"
    >
      ${stepHeadings()[step]}
    </h2>
    ${
      step === 'check'
        ? content
        : html`<form novalidate @submit=${(e: Event) => c.submit(e)} @change=${() => c.changed()}>
            ${content}
            <p class="actions no-print">
              <button part="button" class="button primary" type="submit">
                ${c.fromCheck ? msg('Save and return to your plan') : msg('Continue')}
              </button>
              <button class="link-button" type="button" @click=${() => c.go('tasks')}>
                ${msg('See all steps')}
              </button>
            </p>
          </form>`
    }`;
}

/** "There is a problem": a link to each field in error (GOV.UK error summary). */
function renderErrorSummary(c: PlannerViewContext) {
  if (!c.errors.length) return nothing;
  return html`<div
    part="error-summary"
    class="error-summary"
    tabindex="-1"
    role="alert"
    aria-labelledby="error-title"
  >
    <h3 id="error-title" class="error-title">${msg('There is a problem')}</h3>
    <ul>
      ${c.errors.map(
        (error) =>
          html`<li>
            <a href="#${error.field}" @click=${(e: Event) => focusField(e, error.field)}
              >${errorMessage(error)}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

/** An error summary link: focus the field in error (or the chosen radio, else the first one). */
function focusField(e: Event, field: string): void {
  e.preventDefault();
  const root = (e.currentTarget as Element).getRootNode() as ParentNode;
  const target =
    root.querySelector<HTMLElement>(`#${field}`) ??
    root.querySelector<HTMLElement>(`[name="${field}"]:checked`) ??
    root.querySelector<HTMLElement>(`[name="${field}"]`);
  target?.scrollIntoView({ block: 'center' });
  target?.focus();
}
