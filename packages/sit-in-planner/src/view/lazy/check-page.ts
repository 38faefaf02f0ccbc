import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { EmergencyNumber } from '@nvr-widgets/core';
import { startOf, type SitInPlan } from '../../model/plan.js';
import { buildIcs } from '../../model/ics.js';
import { planSummary, planText } from '../../content/plan-text.js';
import type { CheckContext } from '../context.js';

/*
 * The last step, "Check your plan": every answer with a Change button, then print, downloads and
 * delete. Loaded only when a parent reaches it (it is most of the export code), so the planner's
 * first load stays small.
 */

/** "Call 999 at once if…" with the number as a `tel:` link; no line breaks (the cell keeps them). */
const callLine = (call: { before: string; after: string }, number: EmergencyNumber) => {
  const link = html`<a href=${number.href}>${number.text}</a>`;
  return html`<span class="line emergency">${call.before} ${link} ${call.after}</span>`;
};

export function renderCheckPage(h: CheckContext) {
  const canIcs = startOf(h.plan) !== undefined;
  const notAnswered = msg('Not answered');
  return html`<div part="summary" class="summary">
      <h2 class="heading print-only">${msg('Our sit-in plan')}</h2>
      ${planSummary(h.plan, h.lang, h.emergency.text).map(
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
                (row) =>
                  // The printed script is for everyone attending: step 1's private answers stay on
                  // screen; the safety reminders and when to call are always printed.
                  html`<div class="row ${row.private ? 'no-print' : ''}">
                    <dt>${row.label}</dt>
                    <dd>
                      ${
                        row.call
                          ? callLine(row.call, h.emergency)
                          : row.lines.length
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
      <div class="field">
        <label class="label" for="calendarTitle">${msg('Title of the calendar event')}</label>
        <p class="hint" id="calendarTitle-hint">
          ${msg(
            str`Anyone who can see your calendar will see this title and the time. It has no names. If you leave it empty, it says “${calendarTitle({ ...h.plan, calendarTitle: '' })}”.`,
          )}
        </p>
        <input
          id="calendarTitle"
          name="calendarTitle"
          type="text"
          autocomplete="off"
          maxlength="100"
          aria-describedby="calendarTitle-hint"
          .value=${h.plan.calendarTitle}
          @input=${(e: Event) => h.setField('calendarTitle', (e.target as HTMLInputElement).value)}
        />
      </div>
      <p class="hint" id="ics-hint">
        ${
          canIcs
            ? msg(str`The calendar event will say “${calendarTitle(h.plan)}” and the time, with no names.`)
            : msg('To download a calendar event, first add a real date and start time in “Where and when”.')
        }
      </p>
      <div class="export">
        <button part="button" class="button primary" type="button" @click=${() => h.print()}>
          ${msg('Print your plan')}
        </button>
        <button
          part="button"
          class="button"
          type="button"
          aria-describedby="ics-hint"
          ?disabled=${!canIcs}
          @click=${() => h.download('ics')}
        >
          ${msg('Download calendar event (.ics)')}
        </button>
        <button part="button" class="button" type="button" @click=${() => h.download('text')}>
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
              <button part="button" class="button warning" type="button" @click=${() => h.delete()}>
                ${msg('Yes, delete my plan')}
              </button>
              <button class="link-button" type="button" @click=${() => h.keep()}>
                ${msg('No, keep my plan')}
              </button>
            </div>`
          : html`<p>
              <button part="button" class="button warning" type="button" @click=${() => h.askDelete()}>
                ${msg('Delete my plan')}
              </button>
            </p>`
      }
    </div>`;
}

/**
 * The event's title: the parent's own words, else a neutral one. Calendars are often shared and
 * synced, so it never says "sit-in" unless the parent writes that themselves.
 */
export const calendarTitle = (plan: SitInPlan): string => plan.calendarTitle.trim() || msg('Family time');

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
    uid: `${randomId()}@nvr-widgets`,
    now,
    start,
    minutes: Number(plan.minutes) || 30,
    summary: calendarTitle(plan),
    description: msg('Have your printed plan with you.'),
  });
  return new Blob([ics], { type: 'text/calendar;charset=utf-8' });
}

/**
 * The plan as a file to save: the calendar event (undefined without a real start), or the plan as
 * plain text for the people attending.
 */
export function exportFile(
  format: 'ics' | 'text',
  plan: SitInPlan,
  lang: string,
  emergency: EmergencyNumber,
): { name: string; blob: Blob } | undefined {
  if (format === 'text') {
    const blob = new Blob([planText(plan, lang, emergency.text)], { type: 'text/plain;charset=utf-8' });
    return { name: msg('sit-in-plan') + '.txt', blob };
  }
  const blob = icsFile(plan);
  return blob && { name: msg('calendar-event') + '.ics', blob };
}

export { planText };
