/**
 * <nvr-sit-in-planner> as editors use it: the stories, the shared widget suite (every example) and
 * the snippets in docs/sit-in-planner.md all come from this list (see test/examples.ts).
 */
import { clickPart, part, type WidgetExample } from '../../test/examples.js';
import type { SitInPlan } from './src/index.js';
import { completePlan } from './test/plans.js';

/** Where the planner keeps its plan unless `storage-key` says otherwise. */
export const DEFAULT_STORAGE_KEY = 'nvr-sit-in-plan';

/** A plan as an earlier visit saved it on this device (the planner's storage envelope). */
const saved = (plan: Partial<SitInPlan>) => ({ [DEFAULT_STORAGE_KEY]: { stamp: 1, value: plan } });

/** Every answer given: how the steps look when a parent comes back to them. */
const answered = saved(completePlan());

const step = (number: number, id: string, title: string): WidgetExample => ({
  name: `Step ${number}: ${title}`,
  description: `Step ${number} of 8 with a plan's answers filled in, opened straight away with \`start-step="${id}"\`.`,
  attributes: { 'start-step': id },
  stored: answered,
});

export const examples: WidgetExample[] = [
  {
    name: 'A first visit',
    description: 'The task list: what a sit-in is and is not, and the eight steps, none started.',
    attributes: { 'emergency-number': '999' },
  },
  {
    name: 'A plan in progress',
    description: 'Coming back to a plan saved on this device: each step’s status in words.',
    attributes: {},
    stored: saved({ ...completePlan(), done: ['ready', 'behaviour'], ifEscalates: '' }),
  },
  step(1, 'ready', 'Is now the right time?'),
  step(2, 'behaviour', 'The behaviour'),
  step(3, 'people', 'Who will be there'),
  step(4, 'when', 'Where and when'),
  step(5, 'statement', 'What you will say'),
  step(6, 'during', 'During and ending'),
  step(7, 'after', 'Afterwards'),
  {
    name: 'Safety guidance',
    description: 'Risky answers in step 1 show their own guidance, with the emergency number as a link.',
    attributes: { 'start-step': 'ready', 'emergency-number': '112' },
    stored: saved({ calmNow: 'unsure', violentBefore: 'yes', dangerNow: 'yes', hasSupport: 'no' }),
  },
  {
    name: 'There is a problem',
    description:
      'After Continue with nothing answered: the error summary takes focus and links to each question.',
    attributes: { 'start-step': 'ready' },
    reach: async (el) => {
      await clickPart(el, 'button[type="submit"]');
      await part(el, '.error-summary');
    },
  },
  {
    name: 'Check your plan',
    description:
      'Every answer with its Change link, then print, the calendar file, the text copy and delete.',
    attributes: { 'start-step': 'check' },
    stored: saved(completePlan()),
  },
  {
    name: 'Nothing saved on this device',
    description:
      'With `storage="none"` the plan is kept in memory only, and the parent is told to print or download it.',
    attributes: { storage: 'none', 'start-step': 'behaviour' },
  },
  {
    name: 'Right to left',
    description:
      'On a right-to-left page the layout mirrors (the built-in text stays English until translated).',
    attributes: { 'start-step': 'people' },
    wrapper: { dir: 'rtl' },
    stored: saved(completePlan()),
  },
  {
    name: 'Inside a provider',
    description:
      'The emergency number in the safety guidance comes from an `<nvr-provider>` around the widgets.',
    attributes: { 'start-step': 'ready' },
    provider: { locale: 'en-GB', 'emergency-number': '112' },
    stored: saved({ ...completePlan(), violentBefore: 'yes' }),
  },
  {
    name: 'The plan hidden after a quick exit',
    description:
      'After “Leave this page quickly” with “hide my plan” ticked: nothing of the plan shows until the parent asks.',
    attributes: {},
    stored: saved({ ...completePlan(), hideOnExit: true, locked: true }),
  },
];
