import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@nvr-widgets/core/define.js';
import '@nvr-widgets/escalation-quiz/define.js';
import { examples } from '../packages/escalation-quiz/examples.js';
import { exampleStories } from './example-stories.js';

/** The attributes, as controls; empty means "not set" (the widget's default). */
type Args = {
  mode: string;
  count: string;
  seed: string;
  feedback: string;
  src: string;
  'de-escalation-url': string;
  'heading-level': string;
};

const story = exampleStories<Args>({
  tag: 'nvr-escalation-quiz',
  examples,
  events: ['nvr-quiz-answer', 'nvr-quiz-complete', 'nvr-config-error'],
});

const meta: Meta<Args> = {
  title: 'Widgets/nvr-escalation-quiz',
  component: 'nvr-escalation-quiz',
  args: {
    mode: '',
    count: '',
    seed: '',
    feedback: '',
    src: '',
    'de-escalation-url': '',
    'heading-level': '',
  },
  argTypes: {
    mode: { type: 'string', control: 'inline-radio', options: ['', 'learn', 'reflect'] },
    count: { type: 'string', control: 'text' },
    seed: { type: 'string', control: 'text' },
    feedback: { type: 'string', control: 'inline-radio', options: ['', 'immediate', 'end'] },
    src: { type: 'string', control: 'text' },
    'de-escalation-url': { type: 'string', control: 'text' },
    'heading-level': { type: 'string', control: 'select', options: ['', '2', '3', '4'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

// One story per example in packages/escalation-quiz/examples.ts (the docs' snippets come from there too).
export const Question: Story = story('The first question');
export const Feedback: Story = story('Feedback after an answer');
export const Results: Story = story('The results');
export const FeedbackAtTheEnd: Story = story('Feedback at the end');
export const Reflect: Story = story('The private self-check');
export const ReflectProfile: Story = story('The self-check profile');
export const CustomBank: Story = story('Your own scenarios, inline');
export const RTL: Story = story('Right to left');
export const InProvider: Story = story('Inside a provider');
