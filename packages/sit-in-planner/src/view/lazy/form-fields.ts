import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { MAX_TEXT, type SitInPlan } from '../../model/plan.js';
import { errorMessage } from '../../content/errors.js';
import type { FormContext } from '../context.js';

/** Writes `input.name = input.value` into the plan (text inputs, radios). */
export const onInput = (f: FormContext) => (e: Event) => {
  const input = e.target as HTMLInputElement;
  f.setField(input.name, input.value);
};

/** Hint and error paragraphs for `id`, and the value for `aria-describedby`. */
export function describe(f: FormContext, id: string, hint = '', errorField = id) {
  const found = f.errors.find((e) => e.field === errorField);
  const error = found && errorMessage(found);
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
  f: FormContext,
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
            @input=${onInput(f)}
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
            @input=${onInput(f)}
          />`
    }
  </div>`;
}

/** A radio group in a fieldset; the legend carries the question, nothing is pre-selected. */
export function radios(
  f: FormContext,
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
              @change=${onInput(f)}
            />
            <label for="${name}-${value}">${label}</label>
          </div>`,
      )}
    </div>
  </fieldset>`;
}

/** A checkbox group in a fieldset for a set of ids (`rules`, `gestures`). */
export function checkboxes(
  f: FormContext,
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
