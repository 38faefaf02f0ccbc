import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { checked } from '@nvr-widgets/core';
import { priceItem } from '../model/pricing.js';
import type { FeeItem } from '../model/fee-types.js';
import { bdi, type FeeViewContext } from './context.js';

/** The options in their groups, the number of participants and the VAT toggle. */
export function renderForm(c: FeeViewContext) {
  const { min, max } = c.config.participants;
  const { participants, badCount, vat } = c.session;
  const typed = (e: Event) => c.onParticipants((e.target as HTMLInputElement).value);
  return html`<form part="options" class="no-print" @submit=${(e: Event) => e.preventDefault()}>
    ${optionGroups(c.config.items).map(([name, items], g) => renderGroup(c, name, items, g))}
    <div>
      <label for="participants">${msg('Number of participants')}</label>
      <input
        id="participants"
        type="number"
        min=${min}
        max=${max}
        .value=${String(participants)}
        aria-invalid=${badCount}
        aria-describedby="participants-error"
        @input=${typed}
        @change=${typed}
      />
      <p class="error" id="participants-error">
        ${badCount ? msg(str`Enter a whole number from ${min} to ${max}.`) : nothing}
      </p>
    </div>
    <label class="option">
      <input
        type="checkbox"
        ?checked=${vat === 'including'}
        ${checked(vat === 'including')}
        @change=${(e: Event) => c.onVat((e.target as HTMLInputElement).checked)}
      />
      <span>${msg('Show prices including VAT')}</span>
    </label>
  </form>`;
}

/** The options by group name, in the list's order (ungrouped ones under "Options"). */
export function optionGroups(items: FeeItem[]): [string, FeeItem[]][] {
  const groups = new Map<string, FeeItem[]>();
  for (const item of items) {
    const name = item.group ?? msg('Options');
    groups.set(name, [...(groups.get(name) ?? []), item]);
  }
  return [...groups];
}

function renderGroup(c: FeeViewContext, name: string, items: FeeItem[], g: number) {
  const radio = items.length > 1 && items[0].group !== undefined;
  // The price is part of each option's name: a screen reader hears it with the choice. Boxes are
  // checked twice over: the attribute shows a pre-rendered choice before the script runs (a
  // `.checked` binding would be written checked="false"), core's checked() keeps the live state
  // right once a visitor has clicked (the attribute no longer moves a box then).
  return html`<fieldset part="group">
    <legend>${name}</legend>
    ${items.map(
      (item) =>
        html`<label part="option" class="option">
            <input
              type=${radio ? 'radio' : 'checkbox'}
              name="group-${g}"
              data-id=${item.id}
              ?checked=${c.session.items.includes(item.id)}
              ${checked(c.session.items.includes(item.id))}
              aria-describedby=${item.note ? `note-${item.id}` : nothing}
              @change=${(e: Event) => c.onToggle(item.id, (e.target as HTMLInputElement).checked)}
            />
            <span>${item.label} <span class="small">${unitPrice(c, item)}</span></span>
          </label>
          ${
            item.note
              ? html`<div part="note" class="note small" id="note-${item.id}">
                  ${c.notes.get(item.id) ?? item.note}
                </div>`
              : nothing
          }`,
    )}
  </fieldset>`;
}

/**
 * An option's published price for one place: "£660.00 + VAT = £792.00" or "£792.00 including VAT"
 * (also the price column of the no-script view).
 */
export function unitPrice(c: FeeViewContext, item: FeeItem) {
  if (item.priceOnRequest) return msg('Price on request');
  const { net, vat, gross } = priceItem(c.config, item, 1);
  const [n, g] = [bdi(c, net), bdi(c, gross)];
  // As providers publish them: "£660 + VAT = £792", but "£300 incl. VAT" for an inclusive price.
  const price = !vat
    ? g
    : c.session.vat === 'including' || item.vat === 'inclusive'
      ? msg(html`${g} including VAT`)
      : msg(html`${n} + VAT = ${g}`);
  return item.perParticipant ? price : msg(html`${price} per booking`);
}
