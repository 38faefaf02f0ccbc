import { msg } from '@lit/localize';
import type { FeeConfig, FeeItem } from '../model/fee-types.js';

/**
 * The built-in price list: the NVR Certificate Course fees exactly as the provider published them
 * (seed 003): Foundation Level with 12 hours of group supervision £660 + VAT = £792, Foundation
 * Level only £500 + VAT = £600, evaluation & assessment £300 incl. VAT, charged only if coursework
 * is submitted within 12 months of the Advanced Level (so it is `due: 'later'`: not paid when
 * booking), and the full certificate needs both levels. VAT 20%. The page states no publication
 * date, so the title says whose prices they are and for which course dates, as the page does. Already valid: it needs no parser, so the parser can load lazily.
 */
const item = (
  id: string,
  label: string,
  price: number,
  vat: FeeItem['vat'],
  group: string,
  note?: string,
  due: FeeItem['due'] = 'booking',
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
  due,
});

export const builtInFees = (): FeeConfig => ({
  currency: 'GBP',
  digits: 2,
  vatRate: 200_000,
  title: msg(
    'PartnershipProjects: NVR Certificate Course fees, summer 2022 (online, 21–23 June and 15 September 2022)',
  ),
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
        'Charged only if you submit coursework, within 12 months of completing the Advanced Level. The full certificate needs both the Foundation Level and the Advanced Level.',
      ),
      'later',
    ),
  ],
  participants: { min: 1, max: 50, default: 1 },
  discounts: [],
  stacking: 'combine',
});
