import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { action } from 'storybook/actions';
import '@nvr-widgets/core/define.js';
import '@nvr-widgets/fee-calculator/define.js';
import pathway from '../test/fixtures/fee-calculator/pathway.json';

interface Args {
  selected: string;
  participants: string;
  'show-vat': string;
  compare: string;
  debug: boolean;
}

/** The element with the args as attributes; `config` is an optional price list object. */
const calculator = (args: Args, config?: unknown, content: TemplateResult | typeof nothing = nothing) =>
  html`<nvr-fee-calculator
    selected=${args.selected || nothing}
    participants=${args.participants || nothing}
    show-vat=${args['show-vat'] || nothing}
    compare=${args.compare || nothing}
    ?debug=${args.debug}
    .config=${config}
    @nvr-fee-change=${action('nvr-fee-change')}
    @nvr-fee-book=${action('nvr-fee-book')}
    @nvr-config-error=${action('nvr-config-error')}
    >${content}</nvr-fee-calculator
  >`;

const meta: Meta<Args> = {
  title: 'Widgets/nvr-fee-calculator',
  component: 'nvr-fee-calculator',
  args: { selected: '', participants: '', 'show-vat': '', compare: '', debug: false },
  argTypes: {
    selected: { type: 'string', control: 'text' },
    participants: { type: 'string', control: 'text' },
    'show-vat': { type: 'string', control: 'select', options: ['', 'excluding', 'including'] },
    compare: { type: 'string', control: 'text' },
    debug: { type: 'boolean', control: 'boolean' },
  },
  render: (args) => calculator(args),
};
export default meta;

type Story = StoryObj<Args>;

/** No configuration: the NVR Certificate Course fees exactly as published (seed 003). */
export const SeedPriceList: Story = {};

/** The seed list with options chosen for a team of three. */
export const SeedForATeam: Story = {
  args: { selected: 'foundation-supervision,evaluation', participants: '3' },
};

/** A date `days` from today, so the example early-bird offer is always open in the story. */
const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A multi-level pathway (example prices) with an early bird, a group discount and a member code
 * (`NVRA2026`), combined in order; a price on request; Markdown notes; a booking link.
 */
export const PathwayWithDiscounts: Story = {
  args: { selected: 'foundation-supervision', participants: '5' },
  render: (args) =>
    calculator(args, {
      ...pathway,
      discounts: pathway.discounts.map((d) => (d.validUntil ? { ...d, validUntil: daysAhead(30) } : d)),
    }),
};

/** A EUR provider on a German page: amounts and dates follow the page's language. */
export const EuroInGerman: Story = {
  args: { selected: 'grund,supervision', participants: '2' },
  render: (args) =>
    html`<div lang="de-DE">
      ${calculator(args, {
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
      })}
    </div>`,
};

/** Two options side by side: with and without supervision. */
export const Compare: Story = { args: { compare: 'foundation-supervision,foundation', participants: '2' } };

/** A broken price list with `debug`: the box lists each problem with its JSON path. */
export const DebugBrokenConfig: Story = {
  args: { debug: true },
  render: (args) =>
    calculator(args, {
      currency: 'GBP',
      vatRate: '120%',
      items: [
        { id: 'a', label: 'Foundation', price: '660' },
        { id: 'b', label: 'Advanced', price: '66O', requires: ['a'] },
        { id: 'c', label: 'Supervision', price: '-50', requires: ['advnced'] },
      ],
      bookingUrl: 'javascript:alert(1)',
    }),
};

/** Layout mirrors in right-to-left pages. */
export const RTL: Story = {
  args: { selected: 'foundation,evaluation' },
  render: (args) => html`<div dir="rtl">${calculator(args)}</div>`,
};
