/**
 * <nvr-fee-calculator> as providers use it: the stories, the shared widget suite (every example)
 * and the snippets in docs/fee-calculator.md all come from this list (see test/examples.ts).
 */
import { clickPart, fillPart, part, waitFor, type WidgetExample } from '../../test/examples.js';
import pathway from '../../test/fixtures/fee-calculator/pathway.json';

export const examples: WidgetExample[] = [
  {
    name: 'The published seed fees',
    description:
      'No configuration: the NVR Certificate Course fees exactly as published, nothing chosen yet.',
    attributes: {},
  },
  {
    name: 'Chosen for a team of three',
    description:
      'Options chosen when the page opens (`selected`) for three participants: each line, VAT and the total.',
    attributes: { selected: 'foundation-supervision,evaluation', participants: '3' },
  },
  {
    name: 'A visitor’s choice',
    description:
      'After a visitor chooses Foundation Level only and the evaluation, for two people, with prices including VAT.',
    attributes: {},
    reach: async (el) => {
      await clickPart(el, 'input[data-id="foundation"]');
      await clickPart(el, 'input[data-id="evaluation"]');
      await fillPart(el, '#participants', '2');
      await clickPart(el, 'form[part="options"] input[type="checkbox"]:not([data-id])');
      await part(el, '[part="total"]');
    },
  },
  {
    name: 'Prices including VAT',
    description: 'Every price shown including VAT from the start (`show-vat="including"`).',
    attributes: { 'show-vat': 'including', selected: 'foundation-supervision' },
  },
  {
    name: 'Your own price list, with discounts',
    description:
      'A multi-level pathway (example prices) in inline JSON: a price on request, Markdown notes, discounts on their own terms (an early bird, a group of five, a member code entered here) and a booking link.',
    attributes: { selected: 'foundation-supervision', participants: '5' },
    inline: { type: 'application/json', content: JSON.stringify(pathway, null, 2) },
    reach: async (el) => {
      await fillPart(el, '#code', 'NVRA2026');
      await clickPart(el, '#code ~ button[type="submit"]');
      await part(el, '[part="note"] strong');
      await waitFor(
        () => /NVRA member/.test(el.shadowRoot?.querySelector('#code-status')?.textContent ?? ''),
        'the code to apply',
      );
    },
  },
  {
    name: 'Comparing two options',
    description: 'Two options side by side (`compare`): with and without group supervision, for two people.',
    attributes: { compare: 'foundation-supervision,foundation', participants: '2' },
    reach: async (el) => void (await part(el, '[part="compare"]')),
  },
  {
    name: 'Euros on a German page',
    description:
      'A EUR price list set from a script (the `config` property): amounts and dates follow the page’s language.',
    attributes: { selected: 'grund,supervision', participants: '2' },
    wrapper: { lang: 'de-DE' },
    properties: {
      config: {
        currency: 'EUR',
        vatRate: '19%',
        pricesPublished: '2026-01-05',
        title: 'NVR-Grundkurs (Beispielpreise)',
        items: [
          { id: 'grund', label: 'Grundkurs, 4 Tage', price: '890', group: 'Kurs' },
          { id: 'kompakt', label: 'Kompaktkurs, 2 Tage', price: '490', group: 'Kurs' },
          {
            id: 'supervision',
            label: 'Gruppensupervision, 6 × 2 Stunden',
            price: '360',
            requires: ['grund'],
          },
        ],
      },
    },
  },
  {
    name: 'Mistakes in a price list, with debug',
    description:
      'A price list with mistakes and `debug`: the valid options still work, and a box lists each problem with its JSON path.',
    attributes: { debug: '' },
    reach: async (el) => void (await part(el, '[part="problems"]')),
    properties: {
      config: {
        currency: 'GBP',
        vatRate: '120%',
        items: [
          { id: 'a', label: 'Foundation', price: '660' },
          { id: 'b', label: 'Advanced', price: '66O', requires: ['a'] },
          { id: 'c', label: 'Supervision', price: '-50', requires: ['advnced'] },
        ],
        bookingUrl: 'javascript:alert(1)',
      },
    },
  },
  {
    name: 'Right to left',
    description: 'On a right-to-left page the layout mirrors, and amounts inside sentences keep their order.',
    attributes: { selected: 'foundation,evaluation' },
    wrapper: { dir: 'rtl' },
  },
];
