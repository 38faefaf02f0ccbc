import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { action } from 'storybook/actions';
import '@nvr-widgets/core/define.js';
import '@nvr-widgets/sit-in-planner/define.js';
import '@nvr-widgets/escalation-quiz/define.js';

interface Args {
  locale: string;
  'emergency-number': string;
  links: string;
}

const SITE_LINKS = JSON.stringify({
  findPractitioner: 'https://example.org/find-a-practitioner',
  deEscalation: 'https://example.org/de-escalation',
});

/** The provider with the args as attributes, around `content` (widgets that read its settings). */
const provider = (args: Args, content: TemplateResult) =>
  html`<nvr-provider
    locale=${args.locale || nothing}
    emergency-number=${args['emergency-number'] || nothing}
    links=${args.links || nothing}
    @nvr-config-error=${action('nvr-config-error')}
    >${content}</nvr-provider
  >`;

/**
 * `<nvr-provider>` shares site-wide settings with every widget inside it, so an editor sets them
 * once: the locale, the emergency number and links to the site's own pages. It adds no box of its
 * own. A widget's own attribute (e.g. the planner's `emergency-number`) still wins.
 */
const meta: Meta<Args> = {
  title: 'Widgets/nvr-provider',
  component: 'nvr-provider',
  args: { locale: '', 'emergency-number': '999', links: SITE_LINKS },
  argTypes: {
    locale: { type: 'string', control: 'select', options: ['', 'en-GB'] },
    'emergency-number': { type: 'string', control: 'text' },
    links: { type: 'string', control: 'text' },
  },
  render: (args) => provider(args, html`<nvr-sit-in-planner storage="none"></nvr-sit-in-planner>`),
};
export default meta;

type Story = StoryObj<Args>;

/** The planner's task list links to the site's "find a practitioner" page named in `links`. */
export const SiteLinks: Story = {};

/** Step 1 of the planner shows the provider's emergency number (112 across most of Europe). */
export const EmergencyNumber: Story = {
  args: { 'emergency-number': '112' },
  render: (args) =>
    provider(args, html`<nvr-sit-in-planner storage="none" start-step="ready"></nvr-sit-in-planner>`),
};

/** One provider around several widgets: the quiz and the planner read the same settings. */
export const AroundSeveralWidgets: Story = {
  render: (args) =>
    provider(
      args,
      html`<nvr-escalation-quiz count="2"></nvr-escalation-quiz>
        <nvr-sit-in-planner storage="none"></nvr-sit-in-planner>`,
    ),
};

/**
 * A link that is not a safe URL is dropped and reported (a console warning and `nvr-config-error`
 * in the Actions panel); the others still apply.
 */
export const UnsafeLink: Story = {
  args: {
    links: JSON.stringify({ findPractitioner: 'javascript:alert(1)', deEscalation: '/de-escalation' }),
  },
};
