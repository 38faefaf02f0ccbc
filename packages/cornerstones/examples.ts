/**
 * <nvr-cornerstones> as editors use it: the stories, the shared widget suite (every example) and
 * the snippets in docs/cornerstones.md all come from this list (see test/examples.ts).
 */
import { clickPart, dedent, part, type WidgetExample } from '../../test/examples.js';

/** An editor's own sections, as the content-authoring guide teaches them. */
const OWN_SECTIONS = dedent(`
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
`);

/** A dark page, themed through the public `--nvr-*` tokens only. */
const DARK_THEME = [
  '--nvr-color-text: #f4ede4',
  '--nvr-color-text-muted: #d2c6b8',
  '--nvr-color-surface: #1e1a17',
  '--nvr-color-border: #8f8072',
  '--nvr-color-accent: #f0a56c',
  '--nvr-color-accent-text: #1e1a17',
  '--nvr-color-link: #f6c196',
  '--nvr-color-focus: #9cc0ff',
  '--nvr-color-focus-halo: #1e1a17',
  "--nvr-font-family: Georgia, 'Times New Roman', serif",
  'background: #1e1a17',
  'padding: 1.5rem',
].join('; ');

export const examples: WidgetExample[] = [
  {
    name: 'Built-in sections',
    description: 'The five cornerstones of NVR, all closed; each summary stays visible under its heading.',
    attributes: {},
  },
  {
    name: 'All sections open',
    description: 'Every section open from the start, for a page that should read straight through.',
    attributes: { open: 'all' },
  },
  {
    name: 'One section at a time',
    description: 'The first section open, and opening another closes it (`single`).',
    attributes: { single: '', open: '1' },
  },
  {
    name: 'A section the visitor opened',
    description: 'After a visitor opens the third section: its body shows below the summary.',
    attributes: {},
    reach: async (el) => {
      await clickPart(el, '#button-2');
      await part(el, '#panel-2[role="region"]');
    },
  },
  {
    name: 'Your own sections in Markdown',
    description: 'An editor’s own sections replace the built-in ones: each `## Heading` starts a section.',
    attributes: { 'heading-level': '2' },
    inline: { type: 'text/markdown', content: OWN_SECTIONS },
  },
  {
    name: 'Right to left',
    description:
      'On a right-to-left page the layout mirrors (the built-in text stays English until translated).',
    attributes: {},
    wrapper: { dir: 'rtl' },
  },
  {
    name: 'A dark page',
    description: 'A dark theme set with the public `--nvr-*` tokens on an element around the widget.',
    attributes: {},
    wrapper: { style: DARK_THEME },
  },
  {
    name: 'Inside a provider',
    description: 'Site-wide settings, such as the locale, come from an `<nvr-provider>` around the widgets.',
    attributes: {},
    provider: { locale: 'en-GB', 'emergency-number': '999' },
  },
];
