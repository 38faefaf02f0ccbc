/**
 * The quote: exact, in integer minor units. Per line: the published price × quantity; discounts
 * come off the net (before VAT) in the documented order; VAT is worked out per line on the
 * discounted net and rounded half-up; an undiscounted VAT-inclusive price is split so that
 * net + VAT is the published gross exactly. Totals are sums of the lines, so the breakdown
 * always adds up.
 */
import { applyRate, vatInside } from './money.js';
import type { FeeConfig, FeeDiscount, FeeItem, FeeSelection } from './fee-types.js';

export interface QuoteLine {
  item: FeeItem;
  /** Places (participants) for per-participant items, else 1. */
  quantity: number;
  /** Net before discounts. */
  listNet: number;
  /** What each discount took off this line's net. */
  discounts: { discount: FeeDiscount; amount: number }[];
  net: number;
  vat: number;
  gross: number;
}

export interface Quote {
  participants: number;
  lines: QuoteLine[];
  /** Chosen items without a published price: booked, but not in the totals. */
  onRequest: FeeItem[];
  /** Discounts that took something off, with the total each took, in the order applied. */
  discounts: { discount: FeeDiscount; amount: number }[];
  /** Σ listNet. */
  subtotal: number;
  /** Σ of all discounts: subtotal − discount = net. */
  discount: number;
  net: number;
  vat: number;
  gross: number;
}

/** Why a discount does not apply today, or undefined when it does (before looking at items). */
export function discountBlocker(
  discount: FeeDiscount,
  selection: Pick<FeeSelection, 'participants' | 'code' | 'today'>,
): 'code' | 'participants' | 'expired' | undefined {
  if (discount.code && discount.code.toLowerCase() !== selection.code.trim().toLowerCase()) return 'code';
  if (discount.validUntil && selection.today > discount.validUntil) return 'expired';
  if (discount.minParticipants && selection.participants < discount.minParticipants) return 'participants';
  return undefined;
}

const appliesTo = (discount: FeeDiscount, item: FeeItem) =>
  !discount.appliesTo || discount.appliesTo.includes(item.id);

/** One line with the given discounts taken off its net in order, each on what is left. */
function priceLine(item: FeeItem, quantity: number, vatRate: number, discounts: FeeDiscount[]): QuoteLine {
  const amount = item.price * quantity;
  const rate = item.vat === 'exempt' ? 0 : vatRate;
  const listVat = item.vat === 'inclusive' ? vatInside(amount, rate) : applyRate(amount, rate);
  const listNet = item.vat === 'inclusive' ? amount - listVat : amount;
  let net = listNet;
  const taken: QuoteLine['discounts'] = [];
  for (const discount of discounts) {
    if (!appliesTo(discount, item) || net === 0) continue;
    const off = Math.min(
      net,
      discount.type === 'percent' ? applyRate(net, discount.value) : discount.value * quantity,
    );
    if (off > 0) taken.push({ discount, amount: off });
    net -= off;
  }
  // Undiscounted, a published gross stays exactly as published; discounted, VAT is on the new net.
  const vat = net === listNet ? listVat : applyRate(net, rate);
  return { item, quantity, listNet, discounts: taken, net, vat, gross: net + vat };
}

function build(config: FeeConfig, chosen: FeeItem[], participants: number, discounts: FeeDiscount[]): Quote {
  const priced = chosen.filter((item) => !item.priceOnRequest);
  const lines = priced.map((item) =>
    priceLine(item, item.perParticipant ? participants : 1, config.vatRate, discounts),
  );
  const sum = (pick: (line: QuoteLine) => number) => lines.reduce((total, line) => total + pick(line), 0);
  const applied = discounts
    .map((discount) => ({
      discount,
      amount: lines.reduce(
        (total, line) => total + (line.discounts.find((d) => d.discount === discount)?.amount ?? 0),
        0,
      ),
    }))
    .filter((d) => d.amount > 0);
  return {
    participants,
    lines,
    onRequest: chosen.filter((item) => item.priceOnRequest),
    discounts: applied,
    subtotal: sum((l) => l.listNet),
    discount: applied.reduce((total, d) => total + d.amount, 0),
    net: sum((l) => l.net),
    vat: sum((l) => l.vat),
    gross: sum((l) => l.gross),
  };
}

/**
 * The quote for a selection. Unknown ids are ignored (the element reports them). With `best`
 * stacking only the single discount that saves most applies (the first listed on a tie).
 */
export function computeQuote(config: FeeConfig, selection: FeeSelection): Quote {
  const chosen = config.items.filter((item) => selection.items.includes(item.id));
  const eligible = config.discounts.filter((d) => !discountBlocker(d, selection));
  if (config.stacking === 'combine') return build(config, chosen, selection.participants, eligible);
  let best = build(config, chosen, selection.participants, []);
  for (const discount of eligible) {
    const quote = build(config, chosen, selection.participants, [discount]);
    if (quote.discount > best.discount) best = quote;
  }
  return best;
}

/** One item on its own for `quantity` places (no discounts): for the comparison view. */
export function priceItem(config: FeeConfig, item: FeeItem, participants: number): QuoteLine {
  return priceLine(item, item.perParticipant ? participants : 1, config.vatRate, []);
}
