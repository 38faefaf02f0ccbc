/**
 * The parts only an editor's price list has: discounts and the code field, prices on request,
 * the booking link, the published date, and the message when no price can be shown. Loaded with
 * editor JSON, so the built-in list stays within its size budget.
 */
import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { bookingHref } from '../../model/booking.js';
import { discountBlocker } from '../../model/quote.js';

// The discount rules travel with the views that show them.
export { computeQuote } from '../../model/quote.js';
import type { Quote, QuoteLine } from '../../model/pricing.js';
import type { FeeDiscount } from '../../model/fee-types.js';
import type { FeeViewContext } from '../context.js';

export const viewStyles = css`
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .status {
    color: var(--_nvr-color-text-muted);
  }
  .status:empty {
    display: none;
  }
  .discounts ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .discounts > p:first-child {
    font-weight: 700;
  }
  .book {
    border-color: var(--_nvr-color-accent);
    background: var(--_nvr-color-accent);
    color: var(--_nvr-color-accent-text);
    text-decoration: none;
  }
`;

const date = (c: FeeViewContext, isoDate: string) =>
  new Intl.DateTimeFormat(c.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );

/** "Prices as published on 1 February 2026.", when the editor gave the date. */
export function publishedLine(c: FeeViewContext) {
  const published = c.config.pricesPublished;
  return published ? msg(str`Prices as published on ${date(c, published)}.`) : nothing;
}

/** For visitors when an editor's price list could not be read at all (the console says why). */
export const noPrices = () =>
  html`<p>${msg('The prices cannot be shown just now. Please contact the course provider.')}</p>`;

/** The discount code field and what the code did, or nothing when no discount needs a code. */
function renderCodeField(c: FeeViewContext) {
  if (!c.config.discounts.some((d) => d.code)) return nothing;
  const code = c.session.code.toLowerCase();
  const matching = c.config.discounts.filter((d) => d.code?.toLowerCase() === code);
  let status = '';
  if (code && !matching.length) status = msg('That code was not recognised. Check it and try again.');
  else if (matching.length) {
    const selection = { participants: c.session.participants, code: c.session.code, today: c.today };
    const blocked = matching.map((d) => [d, discountBlocker(d, selection)] as const);
    const [d, why] = blocked.find(([, b]) => !b) ?? blocked[0];
    status =
      why === 'expired' && d.validUntil
        ? msg(str`That code ended on ${date(c, d.validUntil)}.`)
        : why === 'participants'
          ? msg(str`That code needs ${d.minParticipants} or more participants.`)
          : msg(str`Code applied: ${d.label}.`);
  }
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const field = (event.target as HTMLFormElement).elements.namedItem('code');
    if (field instanceof HTMLInputElement) c.onCode(field.value);
  };
  return html`<form class="no-print" @submit=${submit}>
    <label for="code">${msg('Discount code (optional)')}</label>
    <div class="inline">
      <input
        id="code"
        name="code"
        type="text"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="code-status"
      />
      <button class="button" type="submit">${msg('Apply')}</button>
    </div>
    <p class="status" id="code-status" aria-live="polite">${status}</p>
  </form>`;
}

/**
 * The code field (when a discount needs a code), then the discounts on offer, their terms, and how
 * they combine (stated for the visitor).
 */
export function renderDiscounts(c: FeeViewContext) {
  if (!c.config.discounts.length) return nothing;
  return html`${renderCodeField(c)}
    <div class="discounts">
      <p>${msg('Discounts')}</p>
      <ul>
        ${c.config.discounts.map((d) => html`<li>${d.label}: ${discountTerms(c, d)}</li>`)}
      </ul>
      <p class="small">
        ${
          c.config.stacking === 'best'
            ? msg('If more than one discount applies, you get only the one that saves you most.')
            : msg(
                'Discounts combine: each one, in the order above, comes off what is left after the one before.',
              )
        }
        ${msg('Discounts come off the price before VAT.')}
      </p>
    </div>`;
}

function discountTerms(c: FeeViewContext, d: FeeDiscount): string {
  const terms = [
    d.type === 'percent'
      ? msg(
          str`${new Intl.NumberFormat(c.lang, { style: 'percent', maximumFractionDigits: 4 }).format(d.value / 1_000_000)} off`,
        )
      : msg(str`${c.money(d.value)} off each place`),
  ];
  if (d.appliesTo) {
    const labels = d.appliesTo.map((id) => c.config.items.find((i) => i.id === id)?.label ?? id);
    terms.push(msg(str`on ${labels.join(', ')}`));
  }
  if (d.minParticipants) terms.push(msg(str`for ${d.minParticipants} or more participants`));
  if (d.validUntil) terms.push(msg(str`if you book by ${date(c, d.validUntil)}`));
  if (d.code) terms.push(msg('with a code'));
  return terms.join(', ');
}

/** Under a line's name: what each discount took off it. */
export function lineDiscounts(c: FeeViewContext, line: QuoteLine) {
  return line.discounts.map(
    ({ discount, amount }) => html`<br />${discount.label}: <bdi>−${c.money(amount)}</bdi>`,
  );
}

/** Footer rows between the lines and the total: subtotal before discounts, then the discounts. */
export function discountRows(c: FeeViewContext) {
  const { quote } = c;
  if (!quote.discount) return nothing;
  // Isolated, so a right-to-left page keeps the minus sign before the amount.
  const row = (label: string, amount: string) =>
    html`<tr>
      <th scope="row">${label}</th>
      <td><bdi>${amount}</bdi></td>
      <td></td>
      <td></td>
    </tr>`;
  return html`${row(msg('Subtotal before discounts'), c.money(quote.subtotal))}
  ${row(msg('Discounts'), `−${c.money(quote.discount)}`)}`;
}

/** Chosen items without a published price: listed, but not in the totals. */
export function onRequestRows(quote: Quote) {
  return quote.onRequest.map(
    (item) =>
      html`<tr>
        <th scope="row">${item.label}</th>
        <td colspan="3">${msg('Price on request')}</td>
      </tr>`,
  );
}

/** The provider's booking link with the selection filled in, when there is one and a choice. */
export function renderBook(c: FeeViewContext) {
  const { items, participants, code } = c.session;
  if (!c.config.bookingUrl || !items.length) return nothing;
  const href = bookingHref(c.config.bookingUrl, items, participants, code);
  if (!href) return nothing;
  const book = (event: Event) => c.onBook((event.currentTarget as HTMLAnchorElement).href);
  return html`<a part="book" class="button book" href=${href} @click=${book}
    >${msg('Book these options')}</a
  >`;
}
