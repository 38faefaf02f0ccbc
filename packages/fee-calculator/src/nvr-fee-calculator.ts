import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { NvrElement, childScriptText, emit } from '@nvr-widgets/core';
import { builtInFees } from './content/fee-content.js';
import { formatMoney } from './model/money.js';
import { buildQuote, priceItem, type Quote } from './model/pricing.js';
import { clampParticipants, deselectItem, idList, selectItem, selectionFrom } from './model/selection.js';
import type { FeeConfig, FeeItem } from './model/fee-types.js';
import type { ExtrasContext, FeeHost } from './fee-extras.js';
import { styles } from './nvr-fee-calculator.styles.js';
import './events.js';

type Extras = typeof import('./fee-extras.js');

/** Internal reactive state (kept apart so the manifest does not list it as attributes). */
const STATE = {
  _config: { state: true },
  _problems: { state: true },
  _items: { state: true },
  _participants: { state: true },
  _badCount: { state: true },
  _code: { state: true },
  _vat: { state: true },
  _notes: { state: true },
  _extras: { state: true },
};

/** What the breakdown and the live region say while nothing is chosen. */
const prompt = () => msg('Choose an option above to see its price.');

/** How long the total must stay unchanged before it is announced (not on every keystroke). */
const ANNOUNCE_DELAY_MS = 1000;

/**
 * A provider's course options and exact prices: options in groups, participants, a discount
 * code and a live breakdown (net, VAT and gross per line; subtotal, discounts, VAT and total),
 * exact to the minor unit. With no configuration it shows the NVR Certificate Course fees as
 * published. Editors configure it with JSON: a child `<script type="application/json">`,
 * `config-src`, or the `config` property (see docs/fee-calculator.md).
 *
 * @tag nvr-fee-calculator
 *
 * @event {CustomEvent<NvrFeeChangeDetail>} nvr-fee-change - The quote was first shown or changed: `{currency, participants, items, discounts, net, vat, gross, dueLater}`, amounts in integer minor units; `gross` includes `dueLater`, the part that may be charged later.
 * @event {CustomEvent<NvrFeeBookDetail>} nvr-fee-book - The visitor followed the booking link: `{url}`.
 * @event {CustomEvent<NvrConfigErrorDetail>} nvr-config-error - The configuration had a problem: `{widget, field, problem}` with a JSON path such as `items[2].price`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart title - The price list's title.
 * @csspart options - The form with the options, participants, discount code and VAT toggle.
 * @csspart group - One fieldset of options.
 * @csspart option - One option: its input, label and price.
 * @csspart note - An option's note.
 * @csspart breakdown - The table of lines and totals.
 * @csspart total - The total to pay (when booking, if some items may be charged later).
 * @csspart compare - The side-by-side comparison of two options.
 * @csspart book - The "Book these options" link.
 * @csspart print - The "Print quote" button.
 * @csspart problems - The box listing configuration problems (with `debug`).
 *
 * @cssprop [--nvr-fee-calculator-total-size=1.375em] - Font size of the total to pay.
 * @cssprop [--nvr-fee-calculator-stripe=var(--nvr-color-surface-alt)] - Background of the table heads and total rows.
 * @cssprop [--nvr-fee-calculator-reserve] - Height reserved before the script runs; see docs/placeholder.css.
 */
export class NvrFeeCalculator extends NvrElement {
  static override styles = [...NvrElement.styles, styles];
  // Declared here rather than with decorators: fewer bytes for the same reactive properties.
  static override properties = {
    ...STATE,
    config: { attribute: false },
    configSrc: { attribute: 'config-src' },
    showVat: { attribute: 'show-vat' },
    participants: {},
    selected: {},
    compare: {},
    debug: { type: Boolean },
    now: { attribute: false },
  };

  declare private _config?: FeeConfig;
  /** Every problem reported, as `field: problem`, for the debug box. */
  private _problems: string[] = [];
  private _items: string[] = [];
  private _participants = 1;
  /** The participants field holds something that is not an allowed number (yet). */
  private _badCount = false;
  /** The applied discount code (read by the extras). */
  protected _code = '';
  private _vat: 'excluding' | 'including' = 'excluding';
  /** Editor notes rendered from Markdown, by item id (plain text until they load). */
  private _notes = new Map<string, DocumentFragment>();
  /** Discount, comparison and problem views, loaded when a page needs them. */
  declare private _extras?: Extras;

  /** The price list as a JavaScript object (same shape as the JSON); wins over `config-src`. */
  declare config?: unknown;

  /** URL of the price list JSON (https:, http: or relative). */
  declare configSrc?: string;

  /** Show option prices `excluding` (default) or `including` VAT; the visitor can switch. */
  declare showVat?: string;

  /** Number of participants to start with. */
  declare participants?: string;

  /** Comma list of item ids chosen to start with. */
  declare selected?: string;

  /** Two item ids to show side by side, e.g. `foundation-supervision,foundation`. */
  declare compare?: string;

  /** Show configuration problems in a box above the widget, for the editor. */
  debug = false;

  /** The visitor's current date and time (for early-bird deadlines); the clock when unset. */
  declare now?: Date;

  private _loadToken = 0;
  private _announceTimer?: ReturnType<typeof setTimeout>;
  /** The last `nvr-fee-change` detail sent, as JSON (none before the first). */
  private _lastDetail?: string;
  /** What the status region last said (or would have said on first view): each thing once. */
  private _spoken?: string;

  protected override willUpdate(changed: PropertyValues): void {
    const vat = this.showVat;
    if (changed.has('showVat') && vat !== undefined) {
      if (vat === 'excluding' || vat === 'including') this._vat = vat;
      else this._attributeProblem('show-vat', vat);
    }
    if (!this.hasUpdated || changed.has('config') || changed.has('configSrc')) void this._load();
    const config = this._config;
    if (!config) return;
    if (changed.has('_config') || changed.has('selected')) {
      const { items, unknown } = selectionFrom(config, idList(this.selected));
      unknown.forEach((id) => this._attributeProblem('selected', id));
      this._items = items;
    }
    if (changed.has('_config') || changed.has('participants')) {
      const wanted = this.participants ?? config.participants.default;
      this._participants = clampParticipants(config, Number(wanted));
      if (this._participants !== Number(wanted)) this._attributeProblem('participants', `${wanted}`);
      this._badCount = false;
    }
    const x = this._extras;
    x?.checkCompare(this._host(), changed);
    if (!x && (this.compare || this.debug)) void this._loadExtras();
  }

  /** This element as the lazy modules see it: their code reads and writes its internal state. */
  private _host(): FeeHost {
    return this as unknown as FeeHost;
  }

  /** Attribute mistakes are rare: their wording (and the reporting) loads with the extras. */
  private async _attributeProblem(attribute: string, value: string): Promise<void> {
    (await this._loadExtras()).attributeProblem(this._host(), attribute, value);
  }

  protected override updated(): void {
    // The selection rules may change other boxes than the one clicked: the DOM follows the state.
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[data-id]')) {
      input.checked = this._items.includes(input.dataset.id!);
    }
    const quote = this._quote();
    if (!quote || !this._config) return;
    // No quote for a count that is not allowed: the problem is announced instead.
    if (this._badCount) return this._announceSoon();
    const detail = {
      currency: this._config.currency ?? '',
      participants: quote.participants,
      items: quote.lines.map(({ item, quantity, net, vat, gross }) => ({
        id: item.id,
        quantity,
        net,
        vat,
        gross,
      })),
      discounts: quote.discounts.map(({ discount, amount }) => ({ id: discount.id, amount })),
      net: quote.net,
      vat: quote.vat,
      gross: quote.gross,
      dueLater: quote.later.gross,
    };
    const key = JSON.stringify(detail);
    if (key === this._lastDetail) return;
    const first = !this._lastDetail;
    this._lastDetail = key;
    emit(this, 'nvr-fee-change', detail);
    // Announce once the visitor pauses, not on the first render (nothing has changed yet).
    if (first) this._spoken ??= this._announcement();
    else this._announceSoon();
  }

  /**
   * What the status region would say now: the participants problem, else what the visitor sees:
   * the total in words, or the prompt when nothing is chosen.
   */
  private _announcement(): string {
    const root = this.renderRoot;
    const shown = this._badCount ? '#participants-error' : '[part=total], .prompt';
    return root.querySelector(shown)?.textContent!.trim() ?? '';
  }

  /** Says the announcement once the visitor pauses, unless it was the last thing said. */
  private _announceSoon(): void {
    // A pending announcement on a removed element only writes to a detached node: harmless.
    clearTimeout(this._announceTimer);
    // The region's text is written directly: it is not part of the template, so Lit leaves it be.
    this._announceTimer = setTimeout(() => {
      const text = this._announcement();
      if (!text || text === this._spoken) return;
      this._spoken = text;
      this.renderRoot.querySelector('[role=status]')!.textContent = text;
    }, ANNOUNCE_DELAY_MS);
  }

  private async _loadExtras(): Promise<Extras> {
    if (this._extras) return this._extras;
    const extras = await import('./fee-extras.js');
    extras.adoptStyles(this.renderRoot as ShadowRoot);
    return (this._extras = extras);
  }

  /** Editor JSON (property, URL or inline script) when there is some, else the built-in list. */
  private async _load(): Promise<void> {
    const token = ++this._loadToken;
    const inline = childScriptText(this, 'application/json');
    if (this.config === undefined && !this.configSrc && inline === undefined) {
      this._config = builtInFees();
      return;
    }
    await (await import('./editor-config.js')).loadInto(this._host(), inline, token);
  }

  private _quote(): Quote | undefined {
    const config = this._config;
    if (!config) return undefined;
    // Discount rules come with the extras: only editor JSON has discounts, and it loads them first.
    return this._extras
      ? this._extras.quote(this._host())
      : buildQuote(config, { items: this._items, participants: this._participants }, []);
  }

  private _money(minor: number): string {
    const config = this._config!;
    return formatMoney(minor, config.currency, config.digits, this.effectiveLang);
  }

  /** Money in running text, isolated so a right-to-left page cannot reorder its symbol and digits. */
  private _bdi(minor: number) {
    return html`<bdi>${this._money(minor)}</bdi>`;
  }

  private _onToggle(item: FeeItem, checked: boolean): void {
    const config = this._config!;
    this._items = checked
      ? selectItem(config, this._items, item.id)
      : deselectItem(config, this._items, item.id);
  }

  /**
   * An allowed number updates the quote at once. Anything else (out of range, not whole, empty)
   * is flagged and announced, with no total until it is fixed: what the visitor typed is never
   * changed behind their back, and no quote is shown for a number they did not ask for.
   */
  private _onParticipants(event: Event): void {
    const input = event.target as HTMLInputElement;
    const config = this._config!;
    // A number field holding something unparseable ("2,5", "e") reports an empty value.
    const n = input.value.trim() ? Number(input.value) : NaN;
    const ok = Number.isInteger(n) && n === clampParticipants(config, n);
    if (ok) this._participants = n;
    this._badCount = !ok;
  }

  override render() {
    const config = this._config;
    const quote = this._quote();
    // Editor JSON is still loading (10 s at most): say so, never a flash of the built-in prices.
    if (!config || !quote)
      return html`<div part="base" class="base" aria-busy="true"><p>${msg('Loading…')}</p></div>`;
    const x = this._extras;
    const c = x?.context(this._host());
    return html`<div part="base" class="base" lang=${this.settings.locale ?? nothing}>
      ${this.debug ? x?.renderProblems(this._problems) : nothing}
      ${config.title ? html`<p part="title" class="title">${config.title}</p>` : nothing}
      ${
        // No valid item at all: say so, and no quote of 0.00 that could read as "free".
        config.items.length
          ? html`${this._renderForm(config)} ${x?.renderDiscounts(c!, (code) => (this._code = code))}
              ${
                // No amounts for a number of participants the visitor did not ask for.
                this._badCount
                  ? nothing
                  : html`${this._renderBreakdown(quote, c)} ${x?.renderCompare(c!, idList(this.compare))}`
              }
              <div class="actions no-print">
                ${this._badCount ? nothing : x?.renderBook(c!, this._items, this)}
                <button part="print" class="button" type="button" @click=${() => window.print()}>
                  ${msg('Print quote')}
                </button>
              </div>`
          : x?.noPrices()
      }
      <div class="visually-hidden" role="status"></div>
    </div>`;
  }

  private _renderForm(config: FeeConfig) {
    const groups = new Map<string, FeeItem[]>();
    for (const item of config.items) {
      const name = item.group ?? msg('Options');
      groups.set(name, [...(groups.get(name) ?? []), item]);
    }
    const { min, max } = config.participants;
    return html`<form part="options" class="no-print" @submit=${(e: Event) => e.preventDefault()}>
      ${[...groups].map(([name, items], g) => this._renderGroup(config, name, items, g))}
      <div>
        <label for="participants">${msg('Number of participants')}</label>
        <input
          id="participants"
          type="number"
          min=${min}
          max=${max}
          .value=${String(this._participants)}
          aria-invalid=${this._badCount}
          aria-describedby="participants-error"
          @input=${this._onParticipants}
          @change=${this._onParticipants}
        />
        <p class="error" id="participants-error">
          ${this._badCount ? msg(str`Enter a whole number from ${min} to ${max}.`) : nothing}
        </p>
      </div>
      <label class="option">
        <input
          type="checkbox"
          .checked=${this._vat === 'including'}
          @change=${(e: Event) => (this._vat = (e.target as HTMLInputElement).checked ? 'including' : 'excluding')}
        />
        <span>${msg('Show prices including VAT')}</span>
      </label>
    </form>`;
  }

  private _renderGroup(config: FeeConfig, name: string, items: FeeItem[], g: number) {
    const radio = items.length > 1 && items[0].group !== undefined;
    // The price is part of each option's name: a screen reader hears it with the choice.
    return html`<fieldset part="group">
      <legend>${name}</legend>
      ${items.map(
        (item) =>
          html`<label part="option" class="option">
              <input
                type=${radio ? 'radio' : 'checkbox'}
                name="group-${g}"
                data-id=${item.id}
                aria-describedby=${item.note ? `note-${item.id}` : nothing}
                @change=${(e: Event) => this._onToggle(item, (e.target as HTMLInputElement).checked)}
              />
              <span>${item.label} <span class="small">${this._unitPrice(config, item)}</span></span>
            </label>
            ${
              item.note
                ? html`<div part="note" class="note small" id="note-${item.id}">
                    ${this._notes.get(item.id) ?? item.note}
                  </div>`
                : nothing
            }`,
      )}
    </fieldset>`;
  }

  /** An option's published price for one place: "£660.00 + VAT = £792.00" or "£792.00 including VAT". */
  private _unitPrice(config: FeeConfig, item: FeeItem) {
    if (item.priceOnRequest) return msg('Price on request');
    const { net, vat, gross } = priceItem(config, item, 1);
    const [n, g] = [this._bdi(net), this._bdi(gross)];
    // As providers publish them: "£660 + VAT = £792", but "£300 incl. VAT" for an inclusive price.
    const price = !vat
      ? g
      : this._vat === 'including' || item.vat === 'inclusive'
        ? msg(html`${g} including VAT`)
        : msg(html`${n} + VAT = ${g}`);
    return item.perParticipant ? price : msg(html`${price} per booking`);
  }

  /** Net, VAT and gross cells of a line or of the totals. */
  private _cells(amounts: { net: number; vat: number; gross: number }) {
    return [amounts.net, amounts.vat, amounts.gross].map((n) => html`<td>${this._bdi(n)}</td>`);
  }

  private _renderBreakdown(quote: Quote, c?: ExtrasContext) {
    const x = c && this._extras;
    // The smallest amount of the currency: "£0.01", "¥1", "BHD 0.001".
    const unit = this._bdi(1);
    const empty = !quote.lines.length && !quote.onRequest.length;
    // Items charged later or on a condition are not part of what is paid when booking.
    const later = quote.later;
    const now = { net: quote.net - later.net, vat: quote.vat - later.vat, gross: quote.gross - later.gross };
    const booking = msg('To pay when booking');
    return html`<table part="breakdown" class="breakdown">
        <caption>
          ${
            // One sentence, not two joined: the table's name ("Your quotefor…" otherwise) and word order.
            quote.participants === 1
              ? msg('Your quote for 1 participant')
              : msg(str`Your quote for ${quote.participants} participants`)
          }
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Item')}</th>
            <th scope="col">${msg('Net')}</th>
            <th scope="col">${msg('VAT')}</th>
            <th scope="col">${msg('Total')}</th>
          </tr>
        </thead>
        <tbody>
          ${quote.lines.map(
            (line) =>
              html`<tr>
                <th scope="row">
                  ${line.item.label}
                  <span class="small"
                    >${line.quantity} × ${this._bdi(line.item.price)}${c && x?.lineDiscounts(c, line)}</span
                  >
                </th>
                ${this._cells(line)}
              </tr>`,
          )}
          ${x?.onRequestRows(quote)}
          ${
            // Nothing chosen: a prompt, not an empty table totalling 0.00 (that could read as "free").
            empty
              ? html`<tr>
                  <td colspan="4" class="prompt">${prompt()}</td>
                </tr>`
              : nothing
          }
        </tbody>
        ${
          empty
            ? nothing
            : html`<tfoot>
                ${c && x?.discountRows(c, quote)}
                <tr class="sum">
                  <th scope="row">${later.gross ? booking : msg('Total')}</th>
                  ${this._cells(now)}
                </tr>
                ${
                  later.gross
                    ? html`<tr class="sum">
                        <th scope="row">${msg('May be charged later')}</th>
                        ${this._cells(later)}
                      </tr>`
                    : nothing
                }
              </tfoot>`
        }
      </table>
      ${
        empty
          ? nothing
          : html`<p part="total" class="total">
              ${msg(html`${later.gross ? booking : msg('Total to pay')}: ${this._bdi(now.gross)}, including ${this._bdi(now.vat)} VAT.`)}
            </p>`
      }
      <p class="small">
        ${msg(html`VAT is worked out on each line after discounts and rounded to the nearest ${unit}; halves round up.`)}
        ${c && x?.publishedLine(c)}
      </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nvr-fee-calculator': NvrFeeCalculator;
  }
}
