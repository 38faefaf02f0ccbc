import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@nvr-widgets/core/define.js';
import '@nvr-widgets/cornerstones/define.js';
import { examples } from '../packages/cornerstones/examples.js';
import { exampleStories } from './example-stories.js';

/** The attributes, as controls; empty means "not set" (the widget's default). */
type Args = {
  open: string;
  single: boolean;
  'heading-level': string;
  src: string;
};

const story = exampleStories<Args>({
  tag: 'nvr-cornerstones',
  examples,
  events: ['nvr-cornerstone-toggle', 'nvr-config-error'],
  booleans: ['single'],
});

const meta: Meta<Args> = {
  title: 'Widgets/nvr-cornerstones',
  component: 'nvr-cornerstones',
  args: { open: '', single: false, 'heading-level': '', src: '' },
  // Descriptions come from the manifest. `type` too, because Storybook cannot map the manifest's
  // `string | undefined` and would drop args given in the URL (shared links).
  argTypes: {
    open: { type: 'string', control: 'text' },
    single: { type: 'boolean', control: 'boolean' },
    'heading-level': { type: 'string', control: 'select', options: ['', '2', '3', '4', '5', '6'] },
    src: { type: 'string', control: 'text' },
  },
};
export default meta;

type Story = StoryObj<Args>;

// One story per example in packages/cornerstones/examples.ts (the docs' snippets come from there too).
export const Default: Story = story('Built-in sections');
export const AllOpen: Story = story('All sections open');
export const Single: Story = story('One section at a time');
export const SectionOpened: Story = story('A section the visitor opened');
export const MarkdownOverride: Story = story('Your own sections in Markdown');
export const RTL: Story = story('Right to left');
export const Themed: Story = story('A dark page');
export const InProvider: Story = story('Inside a provider');
