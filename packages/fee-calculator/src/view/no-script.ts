/**
 * The fee calculator for readers without JavaScript (a blocked CDN, an old browser, a CSP
 * mistake): the price table, every option with its published price and note, VAT as `show-vat`
 * says, and the quote for the options in `selected`. Rendered at build time by
 * scripts/prerender.js (never part of a browser bundle), from attributes only, with the same
 * session, views and formatting as the element: nothing here works out or words a price itself.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { attributeText as text } from '@nvr-widgets/core/pure.js';
import { builtInFees } from '../content/fee-content.js';
import { formatMoney } from '../model/money.js';
import type { FeeConfig, FeeItem } from '../model/fee-types.js';
import { FeeSession } from '../state/fee-session.js';
import { renderBreakdown } from './breakdown.js';
import type { FeeViewContext } from './context.js';
import { optionGroups, unitPrice } from './form.js';
import { noPrices } from './lazy/editor-list.js';

/** What prerender passes: attribute values, `true` for one given without a value. */
export type NoScriptAttributes = Record<string, string | true>;

const value = (attributes: NoScriptAttributes, name: string) => {
  const given = attributes[name];
  return given === true ? '' : text(given);
};

/**
 * The no-script view of `<nvr-fee-calculator attributes…>`. An editor's price list (`config-src`,
 * or JSON added to the snippet) is read in the browser only, so without JavaScript it cannot be
 * shown: the reader is told to contact the provider, never shown the built-in list's prices.
 */
export function renderNoScript(attributes: NoScriptAttributes, inline?: string): TemplateResult {
  // An editor's own list (config-src, or inline JSON from `npm run prerender -- --inline`) is read
  // by the script: never show the built-in prices in its place.
  if (value(attributes, 'config-src') || inline !== undefined) return noPrices();
  const c = context(builtInFees(), attributes);
  if (!c) return noPrices();
  // The quote only when options were chosen: its empty state asks for a choice the reader cannot make.
  return html`${renderPriceTable(c)} ${c.session.items.length ? renderBreakdown(c) : nothing}`;
}

/** The element's view context for a fixed selection: no callbacks, nothing to interact with. */
function context(config: FeeConfig, attributes: NoScriptAttributes): FeeViewContext | undefined {
  // Problems with the attributes are the element's to report (it renders beside this view).
  const session = new FeeSession(
    () => {},
    () => {},
  );
  session.setConfig(config, value(attributes, 'selected'), value(attributes, 'participants'));
  const vat = value(attributes, 'show-vat');
  if (vat) session.setVat(vat);
  // The built-in list has no dated discounts: the build day's date changes no price.
  const quote = session.quote();
  if (!quote) return undefined;
  const lang = value(attributes, 'lang') || 'en-GB';
  const none = () => {};
  return {
    config,
    quote,
    session,
    // No visitor, so no date: no view of the built-in list reads one.
    today: '',
    lang,
    money: (minor) => formatMoney(minor, config.currency, config.digits, lang),
    notes: new Map(),
    onToggle: none,
    onParticipants: none,
    onVat: none,
    onCode: none,
    onBook: none,
  };
}

/** Every option with its price, in its group: a table with a caption and row and column headers. */
function renderPriceTable(c: FeeViewContext) {
  return html`<table class="prices">
    <caption>
      ${c.config.title ?? msg('Prices')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${msg('Option')}</th>
        <th scope="col">${msg('Price')}</th>
      </tr>
    </thead>
    ${optionGroups(c.config.items).map(
      ([name, items]) =>
        html`<tbody>
          <tr>
            <th scope="rowgroup" colspan="2" class="group">${name}</th>
          </tr>
          ${items.map((item) => renderRow(c, item))}
        </tbody>`,
    )}
  </table>`;
}

function renderRow(c: FeeViewContext, item: FeeItem) {
  return html`<tr>
    <th scope="row">${item.label} ${item.note ? html`<span class="small">${item.note}</span>` : nothing}</th>
    <td>${unitPrice(c, item)}</td>
  </tr>`;
}

/**
 * Its styles: only in the stylesheet pre-rendered snippets link to (dist/cdn/<tag>.css, written by
 * scripts/prerender.js), never in the script, since only pre-rendered pages ever show this view.
 */
export const noScriptStyles = css`
  /* The no-script view (shown only if the script never runs): the price table, then the quote. */
  .no-script > * + * {
    margin-block-start: var(--_nvr-space);
  }
  .prices .group {
    background: var(--nvr-fee-calculator-stripe, var(--_nvr-color-surface-alt));
  }
`;
