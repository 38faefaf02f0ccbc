/** Detail of `nvr-fee-change`: the quote on screen, every amount in integer minor units. */
export interface NvrFeeChangeDetail {
  /** ISO 4217 code, or '' when the editor's currency was not valid. */
  currency: string;
  participants: number;
  /** Priced lines, after discounts: net + vat = gross on each. */
  items: { id: string; quantity: number; net: number; vat: number; gross: number }[];
  /** What each applied discount took off the net. */
  discounts: { id: string; amount: number }[];
  net: number;
  vat: number;
  /** Everything chosen, including `dueLater`. */
  gross: number;
  /** The part of `gross` that may be charged later or only on a condition (items `due: "later"`). */
  dueLater: number;
}

/** Detail of `nvr-fee-book`: the booking URL the visitor followed, absolute. */
export interface NvrFeeBookDetail {
  url: string;
}

declare global {
  // On every target the event reaches as it bubbles: the element, `document` and `window`.
  interface GlobalEventHandlersEventMap {
    'nvr-fee-change': CustomEvent<NvrFeeChangeDetail>;
    'nvr-fee-book': CustomEvent<NvrFeeBookDetail>;
  }
}
