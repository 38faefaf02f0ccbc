import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@nvr-widgets/core/define.js';
import '@nvr-widgets/sit-in-planner/define.js';
import { DEFAULT_STORAGE_KEY, examples } from '../packages/sit-in-planner/examples.js';
import { exampleStories } from './example-stories.js';

/** The attributes, as controls; empty means "not set" (the widget's default). */
type Args = {
  'start-step': string;
  'emergency-number': string;
  'exit-url': string;
  storage: string;
};

const story = exampleStories<Args>({
  tag: 'nvr-sit-in-planner',
  examples,
  events: ['nvr-plan-change', 'nvr-plan-export', 'nvr-plan-delete', 'nvr-config-error'],
  // Each story keeps its plan under its own key, so stories never share a parent's answers; the
  // example's saved plan is written there on every render (as if saved on an earlier visit).
  adapt: (example, name) => {
    const key = `nvr-story-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    const plan = example.stored?.[DEFAULT_STORAGE_KEY];
    if (!plan) localStorage.removeItem(key);
    return {
      ...example,
      attributes: { ...example.attributes, 'storage-key': key },
      stored: plan ? { [key]: plan } : undefined,
    };
  },
});

const meta: Meta<Args> = {
  title: 'Widgets/nvr-sit-in-planner',
  component: 'nvr-sit-in-planner',
  args: { 'start-step': '', 'emergency-number': '', 'exit-url': '', storage: '' },
  argTypes: {
    'start-step': {
      type: 'string',
      control: 'select',
      options: ['', 'ready', 'behaviour', 'people', 'when', 'statement', 'during', 'after', 'check'],
    },
    'emergency-number': { type: 'string', control: 'text' },
    'exit-url': { type: 'string', control: 'text' },
    storage: { type: 'string', control: 'select', options: ['', 'local', 'none'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

// One story per example in packages/sit-in-planner/examples.ts (the docs' snippets come from there too).
export const TaskList: Story = story('A first visit');
export const InProgress: Story = story('A plan in progress');
export const Step1Ready: Story = story('Step 1: Is now the right time?');
export const Step2Behaviour: Story = story('Step 2: The behaviour');
export const Step3People: Story = story('Step 3: Who will be there');
export const Step4WhereAndWhen: Story = story('Step 4: Where and when');
export const Step5Statement: Story = story('Step 5: What you will say');
export const Step6During: Story = story('Step 6: During and ending');
export const Step7Afterwards: Story = story('Step 7: Afterwards');
export const SafetyGuidance: Story = story('Safety guidance');
export const ErrorSummary: Story = story('There is a problem');
export const CheckYourPlan: Story = story('Check your plan');
export const NoStorage: Story = story('Nothing saved on this device');
export const RTL: Story = story('Right to left');
export const InProvider: Story = story('Inside a provider');
export const HiddenPlan: Story = story('The plan hidden after a quick exit');
