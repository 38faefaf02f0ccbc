import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@nvr-widgets/core/define.js';
import '@nvr-widgets/fee-calculator/define.js';
import { examples } from '../packages/fee-calculator/examples.js';
import { exampleStories } from './example-stories.js';

/** The attributes, as controls; empty means "not set" (the widget's default). */
type Args = {
  selected: string;
  participants: string;
  'show-vat': string;
  compare: string;
  debug: boolean;
};

const story = exampleStories<Args>({
  tag: 'nvr-fee-calculator',
  examples,
  events: ['nvr-fee-change', 'nvr-fee-book', 'nvr-config-error'],
  booleans: ['debug'],
});

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
};
export default meta;

type Story = StoryObj<Args>;

// One story per example in packages/fee-calculator/examples.ts (the docs' snippets come from there too).
export const SeedPriceList: Story = story('The published seed fees');
export const SeedForATeam: Story = story('Chosen for a team of three');
export const VisitorsChoice: Story = story('A visitor’s choice');
export const IncludingVat: Story = story('Prices including VAT');
export const PathwayWithDiscounts: Story = story('Your own price list, with discounts');
export const Compare: Story = story('Comparing two options');
export const EuroInGerman: Story = story('Euros on a German page');
export const DebugBrokenConfig: Story = story('Mistakes in a price list, with debug');
export const RTL: Story = story('Right to left');
