import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { EmergencyNumber } from '@nvr-widgets/core';
import { HELP, MAX_ADULTS, MAX_SUPPORTERS, MAX_TEXT, PLACES, REPEATS } from '../../model/plan.js';
import { vagueWords } from '../../model/statement.js';
import { readAloudEstimate, statementOf, suggestedStatement } from '../../content/statement.js';
import { whenToCall } from '../../content/ready-content.js';
import type { FormContext } from '../context.js';
import { checkboxes, describe, onInput, radios, textField } from './form-fields.js';
import {
  afterContent,
  behaviourContent,
  duringContent,
  gestureLabels,
  helpLabels,
  peopleContent,
  placeLabels,
  repeatLabels,
  ruleLabels,
  statementContent,
  whenContent,
} from '../../content/step-content.js';

/**
 * The planner's steps, loaded when a parent first opens one, so the first load (task list, quick
 * exit) stays small: this module is the chunk's entry (view/page-actions.ts `loadSteps`). Each
 * returns the inside of the step's form. Step 1 is in ready-step.ts, the check page and the
 * exports in check-page.ts.
 */
export function renderBehaviour(f: FormContext) {
  const c = behaviourContent();
  const vague = vagueWords(f.plan.behaviour, c.vagueWords.split(','));
  return html`${textField(f, 'behaviour', c.label, c.hint, { multiline: true, autocapitalize: 'none' })}
    <div aria-live="polite">
      ${
        vague.length
          ? html`<p class="inset">
              ${c.vagueBefore} ${vague.map((w) => `“${w}”`).join(', ')} ${c.vagueAfter}
            </p>`
          : nothing
      }
    </div>
    <div class="examples">
      <p>${c.clear}</p>
      <p>${c.vague}</p>
    </div>`;
}

export function renderPeople(f: FormContext) {
  const c = peopleContent();
  const helps = helpLabels();
  const person = (list: 'adults' | 'supporters', i: number, label: string, detail: TemplateResult) => {
    const prefix = list === 'adults' ? 'adult' : 'supporter';
    const nameId = `${prefix}-${i}-name`;
    const d = describe(f, nameId);
    const canRemove = list === 'supporters' || f.plan.adults.length > 2;
    return html`<fieldset class="person">
      <legend class="label">${label}</legend>
      <div class="field ${d.invalid === 'true' ? 'field-error' : ''}">
        <label class="label" for=${nameId}>${c.name}</label>
        ${d.html}
        <input
          id=${nameId}
          type="text"
          autocomplete="off"
          maxlength=${MAX_TEXT}
          aria-describedby=${d.ids}
          aria-invalid=${d.invalid}
          .value=${f.plan[list][i].name}
          @input=${(e: Event) => f.person(list, i, 'name', (e.target as HTMLInputElement).value)}
        />
      </div>
      ${detail}
      ${
        canRemove
          ? html`<button class="link-button" type="button" @click=${() => f.remove(list, i)}>
              ${c.remove}<span class="visually-hidden"> ${label}</span>
            </button>`
          : nothing
      }
    </fieldset>`;
  };
  const d = describe(f, 'adults', c.adultsHint, 'adults');
  return html`<h3 class="subheading">${c.adultsLegend}</h3>
    ${d.html}
    ${f.plan.adults.map((p, i) =>
      person(
        'adults',
        i,
        msg(str`Adult ${i + 1}`),
        html`<div class="field">
          <label class="label" for="adult-${i}-relationship">${c.relationship}</label>
          <input
            id="adult-${i}-relationship"
            type="text"
            autocomplete="off"
            maxlength=${MAX_TEXT}
            .value=${p.relationship}
            @input=${(e: Event) => f.person('adults', i, 'relationship', (e.target as HTMLInputElement).value)}
          />
        </div>`,
      ),
    )}
    ${
      f.plan.adults.length < MAX_ADULTS
        ? html`<p>
            <button class="button" type="button" @click=${() => f.add('adults')}>${c.addAdult}</button>
          </p>`
        : nothing
    }
    <h3 class="subheading">${c.supportersLegend}</h3>
    <p class="hint">${c.supportersHint}</p>
    ${f.plan.supporters.map((p, i) =>
      person(
        'supporters',
        i,
        msg(str`Supporter ${i + 1}`),
        html`<div class="field">
          <label class="label" for="supporter-${i}-help">${c.help}</label>
          <select
            id="supporter-${i}-help"
            .value=${p.help}
            @change=${(e: Event) => f.person('supporters', i, 'help', (e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${p.help === ''}>${msg('Choose')}</option>
            ${HELP.map((h) => html`<option value=${h} ?selected=${p.help === h}>${helps[h]}</option>`)}
          </select>
        </div>`,
      ),
    )}
    ${
      f.plan.supporters.length < MAX_SUPPORTERS
        ? html`<p>
            <button class="button" type="button" @click=${() => f.add('supporters')}>
              ${c.addSupporter}
            </button>
          </p>`
        : nothing
    }`;
}

export function renderWhen(f: FormContext) {
  const c = whenContent();
  const places = placeLabels();
  const date = describe(f, 'date', c.dateHint, 'day');
  const datePart = (name: 'day' | 'month' | 'year', label: string, width: string) =>
    html`<div class="date-part">
      <label class="label" for=${name}>${label}</label>
      <input
        id=${name}
        name=${name}
        class=${width}
        type="text"
        autocomplete="off"
        inputmode="numeric"
        maxlength="4"
        aria-invalid=${date.invalid}
        .value=${f.plan[name]}
        @input=${onInput(f)}
      />
    </div>`;
  const notPrivate = f.plan.place === 'school' || f.plan.place === 'other';
  return html`${radios(f, 'place', c.place, Object.fromEntries(PLACES.map((p) => [p, places[p]])))}
    <div aria-live="polite">
      ${notPrivate ? html`<p part="guidance" class="guidance" id="place-warning">${c.placeWarning}</p>` : nothing}
    </div>
    ${f.plan.place === 'other' ? textField(f, 'placeOther', c.placeOther) : nothing}
    <fieldset
      class="field ${date.invalid === 'true' ? 'field-error' : ''}"
      role="group"
      aria-describedby=${date.ids}
    >
      <legend class="label">${c.date}</legend>
      ${date.html}
      <div class="date">
        ${datePart('day', c.day, 'width-2')} ${datePart('month', c.month, 'width-2')}
        ${datePart('year', c.year, 'width-4')}
      </div>
    </fieldset>
    ${textField(f, 'time', c.time, c.timeHint, { width: 'width-5' })}
    ${textField(f, 'minutes', c.minutes, c.minutesHint, { width: 'width-3' })}`;
}

export function renderStatement(f: FormContext) {
  const c = statementContent();
  const text = statementOf(f.plan);
  const estimate = readAloudEstimate(text);
  const d = describe(f, 'statement', c.hint);
  return html`<p>${c.intro}</p>
    <div class="field ${d.invalid === 'true' ? 'field-error' : ''}">
      <label class="label" for="statement">${c.label}</label>
      ${d.html}
      <textarea
        autocomplete="off"
        id="statement"
        name="statement"
        rows="6"
        maxlength=${MAX_TEXT}
        aria-describedby="${d.ids === nothing ? '' : d.ids} statement-estimate"
        aria-invalid=${d.invalid}
        .value=${text}
        @input=${(e: Event) => f.set({ statement: (e.target as HTMLTextAreaElement).value, statementEdited: true })}
      ></textarea>
      <p class="hint" id="statement-estimate">${estimate}</p>
    </div>
    ${
      f.plan.statementEdited && f.plan.statement !== suggestedStatement(f.plan)
        ? html`<p>
            <button
              class="button"
              type="button"
              @click=${() => f.set({ statement: '', statementEdited: false })}
            >
              ${c.reset}
            </button>
          </p>`
        : nothing
    }`;
}

export function renderDuring(f: FormContext) {
  const c = duringContent();
  return html`${checkboxes(f, 'rules', 'rule', c.rules, ruleLabels(), 'rule-no-restraint')}
    ${textField(f, 'ifSuggestion', c.ifSuggestion, c.ifSuggestionHint, { multiline: true })}
    ${textField(f, 'ifLeaves', c.ifLeaves, c.ifLeavesHint, { multiline: true })}
    ${textField(f, 'ifEscalates', c.ifEscalates, c.ifEscalatesHint, { multiline: true })}
    <p class="inset">${c.ending}</p>
    ${emergencyLine(f.emergency)}`;
}

/**
 * When to call the emergency number, with the number as a `tel:` link: always shown. (`id`: the
 * blank plan for readers without JavaScript shares the shadow root, so it takes its own.)
 */
export function emergencyLine(number: EmergencyNumber, id = 'call-title') {
  const call = whenToCall();
  return html`<section part="guidance" class="guidance" aria-labelledby=${id}>
    <h3 id=${id} class="subheading">${call.label}</h3>
    <p class="emergency">${call.before} <a href=${number.href}>${number.text}</a> ${call.after}</p>
  </section>`;
}

export function renderAfter(f: FormContext) {
  const c = afterContent();
  const repeats = repeatLabels();
  return html`<p class="inset">${c.intro}</p>
    ${checkboxes(f, 'gestures', 'gesture', c.gestures, gestureLabels(), 'gesture-drink')}
    ${textField(f, 'otherGesture', c.otherGesture)}
    ${radios(f, 'repeat', c.repeat, Object.fromEntries(REPEATS.map((r) => [r, repeats[r]])))}
    ${textField(f, 'messages', c.messages, afterContent().messagesHint, { multiline: true })}`;
}

export { renderReady } from './ready-step.js';
export { renderCheckPage, exportFile, icsFile, planText } from './check-page.js';
