import { msg } from '@lit/localize';
import type { FeeConfig, FeeItem } from './fee-types.js';

/**
 * The built-in price list: the NVR Certificate Course fees exactly as the provider published them
 * (seed 003): Foundation Level with 12 hours of group supervision £660 + VAT = £792, Foundation
 * Level only £500 + VAT = £600, evaluation & assessment £300 incl. VAT, charged only if coursework
 * is submitted (and the full certificate needs both the Foundation and the Advanced Level). VAT 20%. The page states no publication date, only the course dates (summer 2022),
 * so the title carries those. Already valid: it needs no parser, so the parser can load lazily.
 */
const item = (
  id: string,
  label: string,
  price: number,
  vat: FeeItem['vat'],
  group: string,
  note?: string,
): FeeItem => ({
  id,
  label,
  price,
  vat,
  group,
  requires: [],
  excludes: [],
  perParticipant: true,
  note,
  priceOnRequest: false,
});

export const builtInFees = (): FeeConfig => ({
  currency: 'GBP',
  digits: 2,
  vatRate: 200_000,
  title: msg('The NVR Certificate Course, summer 2022 (online)'),
  items: [
    item(
      'foundation-supervision',
      msg('Foundation Level – 4 days training, including 12 hours of group supervision'),
      66_000,
      'exclusive',
      msg('Foundation Level'),
    ),
    item(
      'foundation',
      msg('Foundation Level only – 4 days training, no supervision included'),
      50_000,
      'exclusive',
      msg('Foundation Level'),
    ),
    item(
      'evaluation',
      msg('Evaluation & assessment'),
      30_000,
      'inclusive',
      msg('Certification'),
      msg(
        'Charged only if you submit coursework. The full certificate needs both the Foundation Level and the Advanced Level.',
      ),
    ),
  ],
  participants: { min: 1, max: 50, default: 1 },
  discounts: [],
  stacking: 'combine',
});
