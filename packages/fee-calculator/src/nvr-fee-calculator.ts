import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { Announcer, EditorSource, LazyView, NvrElement, emit, renderLoading } from '@nvr-widgets/core';
import { attributeText as text } from '@nvr-widgets/core/pure.js';
import { builtInFees } from './content/fee-content.js';
import { formatMoney, toDecimalString } from './model/money.js';
import { today } from './model/today.js';
import type { FeeConfig } from './model/fee-types.js';
import type { FeeConfigInput } from './model/fee-config-input.js';
import { FeeSession } from './state/fee-session.js';
import type { FeeViewContext } from './view/context.js';
import { renderForm } from './view/form.js';
import { renderBreakdown } from './view/breakdown.js';
import type { EditorList } from './view/lazy/editor-config.js';
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
 * @cssprop [--nvr-fee-calculator-error-color=var(--nvr-color-error)] - Colour of the participants field's error message.
 * @cssprop [--nvr-fee-calculator-reserve] - Height reserved before the script runs; see docs/placeholder.css.
 */
export class NvrFeeCalculator extends NvrElement {
  static override styles = [...NvrElement.styles, styles];
  // Declared here rather than with decorators: fewer bytes for the same reactive properties.
  static override properties = {
    config: { attribute: false },
    configSrc: { attribute: 'config-src' },
    showVat: { attribute: 'show-vat' },
    participants: {},
    selected: {},
    compare: {},
    debug: { type: Boolean },
    now: { attribute: false },
  };

  private readonly _session = new FeeSession(
    (field, problem) => this.problems.report(field, problem),
    () => this.requestUpdate(),
  );
  /** Editor-only views (discounts, booking…), the comparison, and the editor's problem box. */
  private readonly _editorViews = new LazyView(
    this,
    this.problems,
    () => import('./view/lazy/editor-list.js'),
  );
  private readonly _compareView = new LazyView(this, this.problems, () => import('./view/lazy/compare.js'));
  private readonly _problemsView = new LazyView(this, this.problems, () => import('./view/lazy/problems.js'));
  /** The editor's price list: the `config` property, else `config-src`, else the inline script. */
  private readonly _source = new EditorSource<EditorList>(
    this,
    'application/json',
    async (src, inline, value) => {
      // The list's views are fetched beside its parser, not after it: one round trip, not two.
      const views = this._editorViews.load();
      views.catch(() => {}); // reported by LazyView; awaited below
      const loader = await import('./view/lazy/editor-config.js');
      const list = await loader.loadEditorList({ value, src, inline }, (f, p) => this._session.report(f, p));
      // Discount rules and views arrive with the list: no flash of a quote without its discounts.
      this._session.pricer = (await views).computeQuote;
      return list;
    },
    this._session,
  );
  private readonly _announcer = new Announcer(this, ANNOUNCE_DELAY_MS);
  private readonly _builtIn = builtInFees();
  /** The last `nvr-fee-change` detail sent, as JSON (none before the first). */
  private _lastDetail?: string;
  /** What the visitor saw first (said by nobody): a later change back to it is not announced. */
  private _firstSeen?: string;

  /** The price list as a JavaScript object (same shape as the JSON); wins over `config-src`. */
  declare config?: FeeConfigInput;

  /** URL of the price list JSON (https:, http: or relative). */
  declare configSrc?: string;

  /** Show option prices `excluding` (default) or `including` VAT; the visitor can switch. */
  declare showVat?: 'excluding' | 'including';

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

  protected override willUpdate(changed: PropertyValues<this>): void {
    const s = this._session;
    if (changed.has('showVat') && this.showVat !== undefined) s.setVat(String(this.showVat));
    this._source.sync(typeof this.configSrc === 'string' ? this.configSrc : undefined, this.config);
    const next: FeeConfig | undefined = this._source.loading
      ? s.config
      : (this._source.value?.config ?? this._builtIn);
    if (!next) return;
    const fresh = next !== s.config;
    if (fresh) s.setConfig(next, text(this.selected), text(this.participants));
    else {
      if (changed.has('selected')) s.select(text(this.selected));
      if (changed.has('participants')) s.startWith(text(this.participants));
    }
    if (fresh || changed.has('compare')) s.compared(text(this.compare), true);
    if (next !== this._builtIn) this._editorViews.get();
    if (text(this.compare)) this._compareView.get();
    if (this.debug) this._problemsView.get();
  }

  constructor() {
    super();
    // After a take-over, the amounts in the browser's own Intl (see `_context`). The correction
    // waits: the view is painted and usable, so the formatter gets a task of its own, and the
    // render that uses it the next one.
    if (this.hydrating) {
      this.afterHydration(() =>
        setTimeout(() => {
          this._createFormatter();
          setTimeout(() => this.requestUpdate());
        }),
      );
    }
  }

  /** The first render's formatter, a task ahead of it (see `_createFormatter`). */
  protected override prepareFirstRender(): void {
    // Taking a pre-rendered view over formats nothing: the constructor sees to that one.
    if (!this.hydrating) this._createFormatter();
  }

  /**
   * Creates (and keeps) the formatter for the built-in prices. The page's first `Intl` formatter
   * makes the browser load ICU's data: about 100 ms at 4× CPU, once per page. Whatever list the
   * widget ends up showing, the one that follows is quick.
   */
  private _createFormatter(): void {
    formatMoney(0, this._builtIn.currency, this._builtIn.digits, this.effectiveLang);
  }

  protected override updated(): void {
    const s = this._session;
    // The selection rules may change other boxes than the one clicked: the DOM follows the state.
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[data-id]'))
      input.checked = s.items.includes(input.dataset.id ?? '');
    const quote = s.quote(this._now());
    if (!quote || !s.config) return;
    const said = this._announcement();
    // No quote for a count that is not allowed: the problem is announced instead.
    if (!s.badCount) {
      const detail = s.detail(quote);
      const key = JSON.stringify(detail);
      if (key === this._lastDetail) return;
      const first = !this._lastDetail;
      this._lastDetail = key;
      emit(this, 'nvr-fee-change', detail);
      // Nothing has changed on the first view: nothing to announce.
      if (first) return void (this._firstSeen ??= said);
    }
    // Each thing once: words already in the region (or first seen) are not said again.
    if (!said || said === (this._announcer.text || this._firstSeen)) this._announcer.cancel();
    else this._announcer.say(said);
  }

  /** What the status region should say: the participants problem, else the total or the prompt. */
  private _announcement(): string {
    const shown = this._session.badCount ? '#participants-error' : '[part=total], .prompt';
    return this.renderRoot.querySelector(shown)?.textContent?.trim() ?? '';
  }

  /** A fixed clock only if it is a real date. */
  private _now(): Date | undefined {
    return this.now instanceof Date && !Number.isNaN(this.now.getTime()) ? this.now : undefined;
  }

  /**
   * The views' context. A pre-rendered view was rendered at build time from attributes only, and
   * hydration keeps its text as it is (Lit records the values, it does not compare them), so while
   * hydrating the render uses what the server used (core gives the element's own `lang` and holds a
   * provider's settings back) and money as plain decimals, never written to the screen but recorded, so that the render
   * after hydration writes the browser's own Intl output over the server's (Node's ICU and a
   * browser's may space or place a currency differently; the page's `lang` may differ). Dates need
   * no such care: only an editor's price list has early-bird deadlines, and such a list is never
   * priced at build time (it loads in the browser), so the pre-rendered quote holds on any day.
   */
  private _context(config: FeeConfig): FeeViewContext | undefined {
    const s = this._session;
    const quote = s.quote(this._now());
    if (!quote) return undefined;
    const lang = this.effectiveLang;
    return {
      config,
      quote,
      session: s,
      today: today(this._now()),
      lang,
      money: (minor) =>
        this.hydrating
          ? toDecimalString(minor, config.digits)
          : formatMoney(minor, config.currency, config.digits, lang),
      notes: (config !== this._builtIn && this._source.value?.notes) || new Map(),
      editor: this._editorViews.module,
      onToggle: (id, checked) => s.toggle(id, checked),
      onParticipants: (value) => s.typeParticipants(value),
      onVat: (including) => s.setVat(including ? 'including' : 'excluding'),
      onCode: (code) => s.applyCode(code),
      onBook: (url) => emit(this, 'nvr-fee-book', { url }),
    };
  }

  override render() {
    const s = this._session;
    const config = s.config;
    const c = config && this._context(config);
    // Editor JSON is still loading (10 s at most): say so in the reserved height, never a flash
    // of the built-in prices.
    if (!config || !c) return renderLoading();
    const x = this._editorViews.module;
    const lazyFailed = this._editorViews.failed || this._compareView.failed;
    return html`<div part="base" class="base" lang=${this.settings.locale ?? nothing}>
      ${this.debug ? this._problemsView.module?.renderProblems(s.problems) : nothing}
      ${config.title ? html`<p part="title" class="title">${config.title}</p>` : nothing}
      ${lazyFailed ? this._editorViews.failure() : nothing}
      ${
        // No valid item at all: say so, and no quote of 0.00 that could read as "free".
        config.items.length
          ? html`${renderForm(c)} ${x?.renderDiscounts(c)}
              ${
                // No amounts for a number of participants the visitor did not ask for.
                s.badCount
                  ? nothing
                  : html`${renderBreakdown(c)}
                    ${this._compareView.module?.renderCompare(c, s.compared(text(this.compare)))}`
              }
              <div class="actions no-print">
                ${s.badCount ? nothing : x?.renderBook(c)}
                <button part="print" class="button" type="button" @click=${() => window.print()}>
                  ${msg('Print quote')}
                </button>
              </div>`
          : x?.noPrices()
      }
      ${this._announcer.render()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nvr-fee-calculator': NvrFeeCalculator;
  }
}
