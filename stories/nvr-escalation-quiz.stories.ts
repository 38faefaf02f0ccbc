import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { action } from 'storybook/actions';
import '@nvr-widgets/core/define.js';
import '@nvr-widgets/escalation-quiz/define.js';

interface Args {
  mode: string;
  count: number;
  seed: string;
  feedback: string;
  src: string;
  'de-escalation-url': string;
  'heading-level': number;
}

type Quiz = HTMLElement & { updateComplete: Promise<unknown> };

/** The element with the args as attributes; `content` is an optional inline JSON bank. */
const quiz = (args: Args, content: TemplateResult | typeof nothing = nothing) =>
  html`<nvr-escalation-quiz
    mode=${args.mode || nothing}
    count=${args.count ?? nothing}
    seed=${args.seed || nothing}
    feedback=${args.feedback || nothing}
    src=${args.src || nothing}
    de-escalation-url=${args['de-escalation-url'] || nothing}
    heading-level=${args['heading-level'] || nothing}
    @nvr-quiz-answer=${action('nvr-quiz-answer')}
    @nvr-quiz-complete=${action('nvr-quiz-complete')}
    @nvr-config-error=${action('nvr-config-error')}
    >${content}</nvr-escalation-quiz
  >`;

/** Clicks through the quiz as a visitor would: answer `steps` questions (the first choice each). */
async function answer(canvas: HTMLElement, steps: number, checkOnly = false) {
  const el = canvas.querySelector<Quiz>('nvr-escalation-quiz')!;
  const root = el.shadowRoot!;
  const settle = async () => {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
  };
  await settle();
  for (let i = 0; i < steps; i++) {
    root.querySelector<HTMLInputElement>('input[type="radio"]')?.click();
    await settle();
    root.querySelector<HTMLButtonElement>('.actions button.primary')?.click();
    await settle();
    if (checkOnly && i === steps - 1) return;
    if (root.querySelector('[part="feedback"]')) {
      root.querySelector<HTMLButtonElement>('.actions button.primary')?.click();
      await settle();
    }
  }
}

const meta: Meta<Args> = {
  title: 'Widgets/nvr-escalation-quiz',
  component: 'nvr-escalation-quiz',
  args: {
    mode: 'learn',
    count: 6,
    seed: '',
    feedback: 'immediate',
    src: '',
    'de-escalation-url': '',
    'heading-level': 3,
  },
  argTypes: {
    mode: { type: 'string', control: 'inline-radio', options: ['learn', 'reflect'] },
    count: { type: 'number', control: { type: 'number', min: 1, max: 18 } },
    seed: { type: 'string', control: 'text' },
    feedback: { type: 'string', control: 'inline-radio', options: ['immediate', 'end'] },
    src: { type: 'string', control: 'text' },
    'de-escalation-url': { type: 'string', control: 'text' },
    'heading-level': { type: 'number', control: { type: 'number', min: 2, max: 4 } },
  },
  render: (args) => quiz(args),
};
export default meta;

type Story = StoryObj<Args>;

/** The first question of six, nothing chosen. */
export const Question: Story = { args: { seed: 'storybook' } };

/** After "Check answer": right or not, why, and a non-escalating alternative. */
export const Feedback: Story = {
  args: { seed: 'storybook' },
  play: ({ canvasElement }) => answer(canvasElement, 1, true),
};

/** The results after three questions, with the safety note and the de-escalation link. */
export const Results: Story = {
  args: { seed: 'storybook', count: 3, 'de-escalation-url': '#de-escalation' },
  play: ({ canvasElement }) => answer(canvasElement, 3),
};

/** All feedback at the end: Back changes earlier answers; the review lists every question. */
export const FeedbackAtTheEnd: Story = { args: { seed: 'storybook', feedback: 'end' } };

/** The private self-check: eight statements about your own reactions, a profile at the end. */
export const Reflect: Story = { args: { mode: 'reflect' } };

/** The reflect profile, after answering every statement "Never". */
export const ReflectProfile: Story = {
  args: { mode: 'reflect' },
  play: ({ canvasElement }) => answer(canvasElement, 8),
};

/** An editor's own scenarios, in an inline JSON bank (Markdown allowed in the text fields). */
export const CustomBank: Story = {
  args: { count: 2 },
  render: (args) =>
    quiz(
      args,
      html`<script type="application/json">
        {
          "questions": [
            {
              "id": "bedtime",
              "scenario": "Your 8-year-old refuses to go to bed and shouts. You shout back that they are *grounded for a week*.",
              "answer": "symmetrical",
              "explanation": "Shouting meets shouting, and a big punishment in the heat of the moment raises the stakes.",
              "alternative": "“It’s bedtime. I’m not going to argue.” Then stay calm and nearby."
            },
            {
              "id": "pocket-money",
              "scenario": "Your 12-year-old demands more pocket money and you hand it over to **stop the yelling**.",
              "answer": "complementary",
              "explanation": "Giving in to stop the yelling teaches that yelling works."
            }
          ]
        }
      </script>`,
    ),
};

/** Layout mirrors in right-to-left pages (the built-in text stays English until translated). */
export const RTL: Story = {
  args: { seed: 'storybook', feedback: 'end' },
  render: (args) => html`<div dir="rtl">${quiz(args)}</div>`,
};

/** Site-wide settings from `<nvr-provider>`: emergency number and the de-escalation link. */
export const InProvider: Story = {
  args: { seed: 'storybook', count: 1 },
  render: (args) =>
    html`<nvr-provider emergency-number="112" links='{"deEscalation": "#de-escalation"}'
      >${quiz(args)}</nvr-provider
    >`,
  play: ({ canvasElement }) => answer(canvasElement, 1),
};
