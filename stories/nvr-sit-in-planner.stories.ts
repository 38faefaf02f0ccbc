import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { action } from 'storybook/actions';
import '@nvr-widgets/core/define.js';
import '@nvr-widgets/sit-in-planner/define.js';
import type { NvrSitInPlanner, SitInPlan } from '@nvr-widgets/sit-in-planner';
import { completePlan } from '../packages/sit-in-planner/test/plans.js';

interface Args {
  'start-step': string;
  'emergency-number': string;
  'exit-url': string;
  storage: string;
}

/**
 * Each story keeps its own plan under its own key, so stories never share a parent's answers.
 * `plan` is written there first (an example plan, as if saved on an earlier visit).
 */
const planner = (args: Args, key: string, plan?: Partial<SitInPlan>) => {
  const storageKey = `nvr-story-${key}`;
  if (plan) localStorage.setItem(storageKey, JSON.stringify({ stamp: Date.now(), value: plan }));
  else localStorage.removeItem(storageKey);
  return html`<nvr-sit-in-planner
    storage-key=${storageKey}
    storage=${args.storage || nothing}
    start-step=${args['start-step'] || nothing}
    emergency-number=${args['emergency-number'] || nothing}
    exit-url=${args['exit-url'] || nothing}
    @nvr-plan-change=${action('nvr-plan-change')}
    @nvr-plan-export=${action('nvr-plan-export')}
    @nvr-plan-delete=${action('nvr-plan-delete')}
    @nvr-config-error=${action('nvr-config-error')}
  ></nvr-sit-in-planner>`;
};

const meta: Meta<Args> = {
  title: 'Widgets/nvr-sit-in-planner',
  component: 'nvr-sit-in-planner',
  args: { 'start-step': '', 'emergency-number': '999', 'exit-url': '', storage: 'local' },
  argTypes: {
    'start-step': {
      type: 'string',
      control: 'select',
      options: ['', 'ready', 'behaviour', 'people', 'when', 'statement', 'during', 'after', 'check'],
    },
    'emergency-number': { type: 'string', control: 'text' },
    'exit-url': { type: 'string', control: 'text' },
    storage: { type: 'string', control: 'select', options: ['local', 'none'] },
  },
  render: (args) => planner(args, 'default'),
};
export default meta;

type Story = StoryObj<Args>;

/** A first visit: the task list, nothing started. */
export const TaskList: Story = {};

/** A plan part-way through: statuses in words. */
export const InProgress: Story = {
  render: (args) =>
    planner(args, 'in-progress', { ...completePlan(), done: ['ready', 'behaviour'], ifEscalates: '' }),
};

const step = (name: string): Story => ({
  args: { 'start-step': name },
  render: (args) => planner(args, `step-${name}`, { ...completePlan(), done: [] }),
});

export const Step1Ready = step('ready');
export const Step2Behaviour = step('behaviour');
export const Step3People = step('people');
export const Step4WhereAndWhen = step('when');
export const Step5Statement = step('statement');
export const Step6During = step('during');
export const Step7Afterwards = step('after');

/** Risky answers in step 1 show the safety guidance, with the emergency number as a link. */
export const SafetyGuidance: Story = {
  args: { 'start-step': 'ready', 'emergency-number': '112' },
  render: (args) =>
    planner(args, 'safety', { calmNow: 'unsure', violentBefore: 'yes', dangerNow: 'yes', hasSupport: 'no' }),
};

/** Continue with nothing answered: the GOV.UK error summary takes focus. */
export const ErrorSummary: Story = {
  args: { 'start-step': 'ready' },
  render: (args) => planner(args, 'errors'),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<NvrSitInPlanner>('nvr-sit-in-planner')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** The check page: every answer with Change links, then print, downloads and delete. */
export const CheckYourPlan: Story = {
  args: { 'start-step': 'check' },
  render: (args) => planner(args, 'check', completePlan()),
};

/** Layout mirrors in right-to-left pages (the built-in text stays English until translated). */
export const RTL: Story = {
  args: { 'start-step': 'people' },
  render: (args) => html`<div dir="rtl">${planner(args, 'rtl', completePlan())}</div>`,
};

/** Settings such as the emergency number can come from an `<nvr-provider>` around the widgets. */
export const InProvider: Story = {
  args: { 'start-step': 'ready', 'emergency-number': '' },
  render: (args) =>
    html`<nvr-provider locale="en-GB" emergency-number="112">
      ${planner(args, 'provider', { ...completePlan(), violentBefore: 'yes' })}
    </nvr-provider>`,
};

/** After "Leave this page quickly" with "hide my plan" ticked: nothing of the plan is shown. */
export const HiddenPlan: Story = {
  render: (args) => planner(args, 'hidden', { ...completePlan(), hideOnExit: true, locked: true }),
};
