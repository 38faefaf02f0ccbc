/**
 * What the visitor has chosen on one price list, and the rules that keep it valid: the list
 * itself, the chosen items, the number of participants (and whether what they typed is allowed),
 * the discount code and the VAT view. Pure (no Lit, no DOM): the element renders it, and tells
 * it about attributes and input; `changed` asks the element to render again.
 */
import { today } from '../model/today.js';
import { buildQuote } from '../model/pricing.js';
import { clampParticipants, deselectItem, idList, selectItem, selectionFrom } from '../model/selection.js';
import type { FeeConfig, FeeItem, FeeSelection } from '../model/fee-types.js';
import type { Quote } from '../model/pricing.js';

/** Prices a selection: `computeQuote` (model/quote.ts) when the list has discounts. */
export type Pricer = (config: FeeConfig, selection: FeeSelection) => Quote;

export type VatView = 'excluding' | 'including';

export class FeeSession {
  config?: FeeConfig;
  items: string[] = [];
  participants = 1;
  /** The participants field holds something that is not an allowed number (yet). */
  badCount = false;
  /** The applied discount code ('' for none). */
  code = '';
  vat: VatView = 'excluding';
  /** Every problem reported, as `field: problem`, for the editor's debug box. */
  problems: string[] = [];

  /**
   * How the quote is worked out. Without discounts, `buildQuote` alone; the element sets
   * `computeQuote` once the editor-list chunk (which carries the discount rules) has loaded,
   * so a page with the built-in list never downloads them.
   */
  pricer: Pricer = (config, selection) => buildQuote(config, selection, []);

  constructor(
    private readonly _report: (field: string, problem: string) => void,
    private readonly _changed: () => void,
  ) {}

  /** Warns the editor (once, through the element) and lists the problem for the debug box. */
  report(field: string, problem: string): void {
    this._report(field, problem);
    const line = `${field}: ${problem}`;
    if (!this.problems.includes(line)) this.problems = [...this.problems, line];
    this._changed();
  }

  /** A new price list: the selection and the count are read again from the attributes. */
  setConfig(config: FeeConfig, selected: string | undefined, participants: string | undefined): void {
    this.config = config;
    this.select(selected);
    this.startWith(participants);
  }

  /** The `selected` attribute: ids applied in order; unknown ids reported. */
  select(selected: string | undefined): void {
    if (!this.config) return;
    const { items, unknown } = selectionFrom(this.config, idList(selected));
    unknown.forEach((id) => this.report('selected', `"${id}" is not the id of an item; ignored`));
    this._set({ items });
  }

  /** The `participants` attribute: clamped to the list's range (reported when it had to be). */
  startWith(wanted: string | undefined): void {
    const config = this.config;
    if (!config) return;
    const asked = wanted ?? String(config.participants.default);
    const n = clampParticipants(config, Number(asked));
    this._set({ participants: n, badCount: false });
    if (n !== Number(asked)) {
      const { min, max } = config.participants;
      this.report('participants', `"${asked}" is not a whole number from ${min} to ${max}; using ${n}`);
    }
  }

  /** The `show-vat` attribute, or the visitor's toggle. */
  setVat(value: string): void {
    if (value === 'excluding' || value === 'including') this._set({ vat: value });
    else this.report('show-vat', `"${value}" is not "excluding" or "including"`);
  }

  /** An option ticked or let go: the selection rules may change other options too. */
  toggle(id: string, checked: boolean): void {
    const config = this.config;
    if (!config) return;
    this._set({ items: checked ? selectItem(config, this.items, id) : deselectItem(config, this.items, id) });
  }

  /**
   * What the visitor typed in the participants field. An allowed number updates the quote; anything
   * else (out of range, not whole, empty) is flagged, and the count is never changed behind them.
   */
  typeParticipants(value: string): void {
    const config = this.config;
    if (!config) return;
    const n = value.trim() ? Number(value) : NaN;
    const ok = Number.isInteger(n) && n === clampParticipants(config, n);
    this._set(ok ? { participants: n, badCount: false } : { badCount: true });
  }

  applyCode(code: string): void {
    this._set({ code: code.trim() });
  }

  /** The items named by `compare` (unknown ids reported when `report` is true). */
  compared(ids: string | undefined, report = false): FeeItem[] {
    const config = this.config;
    if (!config) return [];
    const wanted = idList(ids);
    const items = wanted.flatMap((id) => config.items.find((item) => item.id === id) ?? []);
    if (report)
      for (const id of wanted)
        if (!items.some((item) => item.id === id))
          this.report('compare', `"${id}" is not the id of an item; ignored`);
    return items;
  }

  /** The quote with the list's discounts as of the visitor's date (`now`: a fixed clock). */
  quote(now?: Date): Quote | undefined {
    const config = this.config;
    if (!config) return undefined;
    return this.pricer(config, {
      items: this.items,
      participants: this.participants,
      code: this.code,
      today: today(now),
    });
  }

  /** The `nvr-fee-change` detail for a quote: amounts in integer minor units. */
  detail(quote: Quote) {
    return {
      currency: this.config?.currency ?? '',
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
  }

  private _set(
    patch: Partial<Pick<FeeSession, 'items' | 'participants' | 'badCount' | 'code' | 'vat'>>,
  ): void {
    Object.assign(this, patch);
    this._changed();
  }
}
