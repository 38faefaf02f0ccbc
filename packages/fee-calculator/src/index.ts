/** @nvr-widgets/fee-calculator — side-effect free: import `./define.js` to register `<nvr-fee-calculator>`. */
export { NvrFeeCalculator } from './nvr-fee-calculator.js';
export type { NvrFeeBookDetail, NvrFeeChangeDetail } from './events.js';
export type { FeeConfig, FeeDiscount, FeeItem, FeeSelection, Stacking, VatMode } from './fee-types.js';
export { parseFeeConfig, type ParsedFeeConfig } from './fee-config.js';
export { computeQuote, discountBlocker } from './quote.js';
export { buildQuote, priceItem, type Quote, type QuoteLine } from './pricing.js';
export { clampParticipants, deselectItem, selectItem, selectionFrom } from './selection.js';
export { formatMoney, toDecimalString } from './money.js';
export { minorDigits, parseAmount, parseRate } from './money-parse.js';
export { bookingHref } from './booking.js';
export { builtInFees } from './fee-content.js';
