/**
 * A provider's price list after validation: every amount is integer minor units and every rate
 * parts per million, so nothing downstream parses or rounds strings. Built by `parseFeeConfig`
 * from editor JSON, or written directly for the built-in list.
 */

/** How an item's published price treats VAT. */
export type VatMode = 'exclusive' | 'inclusive' | 'exempt';

export interface FeeItem {
  /** Stable id used by `selected`, `compare`, `requires`, the booking URL and events. */
  id: string;
  label: string;
  /** Published price in minor units: net for `exclusive`/`exempt`, gross for `inclusive`. */
  price: number;
  vat: VatMode;
  /** Items sharing a group are mutually exclusive (radio buttons); the group name is its legend. */
  group?: string;
  /** Items that must also be chosen (they are selected with this one). */
  requires: string[];
  /** Items that cannot be chosen with this one (they are deselected when this one is chosen). */
  excludes: string[];
  /** Charged once per participant (true) or once per booking (false). */
  perParticipant: boolean;
  /** Markdown note shown with the option, e.g. eligibility or when it is charged. */
  note?: string;
  /** No published price: the item can be chosen and booked but adds nothing to the totals. */
  priceOnRequest: boolean;
  /**
   * `later`: charged later or only on a condition (an assessment fee charged only if coursework is
   * submitted), so it is shown apart from what is paid when booking. Default `booking`.
   */
  due: 'booking' | 'later';
}

export interface FeeDiscount {
  id: string;
  label: string;
  type: 'percent' | 'amount';
  /** Parts per million for `percent`; minor units off each unit (place) for `amount`. */
  value: number;
  /** Only with this code (compared case-insensitively, ignoring spaces at the ends). */
  code?: string;
  minParticipants?: number;
  /** Last day it applies (`YYYY-MM-DD`, inclusive), compared with the visitor's date. */
  validUntil?: string;
  /** Item ids it applies to; all items when absent. */
  appliesTo?: string[];
}

/** `combine`: all that apply, in the order listed, each on what is left; `best`: only the one that makes the total to pay lowest. */
export type Stacking = 'combine' | 'best';

export interface FeeConfig {
  /** ISO 4217 code, or undefined when the editor's code was not one (amounts shown without it). */
  currency?: string;
  /** Minor digits of the currency: 2 for GBP, 0 for JPY, 3 for BHD. */
  digits: number;
  /** VAT rate in parts per million (20% = 200 000). */
  vatRate: number;
  /** `YYYY-MM-DD` the prices were published. */
  pricesPublished?: string;
  /** A heading for the price list, e.g. the course name. */
  title?: string;
  items: FeeItem[];
  participants: { min: number; max: number; default: number };
  discounts: FeeDiscount[];
  stacking: Stacking;
  /** Template with `{items}`, `{participants}`, `{code}`; https: or relative only. */
  bookingUrl?: string;
}

/** What the visitor has chosen. */
export interface FeeSelection {
  items: readonly string[];
  participants: number;
  /** The discount code as typed ('' for none). */
  code: string;
  /** The visitor's date, `YYYY-MM-DD`, for early-bird deadlines. */
  today: string;
}

/** A problem in the editor's JSON: its path and what is wrong (core's `ConfigProblem`, kept here so model/ stays Lit-free). */
export interface ConfigProblem {
  field: string;
  problem: string;
}
