/**
 * The price list as a provider writes it: the JSON of a child `<script type="application/json">`,
 * of `config-src`, or the object given to the `config` property. Amounts and rates are decimal
 * strings, as in docs/fee-calculator.schema.json (which this mirrors); `parseFeeConfig` turns it
 * into the validated `FeeConfig` in minor units, reporting what it had to drop.
 */

/** A decimal amount in major units, e.g. `"1200"` or `"99.50"` (no more places than the currency has). */
export type AmountText = string;
/** A percentage, e.g. `"20%"` (at most 4 decimal places, at most 100%). */
export type PercentText = string;
/** A calendar date, `YYYY-MM-DD`. */
export type DateText = string;

export interface FeeItemInput {
  /** Letters, digits, `-` and `_`: used by `selected`, `compare`, `requires` and the booking link. */
  id: string;
  label: string;
  /** Required unless `priceOnRequest` is true. */
  price?: AmountText;
  /** How the price treats VAT; default `exclusive`. */
  vat?: 'exclusive' | 'inclusive' | 'exempt';
  /** Items sharing a group are alternatives (radio buttons); the group name is the legend. */
  group?: string;
  requires?: string[];
  excludes?: string[];
  /** Charged per participant (default) or once per booking. */
  perParticipant?: boolean;
  /** Markdown. */
  note?: string;
  priceOnRequest?: boolean;
  /** `later`: charged later or only on a condition, shown apart from what is paid when booking. */
  due?: 'booking' | 'later';
}

export interface FeeDiscountInput {
  id: string;
  label: string;
  type: 'percent' | 'amount';
  /** `"10%"` for percent; a decimal amount off each place for amount. */
  value: string;
  /** Only when the visitor enters this code (capitals and spaces around it do not matter). */
  code?: string;
  minParticipants?: number;
  validUntil?: DateText;
  /** The items it applies to; default all. */
  appliesTo?: string[];
}

export interface FeeConfigInput {
  /** ISO 4217 code, e.g. `GBP`, `EUR`. */
  currency: string;
  vatRate?: PercentText;
  /** When the prices were published (shown under the list). */
  pricesPublished?: DateText;
  title?: string;
  items: FeeItemInput[];
  participants?: { min?: number; max?: number; default?: number };
  discounts?: FeeDiscountInput[];
  /** Several discounts: `combine` them (default) or give only the `best`. */
  stacking?: 'combine' | 'best';
  /** Your booking form (`https:` or a path on your site): `{items}`, `{participants}`, `{code}` are filled in. */
  bookingUrl?: string;
}
