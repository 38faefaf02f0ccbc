import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { EmergencyNumber } from '@nvr-widgets/core';
import { MAX_TEXT, type Person, type SitInPlan, type Supporter } from './model/plan.js';

/**
 * Form fields in the GOV.UK pattern: label, hint, error message above the input, and
 * `aria-describedby` tying them together. Shared by every step; the element supplies the plan,
 * its errors and the edit actions through a `FormHost`.
 */
export interface FormHost {
  plan: SitInPlan;
  /** The number to call when someone is in danger, as shown and as a `tel:` link. */
  emergency: EmergencyNumber;
  /** The message of the error on `field`, if there is one. */
  error(field: string): string | undefined;
  /** Writes `input.name = input.value` into the plan (text inputs, radios). */
  onInput(e: Event): void;
  set(patch: Partial<SitInPlan>): void;
  toggle(list: 'rules' | 'gestures', id: string, on: boolean): void;
  person(
    list: 'adults' | 'supporters',
    index: number,
    key: keyof Person | keyof Supporter,
    value: string,
  ): void;
  add(list: 'adults' | 'supporters'): void;
  remove(list: 'adults' | 'supporters', index: number): void;
}

/** Hint and error paragraphs for `id`, and the value for `aria-describedby`. */
export function describe(f: FormHost, id: string, hint = '', errorField = id) {
  const error = f.error(errorField);
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    ids: ids || nothing,
    invalid: error ? 'true' : nothing,
    html: html`${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${
      error
        ? html`<p class="error-message" id="${id}-error">
            <span class="visually-hidden">${msg('Error:')}</span> ${error}
          </p>`
        : nothing
    }`,
  };
}

/** A labelled text input (or textarea) bound to `plan[name]`. */
export function textField(
  f: FormHost,
  name: keyof SitInPlan,
  label: string,
  hint = '',
  /** `autocapitalize: 'none'`: a phone adds no capital the parent did not type (kept as written). */
  options: { multiline?: boolean; width?: string; autocapitalize?: string } = {},
) {
  const value = String(f.plan[name]);
  const d = describe(f, name, hint);
  return html`<div class="field ${d.invalid === 'true' ? 'field-error' : ''}">
    <label class="label" for=${name}>${label}</label>
    ${d.html}
    ${
      options.multiline
        ? html`<textarea
            autocomplete="off"
            autocapitalize=${options.autocapitalize ?? nothing}
            id=${name}
            name=${name}
            rows="4"
            maxlength=${MAX_TEXT}
            aria-describedby=${d.ids}
            aria-invalid=${d.invalid}
            .value=${value}
            @input=${f.onInput}
          ></textarea>`
        : html`<input
            id=${name}
            name=${name}
            class=${options.width ?? ''}
            type="text"
            autocomplete="off"
            maxlength=${MAX_TEXT}
            aria-describedby=${d.ids}
            aria-invalid=${d.invalid}
            .value=${value}
            @input=${f.onInput}
          />`
    }
  </div>`;
}

/** A radio group in a fieldset; the legend carries the question, nothing is pre-selected. */
export function radios(
  f: FormHost,
  name: keyof SitInPlan,
  legend: string,
  labels: Record<string, string>,
  hint = '',
  /** Short answers (Yes, No, Not sure) side by side, so a group of questions fits a phone screen. */
  inline = false,
) {
  const d = describe(f, name, hint);
  return html`<fieldset class="field ${d.invalid === 'true' ? 'field-error' : ''}" aria-describedby=${d.ids}>
    <legend class="label">${legend}</legend>
    ${d.html}
    <div class="choices ${inline ? 'inline' : ''}">
      ${Object.entries(labels).map(
        ([value, label]) =>
          html`<div class="choice">
            <input
              type="radio"
              id="${name}-${value}"
              name=${name}
              value=${value}
              .checked=${f.plan[name] === value}
              @change=${f.onInput}
            />
            <label for="${name}-${value}">${label}</label>
          </div>`,
      )}
    </div>
  </fieldset>`;
}

/** A checkbox group in a fieldset for a set of ids (`rules`, `gestures`). */
export function checkboxes(
  f: FormHost,
  list: 'rules' | 'gestures',
  prefix: string,
  legend: string,
  labels: Record<string, string>,
  errorField: string,
) {
  const d = describe(f, list, '', errorField);
  const chosen: string[] = f.plan[list];
  return html`<fieldset class="field ${d.invalid === 'true' ? 'field-error' : ''}" aria-describedby=${d.ids}>
    <legend class="label">${legend}</legend>
    ${d.html}
    <div class="choices">
      ${Object.entries(labels).map(
        ([id, label]) =>
          html`<div class="choice">
            <input
              type="checkbox"
              id="${prefix}-${id}"
              .checked=${chosen.includes(id)}
              @change=${(e: Event) => f.toggle(list, id, (e.target as HTMLInputElement).checked)}
            />
            <label for="${prefix}-${id}">${label}</label>
          </div>`,
      )}
    </div>
  </fieldset>`;
}
