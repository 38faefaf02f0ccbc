/** Two options side by side (the `compare` attribute): loaded only on pages that ask for it. */
import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { priceItem, type QuoteLine } from '../../model/pricing.js';
import type { FeeItem } from '../../model/fee-types.js';
import type { FeeViewContext } from '../context.js';

export const viewStyles = css`
  /* Narrow: as the breakdown, each row's name across and the two prices beneath their options. */
  @media (width < 32rem) {
    .compare {
      display: grid;
      grid-template-columns: repeat(2, auto);
      font-size: 0.875em;
    }
    .compare :is(caption, thead, tbody, tr, tr > :first-child) {
      grid-column: 1 / -1;
    }
    .compare :is(thead, tbody, tr) {
      display: grid;
      grid-template-columns: subgrid;
    }
    .compare tr > :first-child {
      padding: 0;
      border: 0;
    }
  }
`;

/** Two options side by side, per place and for everyone (no discounts). */
export function renderCompare(c: FeeViewContext, items: FeeItem[]) {
  if (items.length !== 2) return nothing;
  const n = c.session.participants;
  const perPlace = items.map((item) => priceItem(c.config, item, 1));
  const totals = items.map((item) => priceItem(c.config, item, n));
  const amount = (line: QuoteLine, value: number) =>
    line.item.priceOnRequest ? msg('Price on request') : c.money(value);
  const row = (label: string, cells: string[]) =>
    html`<tr>
      <th scope="row">${label}</th>
      ${cells.map((cell) => html`<td>${cell}</td>`)}
    </tr>`;
  return html`<table part="compare" class="compare">
    <caption>
      ${msg('Compare options (before any discounts)')}
    </caption>
    <thead>
      <tr>
        <td></td>
        ${items.map((item) => html`<th scope="col">${item.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${row(
        msg('Price per place, excluding VAT'),
        perPlace.map((l) => amount(l, l.net)),
      )}
      ${row(
        msg('VAT per place'),
        perPlace.map((l) => amount(l, l.vat)),
      )}
      ${row(
        msg('Price per place, including VAT'),
        perPlace.map((l) => amount(l, l.gross)),
      )}
      ${row(
        n === 1
          ? msg('Total for 1 participant, including VAT')
          : msg(str`Total for ${n} participants, including VAT`),
        totals.map((l) => amount(l, l.gross)),
      )}
      ${row(
        msg('Notes'),
        items.map((item) => c.notes.get(item.id)?.textContent?.trim() ?? item.note ?? ''),
      )}
    </tbody>
  </table>`;
}
