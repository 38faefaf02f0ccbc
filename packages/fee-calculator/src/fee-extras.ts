/**
 * The parts of `<nvr-fee-calculator>` most pages never show: discounts and the code field, the
 * comparison of two options, and the editor's problem box. Loaded on demand (with editor JSON, a
 * `compare` attribute or `debug`), so the built-in price list stays within its size budget.
 */
import { css, html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { emit, type ConfigProblems } from '@nvr-widgets/core';
import { bookingHref } from './model/booking.js';
import { priceItem, type Quote, type QuoteLine } from './model/pricing.js';
import { computeQuote, discountBlocker, today } from './model/quote.js';
import { idList } from './model/selection.js';
import type { FeeConfig, FeeDiscount, FeeItem } from './model/fee-types.js';

/** Styles of these views, adopted by the element when they load. */
export const styles = css`
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
  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .problems {
    padding: var(--_nvr-space);
    border: 4px solid var(--_nvr-color-accent);
  }
  .problems p,
  .discounts > p:first-child {
    font-weight: 700;
  }
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
  .book {
    border-color: var(--_nvr-color-accent);
    background: var(--_nvr-color-accent);
    color: var(--_nvr-color-accent-text);
    text-decoration: none;
  }
`;

/** Adds these views' styles to the element's (a constructed sheet: allowed under a strict CSP). */
export function adoptStyles(root: ShadowRoot): void {
  const sheets = [...root.adoptedStyleSheets, styles.styleSheet!];
  root.adoptedStyleSheets = sheets;
  // WebKit (2.50) then matches the other sheets' media queries against the viewport they were
  // first used at: after a phone turns, the breakdown would not stack. Once styles are resolved,
  // assigning the list again makes it evaluate them afresh.
  root.host.getBoundingClientRect();
  root.adoptedStyleSheets = [...sheets];
}

/**
 * The element as these views and the editor loader see it: its attributes and internal state.
 * Editor-only plumbing lives here rather than in the element, so the first load stays small.
 */
export interface FeeHost extends HTMLElement {
  problems: ConfigProblems;
  effectiveLang: string;
  config?: unknown;
  configSrc?: string;
  compare?: string;
  now?: Date;
  _config?: FeeConfig;
  _problems: string[];
  _items: string[];
  _participants: number;
  _code: string;
  _notes: Map<string, DocumentFragment>;
  _loadToken: number;
  _loadExtras(): Promise<unknown>;
  _money(minor: number): string;
}

/** Warns once and dispatches `nvr-config-error` (core), and lists the problem for the debug box. */
export function report(host: FeeHost, field: string, problem: string): void {
  host.problems.report(field, problem);
  host._problems = [...new Set([...host._problems, `${field}: ${problem}`])];
}

/** The quote with the editor's discounts, as of the visitor's date (or the element's clock). */
export const quote = (host: FeeHost): Quote =>
  computeQuote(host._config!, {
    items: host._items,
    participants: host._participants,
    code: host._code,
    today: today(host.now),
  });

/** What the views need from the element. */
export interface ExtrasContext {
  config: FeeConfig;
  participants: number;
  /** The applied discount code ('' for none). */
  code: string;
  today: string;
  lang: string;
  money: (minor: number) => string;
  /** Editor notes rendered from Markdown, by item id. */
  notes: Map<string, DocumentFragment>;
}

export const context = (host: FeeHost): ExtrasContext => ({
  config: host._config!,
  participants: host._participants,
  code: host._code,
  today: today(host.now),
  lang: host.effectiveLang,
  money: (minor) => host._money(minor),
  notes: host._notes,
});

const date = (c: ExtrasContext, isoDate: string) =>
  new Intl.DateTimeFormat(c.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );

/** "Prices as published on 1 February 2026.", when the editor gave the date. */
export function publishedLine(c: ExtrasContext) {
  const published = c.config.pricesPublished;
  return published ? msg(str`Prices as published on ${date(c, published)}.`) : nothing;
}

/** Reports what is wrong with an attribute's value, for the editor. */
export function attributeProblem(host: FeeHost, attribute: string, value: string): void {
  const range = host._config?.participants;
  report(
    host,
    attribute,
    attribute === 'show-vat'
      ? `"${value}" is not "excluding" or "including"`
      : attribute === 'participants'
        ? `"${value}" is not a whole number from ${range?.min} to ${range?.max}; using ${host._participants}`
        : `"${value}" is not the id of an item; ignored`,
  );
}

/** Reports the `compare` ids that are not items, when they or the list change. */
export function checkCompare(host: FeeHost, changed: PropertyValues): void {
  if (['_config', '_extras', 'compare'].some((p) => changed.has(p)))
    compared(host._config!, idList(host.compare)).unknown.forEach((id) =>
      attributeProblem(host, 'compare', id),
    );
}

/** For visitors when an editor's price list could not be read at all (the box says why). */
export const noPrices = () =>
  html`<p>${msg('The prices cannot be shown just now. Please contact the course provider.')}</p>`;

export function renderProblems(problems: string[]) {
  if (!problems.length) return nothing;
  return html`<div part="problems" class="problems" role="region" aria-labelledby="problems-title">
    <p id="problems-title">${msg('There is a problem with this price list')}</p>
    <ul>
      ${problems.map((p) => html`<li>${p}</li>`)}
    </ul>
  </div>`;
}

/** The discount code field and what the code did, or nothing when no discount needs a code. */
function renderCodeField(c: ExtrasContext, apply: (code: string) => void) {
  if (!c.config.discounts.some((d) => d.code)) return nothing;
  const code = c.code.toLowerCase();
  const matching = c.config.discounts.filter((d) => d.code?.toLowerCase() === code);
  let status = '';
  if (code && !matching.length) status = msg('That code was not recognised. Check it and try again.');
  else if (matching.length) {
    const blocked = matching.map((d) => [d, discountBlocker(d, c)] as const);
    const [d, why] = blocked.find(([, b]) => !b) ?? blocked[0];
    status =
      why === 'expired'
        ? msg(str`That code ended on ${date(c, d.validUntil!)}.`)
        : why === 'participants'
          ? msg(str`That code needs ${d.minParticipants} or more participants.`)
          : msg(str`Code applied: ${d.label}.`);
  }
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    apply(((event.target as HTMLFormElement).elements.namedItem('code') as HTMLInputElement).value.trim());
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
export function renderDiscounts(c: ExtrasContext, apply: (code: string) => void) {
  if (!c.config.discounts.length) return nothing;
  return html`${renderCodeField(c, apply)}
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

function discountTerms(c: ExtrasContext, d: FeeDiscount): string {
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
export function lineDiscounts(c: ExtrasContext, line: QuoteLine) {
  return line.discounts.map(
    ({ discount, amount }) => html`<br />${discount.label}: <bdi>−${c.money(amount)}</bdi>`,
  );
}

/** Footer rows between the lines and the total: subtotal before discounts, then the discounts. */
export function discountRows(c: ExtrasContext, quote: Quote) {
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

/** The items named by `compare`, and the names that are not items. */
export function compared(config: FeeConfig, ids: string[]): { items: FeeItem[]; unknown: string[] } {
  const items = ids.flatMap((id) => config.items.find((item) => item.id === id) ?? []);
  return { items, unknown: ids.filter((id) => !items.some((item) => item.id === id)) };
}

/** Two options side by side, per place and for everyone (no discounts). */
export function renderCompare(c: ExtrasContext, ids: string[]) {
  const { items } = compared(c.config, ids);
  if (items.length !== 2) return nothing;
  const n = c.participants;
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
export function renderBook(c: ExtrasContext, items: string[], host: HTMLElement) {
  if (!c.config.bookingUrl || !items.length) return nothing;
  const href = bookingHref(c.config.bookingUrl, items, c.participants, c.code);
  if (!href) return nothing;
  const book = (event: Event) =>
    emit(host, 'nvr-fee-book', { url: (event.currentTarget as HTMLAnchorElement).href });
  return html`<a part="book" class="button book" href=${href} @click=${book}
    >${msg('Book these options')}</a
  >`;
}
