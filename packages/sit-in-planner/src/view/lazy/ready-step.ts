import { html, nothing } from 'lit';
import type { EmergencyNumber } from '@nvr-widgets/core';
import { ANSWERS, isRisky, riskSignals } from '../../model/plan.js';
import type { FormContext } from '../context.js';
import { findPractitioner } from '../parts.js';
import { radios } from './form-fields.js';
import {
  answerLabels,
  carryOn,
  dangerNowGuidance,
  readinessGroups,
  readinessQuestions,
} from '../../content/ready-content.js';

/**
 * Step 1, "Is now the right time?": each question with its own guidance right under a risky
 * answer, and danger now with its own box (keep everyone safe now; never "carry on planning").
 * Loaded with the other steps, so the task list and quick exit load first.
 */
export function renderReady(f: FormContext) {
  const q = readinessQuestions();
  const answers = answerLabels();
  const options = Object.fromEntries(ANSWERS.map((a) => [a, answers[a]]));
  const risk = riskSignals(f.plan);
  return html`${readinessGroups().map(
    (group) =>
      html`<h3 class="subheading">${group.title}</h3>
        ${group.questions.map(
          (name) =>
            html`${radios(f, name, q[name].label, options, q[name].hint, true)}
              <div aria-live="polite">
                ${
                  name === 'dangerNow'
                    ? risk.dangerNow
                      ? dangerNow(f.emergency)
                      : nothing
                    : isRisky(f.plan, name)
                      ? html`<p part="guidance" class="guidance" id="${name}-guidance">
                          ${q[name].guidance}
                        </p>`
                      : nothing
                }
              </div>`,
        )}`,
  )}
  ${
    // Danger now: no "you can still plan"; its box says to plan another day.
    risk.any && !risk.dangerNow
      ? html`<div class="inset">
          <p>${carryOn()}</p>
          ${findPractitioner(f)}
        </div>`
      : nothing
  }`;
}

/**
 * "Yes" or "Not sure" to danger now: keep everyone safe now, leave, call, plan another day. Also
 * on the blank plan for readers without JavaScript (view/no-script.ts), whatever the answer.
 */
export function dangerNow(emergency: EmergencyNumber, id = 'danger-title') {
  const g = dangerNowGuidance();
  return html`<section part="guidance" class="guidance danger" aria-labelledby=${id}>
    <h4 id=${id} class="subheading">${g.heading}</h4>
    <p>${g.now}</p>
    <p>${g.leave}</p>
    <p class="emergency">${g.callBefore} <a href=${emergency.href}>${emergency.text}</a>.</p>
    <p>${g.later}</p>
  </section>`;
}
