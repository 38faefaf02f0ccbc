/**
 * <nvr-escalation-quiz> as editors use it: the stories, the shared widget suite (every example) and
 * the snippets in docs/escalation-quiz.md all come from this list (see test/examples.ts).
 */
import { clickPart, dedent, part, settled, waitFor, type WidgetExample } from '../../test/examples.js';

const shown = (el: HTMLElement, selector: string) => el.shadowRoot?.querySelector(selector);
const prompt = (el: HTMLElement) => shown(el, '#prompt')?.textContent ?? '';

/**
 * Answers `count` questions as a visitor does: the first choice, then the primary button (Check
 * answer, or Next). With feedback after each answer, `stopAtFeedback` stops at the last feedback;
 * otherwise Next moves on, and the last answer brings the results.
 */
async function answer(el: HTMLElement, count: number, stopAtFeedback = false) {
  for (let i = 0; i < count; i++) {
    const before = prompt(el);
    await clickPart(el, 'input[type="radio"]');
    await clickPart(el, '.actions button.primary');
    const next = await waitFor(
      () => shown(el, '[part="feedback"]') ?? shown(el, '[part="results"]') ?? prompt(el) !== before,
      'the quiz to move on',
    );
    if (next instanceof Element && next.matches('[part="feedback"]')) {
      if (stopAtFeedback && i === count - 1) return;
      await clickPart(el, '.actions button.primary');
    }
  }
  if (!stopAtFeedback) await part(el, '[part="results"]');
  await settled(el);
}

/** An editor's own scenarios (Markdown allowed in the text fields), as the docs describe the bank. */
const OWN_BANK = dedent(`
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
`);

export const examples: WidgetExample[] = [
  {
    name: 'The first question',
    description: 'Learn mode: the first of six everyday scenarios, nothing chosen; a seed fixes the draw.',
    attributes: { seed: 'week-1' },
  },
  {
    name: 'Feedback after an answer',
    description: 'After “Check answer”: right or not, why, and what you could say or do instead.',
    attributes: { seed: 'week-1' },
    reach: (el) => answer(el, 1, true),
  },
  {
    name: 'The results',
    description:
      'After three questions: the score by type, the safety note and the link to your de-escalation page.',
    attributes: { seed: 'week-1', count: '3', 'de-escalation-url': '#de-escalation' },
    reach: (el) => answer(el, 3),
  },
  {
    name: 'Feedback at the end',
    description:
      'All feedback after the last answer: Back changes earlier answers, and the review lists every question.',
    attributes: { seed: 'week-1', feedback: 'end' },
  },
  {
    name: 'The private self-check',
    description:
      'Reflect mode: eight statements about your own reactions, each answered from “Never” to “Almost always”.',
    attributes: { mode: 'reflect' },
  },
  {
    name: 'The self-check profile',
    description:
      'The reflect profile after every statement is answered “Never”: what it means and one idea to try.',
    attributes: { mode: 'reflect' },
    reach: (el) => answer(el, 8),
  },
  {
    name: 'Your own scenarios, inline',
    description:
      'An inline JSON bank of your own scenarios replaces the built-in ones; Markdown is allowed in its text.',
    attributes: { count: '2', 'heading-level': '2' },
    inline: { type: 'application/json', content: OWN_BANK },
  },
  {
    name: 'Right to left',
    description:
      'On a right-to-left page the layout mirrors (the built-in text stays English until translated).',
    attributes: { seed: 'week-1', feedback: 'end' },
    wrapper: { dir: 'rtl' },
  },
  {
    name: 'Inside a provider',
    description:
      'The emergency number and the de-escalation link come from an `<nvr-provider>` around the widgets.',
    attributes: { seed: 'week-1', count: '1' },
    provider: { 'emergency-number': '112', links: '{"deEscalation": "#de-escalation"}' },
    reach: (el) => answer(el, 1),
  },
];
