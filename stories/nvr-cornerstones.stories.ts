import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { action } from 'storybook/actions';
import '@nvr-widgets/core/define.js';
import '@nvr-widgets/cornerstones/define.js';

interface Args {
  open: string;
  single: boolean;
  'heading-level': number;
  src: string;
}

/** The element with the args as attributes; `content` is optional light-DOM Markdown. */
const cornerstones = (args: Args, content: TemplateResult | typeof nothing = nothing) =>
  html`<nvr-cornerstones
    open=${args.open || nothing}
    ?single=${args.single}
    heading-level=${args['heading-level'] ?? nothing}
    src=${args.src || nothing}
    @nvr-cornerstone-toggle=${action('nvr-cornerstone-toggle')}
    @nvr-config-error=${action('nvr-config-error')}
    >${content}</nvr-cornerstones
  >`;

const meta: Meta<Args> = {
  title: 'Widgets/nvr-cornerstones',
  component: 'nvr-cornerstones',
  args: { open: '', single: false, 'heading-level': 3, src: '' },
  // Descriptions come from the manifest. `type` too, because Storybook cannot map the manifest's
  // `string | undefined` and would drop args given in the URL (shared links).
  argTypes: {
    open: { type: 'string', control: 'text' },
    single: { type: 'boolean', control: 'boolean' },
    'heading-level': { type: 'number', control: 'select', options: [2, 3, 4, 5, 6] },
    src: { type: 'string', control: 'text' },
  },
  render: (args) => cornerstones(args),
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const AllOpen: Story = { args: { open: 'all' } };

export const Single: Story = { args: { single: true, open: '1' } };

/** Editors replace the built-in sections with Markdown: each `## Heading` starts a section. */
export const MarkdownOverride: Story = {
  render: (args) =>
    cornerstones(
      args,
      html`<script type="text/markdown">
        ## Strike while the iron is cold

        You do not have to answer in the heat of the moment. “I’ll come back to this” is enough for now.

        Waiting is not giving in. It gives you time to think, and it keeps everyone safer.

        ## You do not have to do this alone

        Tell a few people you trust what is happening at home, and ask them to stand with you.

        - A grandparent who sends a kind but clear message
        - A friend you can call after a hard evening

        ## Small gestures of care

        Keep showing your child that you care, even when things are hard.

        A favourite meal or a note on their pillow says: _our relationship matters to me_. No conditions attached.
      </script>`,
    ),
};

/** Layout mirrors in right-to-left pages (the built-in text stays English until translated). */
export const RTL: Story = {
  render: (args) => html`<div dir="rtl">${cornerstones(args)}</div>`,
};

/** A dark theme from the public `--nvr-*` tokens, plus one `::part` rule. */
export const Themed: Story = {
  render: (args) =>
    html`<style>
        .dark-theme {
          --nvr-color-text: #f4ede4;
          --nvr-color-text-muted: #d2c6b8;
          --nvr-color-surface: #1e1a17;
          --nvr-color-border: #8f8072;
          --nvr-color-accent: #f0a56c;
          --nvr-color-accent-text: #1e1a17;
          --nvr-color-link: #f6c196;
          --nvr-color-focus: #9cc0ff;
          --nvr-color-focus-halo: #1e1a17;
          --nvr-font-family: Georgia, 'Times New Roman', serif;
          background: var(--nvr-color-surface);
          padding: 1.5rem;
        }
        .dark-theme nvr-cornerstones::part(heading) {
          letter-spacing: 0.01em;
        }
      </style>
      <div class="dark-theme">${cornerstones(args)}</div>`,
};

/** Site-wide settings come from an `<nvr-provider>` around the widgets. */
export const InProvider: Story = {
  render: (args) =>
    html`<nvr-provider locale="en-GB" emergency-number="999">${cornerstones(args)}</nvr-provider>`,
};
