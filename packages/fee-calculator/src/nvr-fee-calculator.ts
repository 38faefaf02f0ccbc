import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { NvrElement, emit, loadMarkdown, type ConfigProblem } from '@nvr-widgets/core';
import { builtInFees } from './fee-content.js';
import { bookingHref } from './booking.js';
import { formatMoney } from './money.js';
import { computeQuote, priceItem, type Quote } from './pricing.js';
import { clampParticipants, deselectItem, selectItem, selectionFrom } from './selection.js';
import type { FeeConfig, FeeItem } from './fee-types.js';
import type { ExtrasContext } from './fee-extras.js';
import { styles } from './nvr-fee-calculator.styles.js';
import './events.js';

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
 * @event {CustomEvent<NvrFeeChangeDetail>} nvr-fee-change - The quote changed: `{currency, participants, items, onRequest, discounts, net, vat, gross}`, amounts in integer minor units.
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
 * @csspart total - The total to pay.
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

  @state() private _config?: FeeConfig;
  @state() private _problems: ConfigProblem[] = [];
  @state() private _items: string[] = [];
  @state() private _participants = 1;
  @state() private _participantsError = '';
  @state() private _code = '';
  @state() private _vat: 'excluding' | 'including' = 'excluding';
  /** Editor notes rendered from Markdown, by item id (plain text until they load). */
  @state() private _notes = new Map<string, DocumentFragment>();
  @state() private _announcement = '';
  /** Discount, comparison and problem views, loaded when a page needs them. */
  @state() private _extras?: typeof import('./fee-extras.js');

  /** The price list as a JavaScript object (same shape as the JSON); wins over `config-src`. */
  @property({ attribute: false }) config?: unknown;

  /** URL of the price list JSON (https:, http: or relative). */
  @property({ attribute: 'config-src' }) configSrc?: string;

  /** Show option prices `excluding` (default) or `including` VAT; the visitor can switch. */
  @property({ attribute: 'show-vat' }) showVat?: string;

  /** Number of participants to start with. */
  @property() participants?: string;

  /** Comma list of item ids chosen to start with. */
  @property() selected?: string;

  /** Two item ids to show side by side, e.g. `foundation-supervision,foundation`. */
  @property() compare?: string;

  /** Show configuration problems in a box above the widget, for the editor. */
  @property({ type: Boolean }) debug = false;

  /** The visitor's current date and time (for early-bird deadlines); the clock when unset. */
  @property({ attribute: false }) now?: Date;

  private _loadToken = 0;
  private _announceTimer?: ReturnType<typeof setTimeout>;
  private _lastDetail = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._announceTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('showVat') && this.showVat !== undefined) {
      if (this.showVat === 'excluding' || this.showVat === 'including') this._vat = this.showVat;
      else this._report('show-vat', `"${this.showVat}" is not "excluding" or "including"`);
    }
    if (!this.hasUpdated || changed.has('config') || changed.has('configSrc')) void this._load();
    const config = this._config;
    if (!config) return;
    if (changed.has('_config') || changed.has('selected')) {
      const ids = (this.selected ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const { items, unknown } = selectionFrom(config, ids);
      unknown.forEach((id) => this._report('selected', `"${id}" is not the id of an item; ignored`));
      this._items = items;
    }
    if (changed.has('_config') || changed.has('participants')) {
      const wanted =
        this.participants === undefined ? config.participants.default : Number(this.participants);
      this._participants = clampParticipants(config, wanted);
      if (this.participants !== undefined && this._participants !== wanted) {
        this._report(
          'participants',
          `"${this.participants}" is not a whole number from ${config.participants.min} to ${config.participants.max}; using ${this._participants}`,
        );
      }
      this._participantsError = '';
    }
    if (changed.has('_config') || changed.has('compare')) {
      for (const id of this._compared().unknown) this._report('compare', `"${id}" is not the id of an item`);
    }
    if (!this._extras && (this.compare || this.debug || config.discounts.length)) void this._loadExtras();
  }

  protected override updated(): void {
    // The selection rules may change other boxes than the one clicked: the DOM follows the state.
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[data-id]')) {
      input.checked = this._items.includes(input.dataset.id!);
    }
    const quote = this._quote();
    if (!quote || !this._config) return;
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
      onRequest: quote.onRequest.map((item) => item.id),
      discounts: quote.discounts.map(({ discount, amount }) => ({ id: discount.id, amount })),
      net: quote.net,
      vat: quote.vat,
      gross: quote.gross,
    };
    const key = JSON.stringify(detail);
    if (key === this._lastDetail) return;
    const first = !this._lastDetail;
    this._lastDetail = key;
    emit(this, 'nvr-fee-change', detail);
    // Announce once the visitor pauses, not on the first render (nothing has changed yet).
    if (first) return;
    clearTimeout(this._announceTimer);
    this._announceTimer = setTimeout(() => (this._announcement = this._totalText(quote)), ANNOUNCE_DELAY_MS);
  }

  private _report(field: string, problem: string): void {
    this.problems.report(field, problem);
    if (!this._problems.some((p) => p.field === field && p.problem === problem)) {
      this._problems = [...this._problems, { field, problem }];
    }
  }

  private async _loadExtras(): Promise<void> {
    this._extras = await import('./fee-extras.js');
  }

  /** Editor JSON (property, URL or inline script) when there is some, else the built-in list. */
  private async _load(): Promise<void> {
    const token = ++this._loadToken;
    // Not core's childScriptText: that module would pull fetchText into the initial bundle.
    const inline = this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
    if (this.config === undefined && !this.configSrc && inline === undefined) {
      this._config = builtInFees();
      return;
    }
    const { loadEditorConfig } = await import('./editor-config.js');
    const { config, problems } = await loadEditorConfig({ value: this.config, src: this.configSrc, inline });
    if (token !== this._loadToken) return;
    problems.forEach(({ field, problem }) => this._report(field, problem));
    this._config = config;
    this._notes = new Map();
    if (config.items.some((item) => item.note)) void this._renderNotes(config, token);
  }

  /** Editor notes are Markdown: sanitised through core, loaded only now that there are some. */
  private async _renderNotes(config: FeeConfig, token: number): Promise<void> {
    const md = await loadMarkdown();
    if (token !== this._loadToken) return;
    const notes = new Map<string, DocumentFragment>();
    config.items.forEach((item, i) => {
      if (!item.note) return;
      const { fragment, removed } = md.renderMarkdown(item.note);
      if (removed.length)
        this._report(`items[${i}].note`, `unsafe or unsupported markup was removed: ${removed.join(', ')}`);
      notes.set(item.id, fragment);
    });
    this._notes = notes;
  }

  private _today(): string {
    const d = this.now ?? new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }

  private _quote(): Quote | undefined {
    const config = this._config;
    if (!config) return undefined;
    return computeQuote(config, {
      items: this._items,
      participants: this._participants,
      code: this._code,
      today: this._today(),
    });
  }

  private _compared(): { items: FeeItem[]; unknown: string[] } {
    const ids = (this.compare ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const items = ids.flatMap((id) => this._config?.items.find((item) => item.id === id) ?? []);
    return { items, unknown: ids.filter((id) => !items.some((item) => item.id === id)) };
  }

  private _money(minor: number): string {
    const config = this._config!;
    return formatMoney(minor, config.currency, config.digits, this.effectiveLang);
  }

  private _date(isoDate: string): string {
    return new Intl.DateTimeFormat(this.effectiveLang, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${isoDate}T00:00:00Z`),
    );
  }

  private _totalText(quote: Quote): string {
    const total = this._money(quote.gross);
    const vat = this._money(quote.vat);
    return msg(str`Total to pay: ${total}, including ${vat} VAT.`);
  }

  private _context(): ExtrasContext {
    return {
      config: this._config!,
      participants: this._participants,
      code: this._code,
      today: this._today(),
      lang: this.effectiveLang,
      money: (minor) => this._money(minor),
      date: (iso) => this._date(iso),
      noteText: (item) => this._notes.get(item.id)?.textContent?.trim() ?? item.note ?? '',
    };
  }

  private _onToggle(item: FeeItem, checked: boolean): void {
    const config = this._config!;
    this._items = checked
      ? selectItem(config, this._items, item.id)
      : deselectItem(config, this._items, item.id);
  }

  private _onParticipantsInput(event: Event): void {
    const { min, max } = this._config!.participants;
    const value = (event.target as HTMLInputElement).value.trim();
    const n = Number(value);
    if (value && Number.isInteger(n) && n >= min && n <= max) {
      this._participants = n;
      this._participantsError = '';
    } else {
      this._participantsError = msg(str`Enter a whole number from ${min} to ${max}.`);
    }
  }

  /** On leaving the field, a number out of range becomes the nearest allowed one. */
  private _onParticipantsChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (!this._participantsError) return;
    const n = input.value.trim() === '' ? this._participants : Number(input.value);
    this._participants = clampParticipants(this._config!, n);
    input.value = String(this._participants);
    this._participantsError = '';
  }

  private _onCodeSubmit(event: Event): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#code')!;
    this._code = input.value.trim();
  }

  private _onBook(event: Event): void {
    emit(this, 'nvr-fee-book', { url: (event.currentTarget as HTMLAnchorElement).href });
  }

  override render() {
    const config = this._config;
    const quote = this._quote();
    if (!config || !quote) return html`<div part="base" class="base" aria-busy="true"></div>`;
    const x = this._extras;
    const c = x && this._context();
    const compared = this._compared().items;
    return html`<div part="base" class="base" lang=${this.settings.locale ?? nothing}>
      ${this.debug && this._problems.length ? x?.renderProblems(this._problems) : nothing}
      ${config.title ? html`<p part="title" class="title">${config.title}</p>` : nothing}
      ${config.items.length ? this._renderForm(config) : html`<p>${msg('No prices are available.')}</p>`}
      ${c && x?.renderDiscounts(c)} ${this._renderBreakdown(config, quote)}
      ${c && compared.length === 2 ? x?.renderCompare(c, compared) : nothing}
      <div class="actions no-print">
        ${this._renderBook(config)}
        <button part="print" class="button secondary" type="button" @click=${() => window.print()}>
          ${msg('Print quote')}
        </button>
      </div>
      <div class="visually-hidden" role="status">${this._announcement}</div>
    </div>`;
  }

  private _renderForm(config: FeeConfig) {
    const groups = new Map<string, FeeItem[]>();
    for (const item of config.items) {
      const name = item.group ?? msg('Options');
      groups.set(name, [...(groups.get(name) ?? []), item]);
    }
    const { min, max } = config.participants;
    return html`<form part="options" class="no-print" @submit=${this._onCodeSubmit}>
      ${[...groups].map(([name, items], g) => this._renderGroup(config, name, items, g))}
      <div class="field">
        <label for="participants">${msg('Number of participants')}</label>
        <input
          id="participants"
          type="number"
          inputmode="numeric"
          min=${min}
          max=${max}
          step="1"
          .value=${String(this._participants)}
          aria-invalid=${this._participantsError ? 'true' : 'false'}
          aria-describedby="participants-error"
          @input=${this._onParticipantsInput}
          @change=${this._onParticipantsChange}
        />
        <p class="error" id="participants-error">${this._participantsError}</p>
      </div>
      ${this._extras?.renderCodeField(this._context())}
      <fieldset class="group">
        <legend>${msg('Show prices')}</legend>
        ${(['excluding', 'including'] as const).map(
          (mode) =>
            html`<label class="option">
              <input
                type="radio"
                name="vat"
                .checked=${this._vat === mode}
                @change=${() => (this._vat = mode)}
              />
              <span>${mode === 'excluding' ? msg('Excluding VAT') : msg('Including VAT')}</span>
            </label>`,
        )}
      </fieldset>
    </form>`;
  }

  private _renderGroup(config: FeeConfig, name: string, items: FeeItem[], g: number) {
    const radio = items.length > 1 && items[0].group !== undefined;
    return html`<fieldset part="group" class="group">
      <legend>${name}</legend>
      ${items.map(
        (item) =>
          html`<div part="option" class="option">
            <input
              id="item-${item.id}"
              type=${radio ? 'radio' : 'checkbox'}
              name="group-${g}"
              data-id=${item.id}
              aria-describedby="price-${item.id} ${item.note ? `note-${item.id}` : ''}"
              @change=${(e: Event) => this._onToggle(item, (e.target as HTMLInputElement).checked)}
            />
            <label for="item-${item.id}">${item.label}</label>
            <span class="price" id="price-${item.id}">${this._unitPrice(config, item)}</span>
            ${
              item.note
                ? html`<div part="note" class="note" id="note-${item.id}">
                    ${this._notes.get(item.id) ?? item.note}
                  </div>`
                : nothing
            }
          </div>`,
      )}
    </fieldset>`;
  }

  /** An option's published price for one place, e.g. "£660.00 + VAT = £792.00 per participant". */
  private _unitPrice(config: FeeConfig, item: FeeItem): string {
    if (item.priceOnRequest) return msg('Price on request');
    const { net, vat, gross } = priceItem(config, item, 1);
    const per = item.perParticipant ? msg('per participant') : msg('per booking');
    const [n, g] = [this._money(net), this._money(gross)];
    if (item.vat === 'exempt') return `${msg(str`${n}, no VAT`)} ${per}`;
    if (this._vat === 'including' || (item.vat === 'inclusive' && !vat))
      return `${msg(str`${g} including VAT`)} ${per}`;
    return `${msg(str`${n} + VAT = ${g}`)} ${per}`;
  }

  private _renderBreakdown(config: FeeConfig, quote: Quote) {
    const m = (n: number) => this._money(n);
    // The smallest amount of the currency: "£0.01", "¥1", "BHD 0.001".
    const unit = m(1);
    return html`<table part="breakdown" class="breakdown">
        <caption>
          ${msg('Your quote')}
          ${quote.participants === 1 ? msg('for 1 participant') : msg(str`for ${quote.participants} participants`)}
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
          ${
            quote.lines.length || quote.onRequest.length
              ? nothing
              : html`<tr>
                  <td colspan="4">${msg('Choose an option to see its price.')}</td>
                </tr>`
          }
          ${quote.lines.map(
            (line) =>
              html`<tr>
                <th scope="row">
                  ${line.item.label}
                  <span class="small"
                    >${line.quantity} ×
                    ${m(line.item.price)}${
                      line.item.vat === 'inclusive'
                        ? ` ${msg('including VAT')}`
                        : line.item.vat === 'exempt'
                          ? ` ${msg('no VAT')}`
                          : ''
                    }${line.discounts.length ? this._extras?.lineDiscounts(this._context(), line) : nothing}</span
                  >
                </th>
                <td>${m(line.net)}</td>
                <td>${m(line.vat)}</td>
                <td>${m(line.gross)}</td>
              </tr>`,
          )}
          ${quote.onRequest.map(
            (item) =>
              html`<tr>
                <th scope="row">${item.label}</th>
                <td colspan="3">${msg('Price on request')}</td>
              </tr>`,
          )}
        </tbody>
        <tfoot>
          ${this._extras?.discountRows(this._context(), quote)}
          <tr class="sum">
            <th scope="row">${msg('Total')}</th>
            <td>${m(quote.net)}</td>
            <td>${m(quote.vat)}</td>
            <td>${m(quote.gross)}</td>
          </tr>
        </tfoot>
      </table>
      <p part="total" class="total">
        ${
          this._vat === 'including'
            ? this._totalText(quote)
            : msg(str`Total: ${m(quote.net)} + ${m(quote.vat)} VAT = ${m(quote.gross)} to pay.`)
        }
      </p>
      <p class="small">
        ${msg(str`VAT is worked out on each line after discounts and rounded to the nearest ${unit}; halves round up.`)}
        ${config.pricesPublished ? msg(str`Prices as published on ${this._date(config.pricesPublished)}.`) : nothing}
        <span class="print-only">${msg(str`Quote made on ${this._date(this._today())}.`)}</span>
      </p>`;
  }

  private _renderBook(config: FeeConfig) {
    if (!config.bookingUrl || !this._items.length) return nothing;
    const href = bookingHref(config.bookingUrl, this._items, this._participants, this._code);
    return html`<a part="book" class="button" href=${href} @click=${this._onBook}
      >${msg('Book these options')}</a
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nvr-fee-calculator': NvrFeeCalculator;
  }
}
