/**
 * The pre-rendered quiz (dist/html/nvr-escalation-quiz.html, `seed="1"`, from `npm run build`)
 * taken over by the CDN script. Markup parsed with setHTMLUnsafe is painted by the browser before
 * the script is imported, as on a page whose script arrives late.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NvrQuizAnswerDetail, NvrQuizCompleteDetail } from '../src/events.js';
import { ANSWERS, draw, seedFromText } from '../src/model/quiz.js';
import { builtInQuestions } from '../src/content/questions.js';
import {
  captureConfigErrors,
  prerenderedSnippet,
  recreatedNodes,
  shadowNodes,
  stylesheetLoaded,
  until,
} from '../../../test/helpers.js';

type Quiz = HTMLElement & { updateComplete: Promise<unknown> };

const TAG = 'nvr-escalation-quiz';
/** What `seed="1"` draws from the built-in bank: the questions the snippet must show. */
const drawn = draw(builtInQuestions(), 6, seedFromText('1'));

const hosts: HTMLElement[] = [];
afterEach(() => hosts.splice(0).forEach((host) => host.remove()));

/** Parses the snippet (its script does not run this way) inside `wrap`, and waits for its stylesheet. */
async function paint(wrap = (markup: string) => markup): Promise<Quiz> {
  const host = document.createElement('div');
  hosts.push(host);
  document.body.append(host);
  host.setHTMLUnsafe(wrap(await prerenderedSnippet(TAG)));
  const el = host.querySelector<Quiz>(TAG)!;
  expect(el.shadowRoot, 'declarative shadow root').to.exist;
  await stylesheetLoaded(el);
  return el;
}

async function hydrate(el: Quiz): Promise<void> {
  await import(`/dist/cdn/${TAG}.js` as string);
  await customElements.whenDefined(TAG);
  await el.updateComplete;
}

const $ = (el: Quiz, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (el: Quiz, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim();
const radios = (el: Quiz) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const buttonNamed = (el: Quiz, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);

async function press(el: Quiz, name: string) {
  const button = buttonNamed(el, name);
  expect(button, `button "${name}"`).to.exist;
  button!.click();
  await el.updateComplete;
}

describe('pre-rendered <nvr-escalation-quiz>', () => {
  it('shows the first question before the script, and the script takes over the same nodes', async () => {
    const el = await paint();
    expect(text(el, '[part="progress"]')).to.equal('Question 1 of 6');
    expect(text(el, '[part="question"]')).to.equal(drawn[0].scenario);
    expect(
      radios(el).map((r) => r.checked),
      'no answer chosen yet',
    ).to.deep.equal([false, false, false]);
    const before = shadowNodes(el);
    expect(before.length).to.be.greaterThan(40);
    const height = el.getBoundingClientRect().height;
    expect(height).to.be.greaterThan(200);

    const consoleErrors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => consoleErrors.push(args.map(String).join(' '));
    const configErrors = captureConfigErrors();
    try {
      await hydrate(el);
      // Let the update that follows the take-over (the provider's settings, none here) run too.
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
    } finally {
      console.error = original;
      configErrors.restore();
    }

    expect(shadowNodes(el).length, 'as many nodes').to.equal(before.length);
    expect(recreatedNodes(el, before), 'nodes re-created').to.deep.equal([]);
    expect(el.getBoundingClientRect().height).to.equal(height);
    expect(consoleErrors).to.deep.equal([]);
    expect(configErrors.details).to.deep.equal([]);
    expect(text(el, '[part="question"]')).to.equal(drawn[0].scenario);
    expect($(el, '[part="base"]')!.hasAttribute('aria-busy')).to.be.false;
  });

  it('after the take-over, answers by keyboard and by clicks, with feedback, events and results', async () => {
    const el = await paint();
    await hydrate(el);
    const answers: NvrQuizAnswerDetail[] = [];
    const completes: NvrQuizCompleteDetail[] = [];
    el.addEventListener('nvr-quiz-answer', (e) => answers.push(e.detail));
    el.addEventListener('nvr-quiz-complete', (e) => completes.push(e.detail));

    // The first question with the keyboard: Tab into the choices, the second by arrow key, Check.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(radios(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radios(el).map((r) => r.checked)).to.deep.equal([false, true, false]);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Check answer');
    await sendKeys({ press: 'Enter' });
    const right = drawn[0].answer === ANSWERS[1];
    expect(answers).to.deep.equal([{ questionId: drawn[0].id, answer: ANSWERS[1], correct: right }]);
    // The feedback comes with its lazily loaded chunk, and focus lands on its heading.
    const verdict = await until(() => text(el, '#feedback-heading'), 'the feedback');
    expect(verdict).to.equal(right ? 'Right' : 'Not quite');
    await until(() => el.shadowRoot!.activeElement?.id === 'feedback-heading', 'focus on the feedback');
    expect(radios(el).every((r) => r.disabled)).to.be.true;

    // The other five with clicks, each answered right.
    await press(el, 'Next question');
    for (const [i, question] of drawn.entries()) {
      if (i === 0) continue;
      expect(text(el, '[part="progress"]')).to.equal(`Question ${i + 1} of 6`);
      expect(text(el, '[part="question"]')).to.equal(question.scenario);
      radios(el)[ANSWERS.indexOf(question.answer)].click();
      await press(el, 'Check answer');
      expect(text(el, '#feedback-heading')).to.equal('Right');
      await press(el, i === 5 ? 'See your results' : 'Next question');
    }
    expect(answers.map((a) => a.questionId)).to.deep.equal(drawn.map((q) => q.id));
    expect(completes).to.have.length(1);
    expect(completes[0]).to.include({ mode: 'learn', score: right ? 6 : 5, total: 6 });
    expect(text(el, '[part="score"]')).to.equal(`You recognised ${right ? 6 : 5} of 6.`);
  });

  it('inside a provider, the emergency number becomes the provider’s once the view is taken over', async () => {
    // The provider (from source; settings travel by a shared context key) answers the quiz as it
    // connects, before its first render: that render must still be the pre-rendered 999.
    await import('@nvr-widgets/core/define.js');
    const el = await paint((markup) => `<nvr-provider emergency-number="112">${markup}</nvr-provider>`);
    const before = shadowNodes(el);
    await hydrate(el);
    await until(() => text(el, '[part="safety"] a') === '112', 'the provider’s number');
    expect($(el, '[part="safety"] a')!.getAttribute('href')).to.equal('tel:112');
    expect(recreatedNodes(el, before), 'nodes re-created').to.deep.equal([]);
  });
});
