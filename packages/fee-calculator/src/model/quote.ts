/**
 * Which discounts apply, and how they stack: the whole quote for a selection. Separate from
 * pricing.ts because only editor price lists have discounts, so the element loads this with its
 * other editor-only code; a price list without discounts is priced by `buildQuote` directly.
 */
import { buildQuote, type Quote } from './pricing.js';
import type { FeeConfig, FeeDiscount, FeeSelection } from './fee-types.js';

// Kept exported from here, where it was first.
export { today } from './today.js';

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

/**
 * The quote for a selection. `combine`: every discount that applies, in the order listed, each
 * on what the one before left. `best`: only the single discount that makes the total to pay
 * lowest (the first listed on a tie). Compared after VAT: £20 off a VAT-exempt course saves less
 * than 18% off a £100 workbook at 20% VAT (£21.60), though it takes more off before VAT.
 */
export function computeQuote(config: FeeConfig, selection: FeeSelection): Quote {
  const eligible = config.discounts.filter((d) => !discountBlocker(d, selection));
  if (config.stacking === 'combine') return buildQuote(config, selection, eligible);
  let best = buildQuote(config, selection, []);
  for (const discount of eligible) {
    const quote = buildQuote(config, selection, [discount]);
    if (quote.gross < best.gross) best = quote;
  }
  return best;
}
