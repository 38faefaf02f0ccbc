import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { noticeText } from '../content/planner-content.js';
import type { PlannerViewContext } from './context.js';
import { renderTasks } from './task-list.js';
import { renderStep } from './step-page.js';

/** The whole planner: the quick-exit bar, the saving notices, then the task list or a step. */
export function renderPlanner(c: PlannerViewContext) {
  return html`<div part="base" class="base" lang=${c.locale ?? nothing}>
    <div part="exit" class="exit no-print">
      <button part="exit-button" class="exit-button" type="button" @click=${() => c.quickExit()}>
        ${msg('Leave this page quickly')}
      </button>
      <span class="exit-hint">${msg('or press Shift 3 times')}</span>
    </div>
    <div class="notices" role="status">${c.noticeHeard ? renderNotice(c, false) : nothing}</div>
    ${renderNotice(c, true)}
    ${c.plan.locked ? renderLocked(c) : c.view === 'tasks' ? renderTasks(c) : renderStep(c, c.view)}
  </div>`;
}

/**
 * The notice of this kind (`urgent`: could not save, an alert; else a status shown in the
 * `.notices` live region, which is always there so that screen readers hear what fills it).
 */
function renderNotice(c: PlannerViewContext, urgent: boolean) {
  if (!c.notice || urgent !== (c.notice === 'not-saved')) return nothing;
  return html`<div
    part="notice"
    class="notice no-print ${urgent ? 'notice-warning' : ''}"
    role=${urgent ? 'alert' : nothing}
  >
    <p>${noticeText()[c.notice]}</p>
    ${
      urgent && c.view !== 'check'
        ? html`<button class="link-button" type="button" @click=${() => c.go('check')}>
            ${msg('Print or download your plan')}
          </button>`
        : nothing
    }
  </div>`;
}

/** Hidden after a quick exit (if the parent chose so) until they press "Continue my plan". */
function renderLocked(c: PlannerViewContext) {
  return html`<p>
    <button part="button" class="button primary" type="button" @click=${() => c.set({ locked: false })}>
      ${msg('Continue my plan')}
    </button>
  </p>`;
}
