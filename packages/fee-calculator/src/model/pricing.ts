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
  /** The part of net, VAT and gross charged later or on a condition (items `due: 'later'`). */
  later: { net: number; vat: number; gross: number };
}

/**
 * One item for `participants` (charged once if not per participant), with `discounts` taken off
 * its net in order, each on what is left. Alone (no discounts) it is the comparison view's price.
 */
export function priceItem(
  config: FeeConfig,
  item: FeeItem,
  participants: number,
  discounts: FeeDiscount[] = [],
): QuoteLine {
  const quantity = item.perParticipant ? participants : 1;
  const amount = item.price * quantity;
  const rate = item.vat === 'exempt' ? 0 : config.vatRate;
  const listVat = item.vat === 'inclusive' ? vatInside(amount, rate) : applyRate(amount, rate);
  const listNet = item.vat === 'inclusive' ? amount - listVat : amount;
  let net = listNet;
  const taken: QuoteLine['discounts'] = [];
  for (const discount of discounts) {
    if (discount.appliesTo && !discount.appliesTo.includes(item.id)) continue;
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

/**
 * The quote for the chosen items with `discounts` taken off in order (the caller decides which
 * apply: see quote.ts). Unknown ids are ignored (the element reports them).
 */
export function buildQuote(
  config: FeeConfig,
  selection: Pick<FeeSelection, 'items' | 'participants'>,
  discounts: FeeDiscount[],
): Quote {
  const chosen = config.items.filter((item) => selection.items.includes(item.id));
  const lines = chosen
    .filter((item) => !item.priceOnRequest)
    .map((item) => priceItem(config, item, selection.participants, discounts));
  const sum = (pick: (line: QuoteLine) => number, only = lines) =>
    only.reduce((total, line) => total + pick(line), 0);
  const later = lines.filter((l) => l.item.due === 'later');
  const subtotal = sum((l) => l.listNet);
  const net = sum((l) => l.net);
  return {
    participants: selection.participants,
    lines,
    onRequest: chosen.filter((item) => item.priceOnRequest),
    discounts: discounts
      .map((discount) => ({
        discount,
        amount: sum((l) => l.discounts.find((d) => d.discount === discount)?.amount ?? 0),
      }))
      .filter((d) => d.amount > 0),
    subtotal,
    discount: subtotal - net,
    net,
    vat: sum((l) => l.vat),
    gross: sum((l) => l.gross),
    later: {
      net: sum((l) => l.net, later),
      vat: sum((l) => l.vat, later),
      gross: sum((l) => l.gross, later),
    },
  };
}
