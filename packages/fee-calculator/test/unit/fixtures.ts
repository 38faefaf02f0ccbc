import type { FeeConfig, FeeItem } from '../../src/model/fee-types.js';

/** An item priced per participant, due when booking, with `extra` on top. */
export const item = (
  id: string,
  price: number,
  vat: FeeItem['vat'] = 'exclusive',
  extra: Partial<FeeItem> = {},
): FeeItem => ({
  id,
  label: id,
  price,
  vat,
  requires: [],
  excludes: [],
  perParticipant: true,
  priceOnRequest: false,
  due: 'booking',
  ...extra,
});

/** A GBP list at 20% VAT for 1 to 1000 participants, with `extra` on top. */
export const config = (items: FeeItem[], extra: Partial<FeeConfig> = {}): FeeConfig => ({
  currency: 'GBP',
  digits: 2,
  vatRate: 200_000,
  items,
  participants: { min: 1, max: 1000, default: 1 },
  discounts: [],
  stacking: 'combine',
  ...extra,
});
