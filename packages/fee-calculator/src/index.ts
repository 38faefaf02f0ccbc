/** @nvr-widgets/fee-calculator — side-effect free: import `./define.js` to register `<nvr-fee-calculator>`. */
export { NvrFeeCalculator } from './nvr-fee-calculator.js';
export type { NvrFeeBookDetail, NvrFeeChangeDetail } from './events.js';
export type { FeeConfig, FeeDiscount, FeeItem, FeeSelection, Stacking, VatMode } from './model/fee-types.js';
export { parseFeeConfig, type ParsedFeeConfig } from './model/fee-config.js';
export type {
  FeeConfigInput,
  FeeDiscountInput,
  FeeItemInput,
  AmountText,
  DateText,
  PercentText,
} from './model/fee-config-input.js';
export { computeQuote, discountBlocker } from './model/quote.js';
export { buildQuote, priceItem, type Quote, type QuoteLine } from './model/pricing.js';
export { clampParticipants, deselectItem, selectItem, selectionFrom } from './model/selection.js';
export { formatMoney, toDecimalString } from './model/money.js';
export { minorDigits, parseAmount, parseRate } from './model/money-parse.js';
export { bookingHref } from './model/booking.js';
export { builtInFees } from './content/fee-content.js';
