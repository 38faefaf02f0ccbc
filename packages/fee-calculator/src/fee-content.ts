import { msg } from '@lit/localize';
import type { FeeConfig } from './fee-types.js';

/**
 * The built-in price list: the NVR Certificate Course fees exactly as the provider published them
 * (seed 003): Foundation Level with 12 hours of group supervision £660 + VAT = £792, Foundation
 * Level only £500 + VAT = £600, evaluation & assessment £300 incl. VAT, charged only if coursework
 * is submitted. VAT 20%. The page states no publication date, only the course dates (summer 2022),
 * so the title carries those. Already valid: it needs no parser, so the parser can load lazily.
 */
export const builtInFees = (): FeeConfig => ({
  currency: 'GBP',
  digits: 2,
  vatRate: 200_000,
  title: msg('The NVR Certificate Course, summer 2022 (online)'),
  items: [
    {
      id: 'foundation-supervision',
      label: msg('Foundation Level – 4 days training, including 12 hours of group supervision'),
      price: 66_000,
      vat: 'exclusive',
      group: msg('Foundation Level'),
      requires: [],
      excludes: [],
      perParticipant: true,
      priceOnRequest: false,
    },
    {
      id: 'foundation',
      label: msg('Foundation Level only – 4 days training, no supervision included'),
      price: 50_000,
      vat: 'exclusive',
      group: msg('Foundation Level'),
      requires: [],
      excludes: [],
      perParticipant: true,
      priceOnRequest: false,
    },
    {
      id: 'evaluation',
      label: msg('Evaluation & assessment'),
      price: 30_000,
      vat: 'inclusive',
      group: msg('Certification'),
      requires: [],
      excludes: [],
      perParticipant: true,
      note: msg('Charged only if you submit coursework.'),
      priceOnRequest: false,
    },
  ],
  participants: { min: 1, max: 50, default: 1 },
  discounts: [],
  stacking: 'combine',
});
