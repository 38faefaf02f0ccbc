import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { checked } from '@nvr-widgets/core';
import { STEPS, taskList } from '../model/plan.js';
import { statusLabels, stepTitles } from '../content/planner-content.js';
import type { PlannerViewContext } from './context.js';
import { renderIntro } from './parts.js';

/** Before the first step: what a sit-in is and is not, then the steps with a status each. */
export function renderTasks(c: PlannerViewContext) {
  const titles = stepTitles();
  const statuses = statusLabels();
  const { status, completed, next, started } = taskList(c.plan, c.today);
  return html`<h2 id="heading" part="heading" class="heading" tabindex="-1">${msg('Plan a sit-in')}</h2>
    ${renderIntro(c)}
    <p class="privacy">
      ${
        c.saving
          ? msg('Your plan is saved only on this device, in this browser. It is never sent anywhere.')
          : msg('Your plan is not saved. Print it or download it before you leave this page.')
      }
    </p>
    <p>${msg(str`You have completed ${completed} of ${STEPS.length} steps.`)}</p>
    <ol part="task-list" class="task-list">
      ${STEPS.map(
        (step) =>
          html`<li class="task">
            <button
              class="link-button task-link"
              type="button"
              aria-describedby=${step === 'check' ? nothing : `status-${step}`}
              @click=${() => c.go(step)}
            >
              ${titles[step]}
            </button>
            ${
              step === 'check'
                ? nothing
                : html`<span part="status" class="status status-${status[step]}" id="status-${step}"
                    >${statuses[status[step]]}</span
                  >`
            }
          </li>`,
      )}
    </ol>
    <p>
      <button part="button" class="button primary" type="button" @click=${() => c.go(next)}>
        ${started ? msg('Continue your plan') : msg('Start planning')}
      </button>
    </p>
    ${
      c.saving
        ? html`<div class="checkbox">
            <input
              type="checkbox"
              id="hideOnExit"
              ${
                // Not .checked: the server would write checked="false", a ticked box (core's checked()).
                checked(c.plan.hideOnExit)
              }
              @change=${(e: Event) => c.set({ hideOnExit: (e.target as HTMLInputElement).checked })}
            />
            <label for="hideOnExit"
              >${msg('When I leave quickly, hide my plan until I press “Continue my plan”')}</label
            >
          </div>`
        : nothing
    }`;
}
