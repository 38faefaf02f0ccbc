import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import {
  attributeText as text,
  DEFAULT_EMERGENCY,
  parseEmergencyNumber,
  type EmergencyNumber,
} from '@nvr-widgets/core/pure.js';
import { blankPlan, type BlankItem } from '../content/blank-plan.js';
import { renderIntro } from './parts.js';
import { dangerNow } from './lazy/ready-step.js';
import { emergencyLine } from './lazy/steps.js';

/**
 * The planner for readers without JavaScript (a blocked CDN, an old browser, a CSP mistake): the
 * introduction the first view shows, then a blank plan to print and fill in by hand, with the
 * safety lines and the emergency number the planner shows. Rendered at build time only
 * (scripts/prerender.js; never in a browser bundle), from attributes alone. Nothing here is a
 * button: there is no script to make one work. Headings follow the planner's: its page heading is
 * an h2, each step an h3, step 1's groups and boxes an h4.
 */
export function renderNoScript(attributes: Record<string, string | true>): TemplateResult {
  // An invalid number is reported by the element when its script runs; here it falls back quietly.
  const emergency = parseEmergencyNumber(text(attributes['emergency-number'])) ?? DEFAULT_EMERGENCY;
  return html`<h2 class="heading">${msg('Plan a sit-in')}</h2>
    ${renderIntro({})}
    <p>
      ${msg(
        'The interactive planner needs JavaScript, which is not running on this page. You can print this blank plan and fill it in by hand.',
      )}
    </p>
    ${blankPlan().map(
      (section) =>
        html`<section class="paper-step" aria-labelledby="paper-${section.step}">
          <h3 class="subheading" id="paper-${section.step}">${section.title}</h3>
          ${section.items.map((item) => renderItem(item, emergency))}
        </section>`,
    )}`;
}

function renderItem(item: BlankItem, emergency: EmergencyNumber): TemplateResult {
  switch (item.kind) {
    case 'write':
      return html`<div class="paper-field">
        <p class="label">${item.label}</p>
        ${item.hint ? html`<p class="hint">${item.hint}</p>` : nothing}
        ${item.example ? html`<p class="inset">${item.example}</p>` : nothing} ${writingLines(item.lines)}
      </div>`;
    case 'choose':
      return html`<div class="paper-field">
        <p class="label">${item.label}</p>
        ${item.hint ? html`<p class="hint">${item.hint}</p>` : nothing}
        <ul class="paper-options">
          ${item.options.map((option) => html`<li>${option}</li>`)}
        </ul>
        ${item.guidance ? html`<p class="guidance">${item.guidance}</p>` : nothing}
      </div>`;
    case 'person':
      return html`<div class="person paper-person">
        <p class="label">${item.label}</p>
        ${item.items.map((inner) => renderItem(inner, emergency))}
      </div>`;
    case 'subheading':
      return html`<h4 class="subheading">${item.text}</h4>`;
    case 'note':
      return html`<p class=${item.examples ? 'examples' : 'inset'}>${item.text}</p>`;
    case 'danger':
      return dangerNow(emergency, 'paper-danger-title');
    case 'call':
      // An h3, like the steps here: on paper it stands as its own part, easy to find.
      return emergencyLine(emergency, 'paper-call-title');
    case 'list':
      return html`<section class="guidance" aria-labelledby="paper-safety-title">
        <h4 class="subheading" id="paper-safety-title">${item.heading}</h4>
        <ul>
          ${item.points.map((point) => html`<li>${point}</li>`)}
        </ul>
      </section>`;
  }
}

/** Room to write by hand: ruled lines, hidden from screen readers (they hold nothing to read). */
const writingLines = (count: number) =>
  html`<div class="paper-lines" aria-hidden="true">
    ${Array.from({ length: count }, () => html`<span class="paper-line"></span>`)}
  </div>`;

/**
 * Its styles: only in the stylesheet pre-rendered snippets link to (dist/cdn/<tag>.css, written by
 * scripts/prerender.js), never in the script, since only pre-rendered pages ever show this view.
 */
export const noScriptStyles = css`
  /* The blank plan for readers without JavaScript (view/no-script.ts): ruled lines, tick boxes. */
  .paper-step {
    margin-block-start: 1.5em;
  }
  .paper-field {
    margin-block: 0 1.25em;
  }
  .paper-options {
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
  }
  .paper-options li {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-block-size: 2em;
  }
  .paper-options li::before {
    content: '';
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    border: 2px solid currentColor;
    border-radius: 0.15em;
  }
  .paper-line {
    display: block;
    block-size: 2em;
    border-block-end: 1px solid var(--_nvr-color-text-muted);
  }
  @media print {
    /* No script: print the blank plan even before core's delay has shown it on screen (a
       first view whose buttons cannot work is no use on paper). */
    :host(:not(:defined)) .no-script {
      position: static;
      visibility: visible;
      max-block-size: none;
      overflow: visible;
      animation: none;
    }
    :host(:not(:defined)) .base {
      display: none;
    }
    .paper-field,
    .paper-person,
    .guidance {
      break-inside: avoid;
    }
    .paper-line {
      border-color: #000;
    }
  }
`;
