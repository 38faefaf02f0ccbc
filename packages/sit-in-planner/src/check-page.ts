import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { startOf, type SitInPlan, type StepId } from './plan-model.js';
import { planSummary } from './plan-text.js';
import { buildIcs } from './ics.js';

/**
 * The last step, "Check your plan": every answer with a Change button, then print, downloads and
 * delete. Loaded only when a parent reaches it (it is most of the export code), so the planner's
 * first load stays small. The element passes its state and actions in.
 */
export interface CheckPageHost {
  plan: SitInPlan;
  lang: string;
  emergency: string;
  confirmDelete: boolean;
  change(step: StepId): void;
  print(): void;
  downloadIcs(): void;
  downloadText(): void;
  askDelete(): void;
  keep(): void;
  delete(): void;
}

export function renderCheckPage(h: CheckPageHost) {
  const canIcs = startOf(h.plan) !== undefined;
  const notAnswered = msg('Not answered');
  return html`<div part="summary" class="summary">
      <h2 class="heading print-only">${msg('Our sit-in plan')}</h2>
      ${planSummary(h.plan, h.lang, h.emergency).map(
        (section, i) =>
          html`<section class="summary-section">
            <div class="summary-head">
              <h3 class="subheading">${i + 1}. ${section.title}</h3>
              <button class="link-button no-print" type="button" @click=${() => h.change(section.step)}>
                ${msg('Change')}<span class="visually-hidden"> ${section.title}</span>
              </button>
            </div>
            <dl>
              ${section.rows.map(
                (row, r) =>
                  // The printed script is for everyone attending: step 1's private answers stay on
                  // screen; its safety guidance (if shown) is printed.
                  html`<div class="row ${section.step === 'ready' && r < 4 ? 'no-print' : ''}">
                    <dt>${row.label}</dt>
                    <dd>
                      ${
                        row.lines.length
                          ? row.lines.map((line) => html`<span class="line">${line}</span>`)
                          : html`<span class="muted">${notAnswered}</span>`
                      }
                    </dd>
                  </div>`,
              )}
            </dl>
            ${section.note ? html`<p class="inset">${section.note}</p>` : nothing}
          </section>`,
      )}
    </div>
    <div class="no-print">
      <h3 class="subheading">${msg('Print or download')}</h3>
      <p class="hint" id="ics-hint">
        ${
          canIcs
            ? msg(
                'The calendar event only says “Sit-in” and the time, with no names, so it is safe on a shared calendar.',
              )
            : msg('To download a calendar event, first add a real date and start time in “Where and when”.')
        }
      </p>
      <div class="export">
        <button part="button" class="button primary" type="button" @click=${h.print}>
          ${msg('Print your plan')}
        </button>
        <button
          part="button"
          class="button"
          type="button"
          aria-describedby="ics-hint"
          ?disabled=${!canIcs}
          @click=${h.downloadIcs}
        >
          ${msg('Download calendar event (.ics)')}
        </button>
        <button part="button" class="button" type="button" @click=${h.downloadText}>
          ${msg('Download your plan as text (.txt)')}
        </button>
      </div>
      <h3 class="subheading">${msg('Delete your plan')}</h3>
      ${
        h.confirmDelete
          ? html`<div class="confirm" role="group" aria-labelledby="confirm-text">
              <p id="confirm-text" class="confirm-text" tabindex="-1">
                ${msg('This removes your plan from this device. You cannot undo this.')}
              </p>
              <button part="button" class="button warning" type="button" @click=${h.delete}>
                ${msg('Yes, delete my plan')}
              </button>
              <button class="link-button" type="button" @click=${h.keep}>${msg('No, keep my plan')}</button>
            </div>`
          : html`<p>
              <button part="button" class="button warning" type="button" @click=${h.askDelete}>
                ${msg('Delete my plan')}
              </button>
            </p>`
      }
    </div>`;
}

/**
 * A random id for the event's UID. `crypto.randomUUID` exists only on https: pages; an association's
 * site on plain http: still has `getRandomValues`.
 */
function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

/**
 * The calendar file for the plan's date, time and length, or undefined without a valid start.
 * Calendars are often shared and synced: the event carries no names and no behaviour.
 */
export function icsFile(plan: SitInPlan, now = new Date()): Blob | undefined {
  const start = startOf(plan);
  if (!start) return undefined;
  const ics = buildIcs({
    uid: `${randomId()}@nvr-sit-in-planner`,
    now,
    start,
    minutes: Number(plan.minutes) || 30,
    summary: msg('Sit-in'),
    description: msg('Have your printed plan with you.'),
  });
  return new Blob([ics], { type: 'text/calendar;charset=utf-8' });
}

export { planText } from './plan-text.js';
