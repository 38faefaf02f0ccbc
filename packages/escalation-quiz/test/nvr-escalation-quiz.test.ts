import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { NvrEscalationQuiz as Quiz } from '../src/nvr-escalation-quiz.js';
import '@nvr-widgets/core/define.js';
import { setFetchTimeout } from '@nvr-widgets/core';
import type { NvrEscalationQuiz, NvrQuizAnswerDetail, NvrQuizCompleteDetail } from '../src/index.js';
import { ANSWERS, draw, seedFromText } from '../src/model/quiz.js';
import { builtInQuestions } from '../src/content/questions.js';
import { reflectStatements } from '../src/content/reflect.js';
import { runWidgetBaseTests } from '../../../test/widget-base-tests.js';
import { examples } from '../examples.js';
import { flushed, recordAnnouncements } from '../../../test/spoken.js';
import {
  accessibleNodes,
  emulateMedia,
  itInChromium,
  resourcesSince,
  setViewport,
  shadowElements,
  uncaughtDuring,
  until,
  withWarnings,
} from '../../../test/helpers.js';

runWidgetBaseTests({ tag: 'nvr-escalation-quiz', define: () => import('../src/define.js'), examples });

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const text = (el: Element, selector: string) =>
  $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const radios = (el: Element) => $$(el, 'input[type="radio"]') as HTMLInputElement[];
const buttonNamed = (el: Element, name: string) =>
  $$(el, 'button').find((b) => b.textContent!.trim() === name) as HTMLButtonElement | undefined;
const liveRegion = (el: Element) => $$(el, '[role="status"]');

/** The questions a seed and count draw from the built-in bank, as the element must show them. */
const expectedDraw = (seed: string, count: number) => draw(builtInQuestions(), count, seedFromText(seed));

async function render(template = html`<nvr-escalation-quiz seed="7"></nvr-escalation-quiz>`) {
  const el = await fixture<NvrEscalationQuiz>(template);
  await el.updateComplete;
  return el;
}

/** Records every quiz event reaching `document` (which also proves bubbles + composed). */
function recordEvents() {
  const answers: NvrQuizAnswerDetail[] = [];
  const completes: NvrQuizCompleteDetail[] = [];
  const onAnswer = (e: Event) => answers.push((e as HTMLElementEventMap['nvr-quiz-answer']).detail);
  const onComplete = (e: Event) => completes.push((e as HTMLElementEventMap['nvr-quiz-complete']).detail);
  document.addEventListener('nvr-quiz-answer', onAnswer);
  document.addEventListener('nvr-quiz-complete', onComplete);
  return {
    answers,
    completes,
    stop: () => {
      document.removeEventListener('nvr-quiz-answer', onAnswer);
      document.removeEventListener('nvr-quiz-complete', onComplete);
    },
  };
}

/** Picks a choice with the mouse, as most visitors would. */
async function choose(el: NvrEscalationQuiz, index: number) {
  radios(el)[index].click();
  await el.updateComplete;
}

async function press(el: NvrEscalationQuiz, name: string) {
  const button = buttonNamed(el, name);
  expect(button, `button "${name}"`).to.exist;
  button!.click();
  await el.updateComplete;
}

/** Tabs into the radio group and picks choice `index` with the arrow keys (Space for the first). */
async function keyboardChoose(el: NvrEscalationQuiz, index: number) {
  await sendKeys({ press: 'Tab' });
  expect(active(el)?.getAttribute('type')).to.equal('radio');
  if (index === 0) await sendKeys({ press: ' ' });
  for (let i = 0; i < index; i++) await sendKeys({ press: 'ArrowDown' });
  await el.updateComplete;
  expect(radios(el)[index].checked).to.equal(true);
}

const untilFocused = (el: NvrEscalationQuiz, id: string) =>
  until(() => active(el)?.id === id, `focus on #${id}`);

afterEach(async () => {
  fixtureCleanup();
  await setViewport({ width: 800, height: 600 });
});

describe('<nvr-escalation-quiz> learn mode', () => {
  it('shows one drawn question at a time: progress, scenario and a radio group with nothing chosen', async () => {
    const el = await render(html`<nvr-escalation-quiz seed="7" count="4"></nvr-escalation-quiz>`);
    const [first] = expectedDraw('7', 4);
    expect(text(el, '[part="progress"]')).to.equal('Question 1 of 4');
    expect(text(el, '[part="question"]')).to.equal(first.scenario);
    const fieldset = $(el, 'fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).to.contain('What kind of response is this?');
    expect(radios(el).map((r) => r.labels![0].textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      // Plain words first, the NVR term after.
      'Fighting back (symmetrical escalation)Hostility meets hostility.',
      'Giving in (complementary escalation)The demands grow.',
      'Neither: a non-escalating responseNot fighting back and not giving in.',
    ]);
    expect(radios(el).some((r) => r.checked)).to.equal(false);
    expect(buttonNamed(el, 'Check answer')).to.exist;
    expect(buttonNamed(el, 'Back'), 'no Back on the first question').to.equal(undefined);
  });

  it('shows the safety line from the first question: the number to call as a tel: link, not professional advice', async () => {
    const el = await render(
      html`<nvr-provider emergency-number="112"
        ><nvr-escalation-quiz seed="7"></nvr-escalation-quiz
      ></nvr-provider>`,
    ).then((p) => p.querySelector('nvr-escalation-quiz')!);
    await el.updateComplete;
    const line = $(el, '[part="safety"]')!;
    expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'If anyone is in danger, call 112. This is general information, not professional advice.',
    );
    expect(line.querySelector('a')!.getAttribute('href')).to.equal('tel:112');
    await expect(el).to.be.accessible();
    // Reflect mode too, from its first statement.
    const reflect = await render(html`<nvr-escalation-quiz mode="reflect"></nvr-escalation-quiz>`);
    await until(() => $(reflect, '#progress'), 'statement');
    expect($(reflect, '[part="safety"] a')!.getAttribute('href')).to.equal('tel:999');
  });

  it('after a right "neither" answer, the alternative reads as what could come next, not as a correction', async () => {
    const bank = builtInQuestions();
    const none = bank.find((q) => q.id === 'come-back-later')!;
    // Find a seed whose first question is a "neither" one.
    let seed = 0;
    while (expectedDraw(String(seed), 1)[0].answer !== 'none') seed++;
    expect(none.answer).to.equal('none');
    const el = await render(html`<nvr-escalation-quiz seed=${String(seed)} count="1"></nvr-escalation-quiz>`);
    await choose(el, 2);
    await press(el, 'Check answer');
    const feedback = (await until(() => $(el, '[part="feedback"]'), 'feedback'))!;
    expect(text(el, '#feedback-heading')).to.equal('Right');
    expect(feedback.textContent).to.contain('What could come next:');
    expect(feedback.textContent).not.to.contain('What you could say or do');
  });

  it('the same seed draws the same questions in the same order; count is clamped to the bank', async () => {
    const a = await render(html`<nvr-escalation-quiz seed="spring" count="99"></nvr-escalation-quiz>`);
    expect(text(a, '[part="progress"]')).to.equal(`Question 1 of ${builtInQuestions().length}`);
    const b = await render(html`<nvr-escalation-quiz seed="spring" count="3"></nvr-escalation-quiz>`);
    expect(text(b, '[part="question"]')).to.equal(text(a, '[part="question"]'));
    expect(text(b, '[part="question"]')).to.equal(expectedDraw('spring', 3)[0].scenario);
  });

  it('can be completed with the keyboard alone; focus follows feedback, next question and results', async () => {
    const events = recordEvents();
    try {
      const el = await render(html`<nvr-escalation-quiz seed="7" count="2"></nvr-escalation-quiz>`);
      const drawn = expectedDraw('7', 2);
      // First question right, second wrong.
      const picks = [ANSWERS.indexOf(drawn[0].answer), (ANSWERS.indexOf(drawn[1].answer) + 1) % 3];
      for (const [i, pick] of picks.entries()) {
        await keyboardChoose(el, pick);
        await sendKeys({ press: 'Tab' });
        expect(active(el)?.textContent?.trim()).to.equal('Check answer');
        await sendKeys({ press: 'Enter' });
        await untilFocused(el, 'feedback-heading');
        expect(text(el, '#feedback-heading')).to.equal(i === 0 ? 'Right' : 'Not quite');
        expect(
          radios(el).every((r) => r.disabled),
          'a checked answer is final',
        ).to.equal(true);
        await sendKeys({ press: 'Tab' });
        expect(active(el)?.textContent?.trim()).to.equal(i === 0 ? 'Next question' : 'See your results');
        await sendKeys({ press: 'Enter' });
        if (i === 0) {
          await untilFocused(el, 'progress');
          expect(text(el, '#progress')).to.equal('Question 2 of 2');
        }
      }
      await untilFocused(el, 'results-heading');
      expect(text(el, '[part="score"]')).to.equal('You recognised 1 of 2.');
      expect(events.answers).to.deep.equal([
        { questionId: drawn[0].id, answer: drawn[0].answer, correct: true },
        { questionId: drawn[1].id, answer: ANSWERS[picks[1]], correct: false },
      ]);
      const byType = Object.fromEntries(ANSWERS.map((a) => [a, { correct: 0, total: 0 }]));
      byType[drawn[0].answer].correct++;
      byType[drawn[0].answer].total++;
      byType[drawn[1].answer].total++;
      expect(events.completes).to.deep.equal([{ mode: 'learn', score: 1, total: 2, byType }]);
    } finally {
      events.stop();
    }
  });

  it('says the verdict and the results once, by moving focus to them, not also through the live region', async () => {
    const el = await render(html`<nvr-escalation-quiz seed="7" count="1"></nvr-escalation-quiz>`);
    const heard = recordAnnouncements(el);
    const [q] = expectedDraw('7', 1);
    expect(liveRegion(el)).to.have.length(1);
    await choose(el, ANSWERS.indexOf(q.answer));
    await press(el, 'Check answer');
    await untilFocused(el, 'feedback-heading');
    expect(text(el, '#feedback-heading')).to.equal('Right');
    await press(el, 'See your results');
    await untilFocused(el, 'results-heading');
    // The score is the focused heading's description: heard with "Your results".
    expect($(el, '#results-heading')!.getAttribute('aria-describedby')).to.equal('score');
    expect(text(el, '#score')).to.equal('You recognised 1 of 1.');
    await flushed();
    heard.stop();
    expect(heard.said).to.deep.equal([]);
  });

  it('explains every answer with icon and words, and offers a non-escalating alternative', async () => {
    const el = await render(html`<nvr-escalation-quiz seed="7" count="1"></nvr-escalation-quiz>`);
    const [q] = expectedDraw('7', 1);
    await choose(el, (ANSWERS.indexOf(q.answer) + 1) % 3);
    await press(el, 'Check answer');
    const feedback = (await until(() => $(el, '[part="feedback"]'), 'feedback'))!;
    expect(feedback.querySelector('svg[aria-hidden="true"]')).to.exist;
    // Its styles arrive with the lazily loaded view: a coloured edge, not unstyled text.
    expect(getComputedStyle(feedback).borderInlineStartWidth).to.equal('6px');
    expect(text(el, '#feedback-heading')).to.equal('Not quite');
    const chosen = [
      'Fighting back (symmetrical escalation)',
      'Giving in (complementary escalation)',
      'Neither: a non-escalating response',
    ][(ANSWERS.indexOf(q.answer) + 1) % 3];
    expect(feedback.textContent!.replace(/\s+/g, ' ')).to.contain(`You chose: ${chosen}.`);
    expect(feedback.textContent).to.contain(
      q.answer === 'none' ? 'What could come next:' : 'What you could say or do instead:',
    );
    expect(feedback.querySelectorAll('p').length).to.be.at.least(4);
  });

  it('after Check answer the chosen answer stays plain to see', async () => {
    const el = await render(html`<nvr-escalation-quiz seed="7" count="1"></nvr-escalation-quiz>`);
    await choose(el, 1);
    await press(el, 'Check answer');
    await until(() => $(el, '[part="feedback"]'), 'feedback');
    const [other, chosen] = radios(el);
    expect(chosen.disabled, 'a checked answer is final').to.equal(true);
    // Not the browser's faint grey: the chosen radio keeps the accent colour, its label is bold.
    const accent = getComputedStyle($(el, '.primary')!).backgroundColor;
    expect(getComputedStyle(chosen).borderTopColor).to.equal(accent);
    expect(getComputedStyle(chosen).backgroundImage).to.contain(accent);
    expect(getComputedStyle(other).backgroundImage).to.equal('none');
    // A thicker ring too: forced-colors modes drop the dot (a gradient) but keep borders.
    expect([getComputedStyle(other).borderTopWidth, getComputedStyle(chosen).borderTopWidth]).to.deep.equal([
      '2px',
      '5px',
    ]);
    const weight = (r: HTMLInputElement) =>
      getComputedStyle(r.labels![0].querySelector('.option-text')!).fontWeight;
    expect([weight(other), weight(chosen)]).to.deep.equal(['400', '700']);
  });

  itInChromium('after Check answer the chosen answer is still told as chosen', async () => {
    const el = await render(html`<nvr-escalation-quiz seed="7" count="1"></nvr-escalation-quiz>`);
    await choose(el, 1);
    await press(el, 'Check answer');
    await until(() => $(el, '[part="feedback"]'), 'feedback');
    const nodes = (await accessibleNodes()) as { role: string; name: string; checked?: boolean }[];
    expect(nodes.filter((n) => n.role === 'radio' && n.checked).map((n) => n.name)).to.deep.equal([
      'Giving in (complementary escalation)',
    ]);
  });

  it('asks for a choice when Check answer is pressed with none, and sends no event', async () => {
    const events = recordEvents();
    try {
      const el = await render();
      await press(el, 'Check answer');
      expect(text(el, '[part="error"]')).to.equal('Error: Choose an answer.');
      // The problem first, not after the scenario; and each choice says it is invalid.
      expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('error');
      expect(radios(el).map((r) => r.getAttribute('aria-invalid'))).to.deep.equal(['true', 'true', 'true']);
      await untilFocused(el, 'option-0');
      expect(events.answers).to.deep.equal([]);
      await choose(el, 1);
      expect($(el, '[part="error"]')).to.equal(null);
    } finally {
      events.stop();
    }
  });

  it('feedback="end": no feedback until the results; Back keeps answers, a changed answer is sent again', async () => {
    const events = recordEvents();
    try {
      const el = await render(
        html`<nvr-escalation-quiz seed="7" count="2" feedback="end"></nvr-escalation-quiz>`,
      );
      const drawn = expectedDraw('7', 2);
      await choose(el, 0);
      await press(el, 'Next question');
      expect($(el, '[part="feedback"]')).to.equal(null);
      expect(text(el, '#progress')).to.equal('Question 2 of 2');
      await press(el, 'Back');
      expect(text(el, '#progress')).to.equal('Question 1 of 2');
      expect(radios(el)[0].checked, 'the earlier answer is kept').to.equal(true);
      await choose(el, 2);
      await press(el, 'Next question');
      await choose(el, 1);
      await press(el, 'See your results');
      await until(() => $(el, '[part="results"]'), 'results');
      expect(events.answers.map((a) => [a.questionId, a.answer])).to.deep.equal([
        [drawn[0].id, 'symmetrical'],
        [drawn[0].id, 'none'],
        [drawn[1].id, 'complementary'],
      ]);
      // The review lists every question with the visitor's answer and the explanation.
      await press(el, 'Review your answers');
      await untilFocused(el, 'review-heading');
      const items = $$(el, '[part="review"] > li');
      expect(items).to.have.length(2);
      expect(items[0].textContent).to.contain('Your answer: Neither: a non-escalating response.');
      expect(buttonNamed(el, 'Hide your answers')!.getAttribute('aria-expanded')).to.equal('true');
    } finally {
      events.stop();
    }
  });

  it('keeps answers and position when attributes change or the element is moved', async () => {
    const el = await render(
      html`<nvr-escalation-quiz seed="7" count="3" feedback="end"></nvr-escalation-quiz>`,
    );
    await choose(el, 2);
    await press(el, 'Next question');
    const second = text(el, '[part="question"]');
    el.setAttribute('seed', '8');
    el.setAttribute('count', '5');
    el.setAttribute('mode', 'reflect');
    await el.updateComplete;
    el.setAttribute('mode', 'learn');
    const wrapper = document.createElement('div');
    el.parentElement!.append(wrapper);
    wrapper.append(el);
    await el.updateComplete;
    expect(text(el, '#progress')).to.equal('Question 2 of 3');
    expect(text(el, '[part="question"]')).to.equal(second);
    await press(el, 'Back');
    expect(radios(el)[2].checked).to.equal(true);
  });

  it('without seed, everyone sees the same draw on a given UTC day', async () => {
    const day = Math.floor(Date.now() / 86_400_000);
    const a = await render(html`<nvr-escalation-quiz></nvr-escalation-quiz>`);
    const b = await render(html`<nvr-escalation-quiz></nvr-escalation-quiz>`);
    const todays = [day, Math.floor(Date.now() / 86_400_000)].map(
      (d) => draw(builtInQuestions(), 6, d)[0].scenario,
    );
    expect(todays).to.include(text(a, '[part="question"]'));
    expect(text(b, '[part="question"]')).to.equal(text(a, '[part="question"]'));
  });

  it('never dials a number other than the one it shows: an invalid provider number is reported and 999 used', async () => {
    await withWarnings(async (_, errors) => {
      for (const bad of ['999 or 112', 'javascript:alert(1)']) {
        const provider = await fixture(
          html`<nvr-provider emergency-number=${bad}
            ><nvr-escalation-quiz seed="7" count="1" feedback="end"></nvr-escalation-quiz
          ></nvr-provider>`,
        );
        const el = provider.querySelector('nvr-escalation-quiz')!;
        await el.updateComplete;
        await choose(el, 0);
        await press(el, 'See your results');
        const link = (await until(() => $(el, '[part="safety"] a'), 'safety link'))!;
        expect(link.getAttribute('href')).to.equal('tel:999');
        expect(link.textContent).to.equal('999');
      }
      expect(errors.details.map((d) => [d.widget, d.field])).to.deep.equal([
        ['nvr-escalation-quiz', '<nvr-provider> emergency-number'],
        ['nvr-escalation-quiz', '<nvr-provider> emergency-number'],
      ]);
    });
  });

  it('an unanswered quiz follows a new seed or count at once', async () => {
    const el = await render(html`<nvr-escalation-quiz seed="7" count="3"></nvr-escalation-quiz>`);
    el.setAttribute('seed', 'other');
    el.setAttribute('count', '2');
    await el.updateComplete;
    expect(text(el, '#progress')).to.equal('Question 1 of 2');
    expect(text(el, '[part="question"]')).to.equal(expectedDraw('other', 2)[0].scenario);
  });

  it('results: score by type, both escalations explained, safety first, Retry draws anew', async () => {
    const el = await render(
      html`<nvr-provider emergency-number="112"
        ><nvr-escalation-quiz seed="7" count="2" feedback="end"></nvr-escalation-quiz
      ></nvr-provider>`,
    ).then((p) => p.querySelector('nvr-escalation-quiz')!);
    await el.updateComplete;
    const first = text(el, '[part="question"]');
    for (let i = 0; i < 2; i++) {
      await choose(el, 0);
      await press(el, i ? 'See your results' : 'Next question');
    }
    const results = (await until(() => $(el, '[part="results"]'), 'results'))!;
    expect(results.querySelectorAll('.by-type li').length).to.be.within(1, 2);
    expect(results.textContent).to.contain('Fighting back (symmetrical escalation):');
    expect(results.textContent).to.contain('Giving in (complementary escalation):');
    expect(results.textContent).to.contain('They feed each other');
    expect(results.textContent).to.contain('Many parents swing between the two');
    expect(results.textContent).not.to.contain('Most parents');
    expect(results.textContent).not.to.match(/congratulations|pass|fail/i);
    const safety = $(el, '[part="safety"]')!;
    expect(safety.textContent).to.contain('never for safety');
    expect(safety.querySelector('a')!.getAttribute('href')).to.equal('tel:112');
    expect(results.querySelector('a[href]:not([href^="tel:"])'), 'no de-escalation link configured').to.equal(
      null,
    );
    await press(el, 'Try new questions');
    await untilFocused(el, 'progress');
    expect(text(el, '#progress')).to.equal('Question 1 of 2');
    expect(text(el, '[part="question"]')).to.equal(expectedDraw('7#1', 2)[0].scenario);
    expect(first).to.equal(expectedDraw('7', 2)[0].scenario);
  });

  it('links to de-escalation: its own safe URL, else the provider link; an unsafe URL is reported', async () => {
    await withWarnings(async (warnings, errors) => {
      const provider = await fixture<HTMLElement>(
        html`<nvr-provider links='{"deEscalation": "/nvr/de-escalation"}'
          ><nvr-escalation-quiz
            seed="1"
            count="1"
            de-escalation-url="javascript:alert(1)"
          ></nvr-escalation-quiz
        ></nvr-provider>`,
      );
      const el = provider.querySelector('nvr-escalation-quiz')!;
      await el.updateComplete;
      expect(errors.details).to.deep.include({
        widget: 'nvr-escalation-quiz',
        field: 'de-escalation-url',
        problem: '"javascript:alert(1)" is not an https:, http:, mailto:, tel: or relative URL; ignored',
      });
      expect(warnings.messages.join()).to.contain('de-escalation-url');
      await choose(el, 0);
      await press(el, 'Check answer');
      await until(() => buttonNamed(el, 'See your results'), 'feedback');
      await press(el, 'See your results');
      const link = (await until(
        () => $$(el, 'a').find((a) => a.textContent === 'Read more about de-escalation'),
        'link',
      ))!;
      expect(link.getAttribute('href')).to.equal('/nvr/de-escalation');
      el.setAttribute('de-escalation-url', 'https://example.org/calm');
      await el.updateComplete;
      expect(link.getAttribute('href')).to.equal('https://example.org/calm');
    });
  });

  it('heading-level fits the quiz under the page outline: main headings at that level, the rest one below', async () => {
    const el = await render(
      html`<nvr-escalation-quiz seed="7" count="1" heading-level="2"></nvr-escalation-quiz>`,
    );
    const levels = () => $$(el, 'h1, h2, h3, h4, h5, h6').map((h) => `${h.tagName} ${h.id}`);
    expect(levels()).to.deep.equal(['H2 progress']);
    await choose(el, 0);
    await press(el, 'Check answer');
    await until(() => $(el, '[part="feedback"]'), 'feedback');
    expect(levels()).to.deep.equal(['H2 progress', 'H3 feedback-heading']);
    await press(el, 'See your results');
    await until(() => $(el, '[part="results"]'), 'results');
    await press(el, 'Review your answers');
    expect(levels()).to.deep.equal(['H2 results-heading', 'H3 kinds-heading', 'H3 review-heading']);
    expect($(el, '#results-heading')!.getAttribute('part')).to.equal('progress');
    await expect(el).to.be.accessible();
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(levels()).to.deep.equal(['H4 results-heading', 'H5 kinds-heading', 'H5 review-heading']);
  });

  it('reports bad attributes once and carries on with defaults', async () => {
    await withWarnings(async (warnings, errors) => {
      const el = await render(
        html`<nvr-escalation-quiz
          mode="exam"
          feedback="later"
          count="lots"
          seed="3"
          heading-level="7"
        ></nvr-escalation-quiz>`,
      );
      expect(errors.details.map((d) => d.field).sort()).to.deep.equal([
        'count',
        'feedback',
        'heading-level',
        'mode',
      ]);
      expect($(el, 'h3#progress'), 'the default level').to.exist;
      expect(text(el, '#progress')).to.equal('Question 1 of 6');
      expect(buttonNamed(el, 'Check answer')).to.exist;
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages).to.have.length(4);
    });
  });
});

describe('<nvr-escalation-quiz> reflect mode', () => {
  it('can be completed with the keyboard alone and ends in a profile, not a score', async () => {
    const events = recordEvents();
    localStorage.clear();
    sessionStorage.clear();
    try {
      const el = await render(html`<nvr-escalation-quiz mode="reflect"></nvr-escalation-quiz>`);
      await until(() => $(el, '#progress'), 'first statement');
      const statements = reflectStatements();
      expect(text(el, '#progress')).to.equal(`Statement 1 of ${statements.length}`);
      expect(text(el, '.base')).to.contain('your answers are not saved');
      for (const [i, s] of statements.entries()) {
        expect(text(el, '[part="question"]')).to.equal(s.text);
        expect(radios(el).map((r) => r.labels![0].textContent!.trim())).to.deep.equal([
          'Never',
          'Rarely',
          'Sometimes',
          'Often',
          'Almost always',
        ]);
        // Often for every complementary statement, never for everything else.
        await keyboardChoose(el, s.leaning === 'complementary' ? 3 : 0);
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
        await untilFocused(el, i < statements.length - 1 ? 'progress' : 'results-heading');
      }
      expect(text(el, '[part="score"]')).to.equal('You lean towards giving in (complementary escalation)');
      expect(text(el, '[part="results"]')).to.contain('One idea to try this week');
      expect(text(el, '[part="results"]')).to.contain(
        'Swinging between fighting back and giving in is very common',
      );
      expect(liveRegion(el)[0].textContent!.trim()).to.equal(
        'You lean towards giving in (complementary escalation)',
      );
      expect(events.answers, 'reflect answers never leave the element').to.deep.equal([]);
      expect([localStorage.length, sessionStorage.length], 'nothing is stored').to.deep.equal([0, 0]);
      expect(events.completes).to.deep.equal([{ mode: 'reflect', profile: 'complementary' }]);
      await press(el, 'Start again');
      await untilFocused(el, 'progress');
      expect(text(el, '#progress')).to.equal(`Statement 1 of ${statements.length}`);
      expect(radios(el).some((r) => r.checked)).to.equal(false);
    } finally {
      events.stop();
    }
  });

  it('Back keeps earlier answers; Next without an answer asks for one', async () => {
    const el = await render(
      html`<nvr-escalation-quiz mode="reflect" heading-level="2"></nvr-escalation-quiz>`,
    );
    await until(() => $(el, '#progress'), 'first statement');
    expect($(el, 'h2#progress'), 'heading-level applies in reflect mode too').to.exist;
    await press(el, 'Next');
    expect(text(el, '[part="error"]')).to.equal('Error: Choose an answer.');
    await choose(el, 4);
    await press(el, 'Next');
    expect(text(el, '#progress')).to.contain('Statement 2');
    await press(el, 'Back');
    expect(radios(el)[4].checked).to.equal(true);
  });
});

describe('<nvr-escalation-quiz> when a lazy chunk cannot load', () => {
  /** As on a site where the chunks/ folder was not copied, or the connection dropped. */
  class QuizWithoutChunks extends Quiz {
    failing = true;
    protected override _importAnswerViews() {
      return this.failing
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: /chunks/a.js'))
        : super._importAnswerViews();
    }
    protected override _importReflectView() {
      return this.failing
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: /chunks/r.js'))
        : super._importReflectView();
    }
  }
  customElements.define('test-quiz-without-chunks', QuizWithoutChunks);
  const message = 'This part could not load. Check your connection, then try again.';
  const failure = (el: Element) => $(el, '.lazy-failed [role="alert"]');

  it('learn mode: tells the visitor and the editor, keeps the answer, and Try again loads it', async () => {
    await withWarnings(async (_warnings, errors) => {
      const el = await fixture<QuizWithoutChunks>(
        html`<test-quiz-without-chunks seed="7"></test-quiz-without-chunks>`,
      );
      await choose(el, 1);
      await until(() => errors.details.length, 'the problem reported');
      expect(errors.details[0].field).to.equal('chunks');
      expect(errors.details[0].problem).to.contain(
        'Failed to fetch dynamically imported module: /chunks/a.js',
      );
      expect(errors.details[0].problem).to.contain('copy the chunks/ folder beside the script');
      await until(() => failure(el), 'the message');
      expect(failure(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        `${message} Your answers so far are kept.`,
      );
      // Said once, by the alert: the polite region does not repeat it.
      expect(liveRegion(el)[0].textContent!.trim()).to.equal('');
      expect(radios(el)[1].checked).to.equal(true);
      // The connection is back: Try again loads the views and the quiz goes on.
      el.failing = false;
      buttonNamed(el, 'Try again')!.click();
      await until(() => !failure(el), 'the message gone');
      await press(el, 'Check answer');
      await until(() => $(el, '[part="feedback"]'), 'feedback after Try again');
    });
  });

  it('reflect mode: says so instead of staying blank', async () => {
    await withWarnings(async () => {
      const el = await fixture<QuizWithoutChunks>(
        html`<test-quiz-without-chunks mode="reflect"></test-quiz-without-chunks>`,
      );
      await until(() => failure(el), 'the message');
      expect(failure(el)!.textContent).to.contain(message);
      // No longer "busy": screen readers may hold back a busy region's announcements.
      expect($(el, '.base')!.hasAttribute('aria-busy')).to.equal(false);
      expect(buttonNamed(el, 'Try again')).to.exist;
    });
  });
});

describe('<nvr-escalation-quiz> editor banks', () => {
  const inlineBank = (json: string) =>
    html`<nvr-escalation-quiz seed="1"
      ><script type="application/json">
        ${json}
      </script></nvr-escalation-quiz
    >`;

  it('replaces the built-in questions with an inline bank, rendering its Markdown', async () => {
    const bank = {
      questions: [
        { id: 'one', scenario: 'A *calm* reply.', answer: 'none', explanation: 'Nice **and** calm.' },
        { id: 'two', scenario: 'A shout *back*.', answer: 'symmetrical', explanation: 'Shouting.' },
      ],
    };
    const el = await render(inlineBank(JSON.stringify(bank)));
    await until(() => text(el, '#progress') === 'Question 1 of 2', 'editor questions');
    expect(['A calm reply.', 'A shout back.']).to.include(text(el, '[part="question"]'));
    expect($(el, '[part="question"] em'), 'Markdown emphasis, whichever comes first').to.exist;
  });

  it('loads a bank from src (only then making a request), skipping invalid entries with a warning', async () => {
    await withWarnings(async (warnings, errors) => {
      const since = performance.now();
      const el = await render(
        html`<nvr-escalation-quiz
          seed="1"
          src="/test/fixtures/escalation-quiz/bank.json"
        ></nvr-escalation-quiz>`,
      );
      await until(() => text(el, '#progress') === 'Question 1 of 2', 'src questions');
      expect(
        resourcesSince(since).some((u) => u.endsWith('/test/fixtures/escalation-quiz/bank.json')),
      ).to.equal(true);
      expect(errors.details).to.deep.equal([
        {
          widget: 'nvr-escalation-quiz',
          field: 'questions[2].scenario',
          problem: 'must not be empty (id "broken"); question skipped',
        },
      ]);
      expect(warnings.messages).to.deep.equal([
        '<nvr-escalation-quiz> questions[2].scenario: must not be empty (id "broken"); question skipped',
      ]);
      // An editor's question explains itself; a missing alternative is simply not shown.
      const pick = text(el, '[part="question"]').includes('pocket money') ? 1 : 0;
      await choose(el, pick);
      await press(el, 'Check answer');
      const feedback = (await until(() => $(el, '[part="feedback"]'), 'feedback'))!;
      expect(feedback.textContent).to.contain(
        pick ? 'Giving in to stop the yelling' : 'Shouting meets shouting',
      );
    });
  });

  it('falls back to the built-in questions when nothing in the bank is valid, saying why', async () => {
    await withWarnings(async (_warnings, errors) => {
      const el = await render(inlineBank('{"questions": [{"id": "x", "answer": "maybe"}]}'));
      await until(() => errors.details.length === 2, 'two problems');
      expect(errors.details.map((d) => [d.field, d.problem])).to.deep.equal([
        ['questions[0].scenario', 'is missing (id "x"); question skipped'],
        ['script[type="application/json"]', 'has no valid questions; using the built-in questions'],
      ]);
      await until(() => text(el, '#progress') === 'Question 1 of 6', 'built-in questions');
      expect(text(el, '[part="question"]')).to.equal(expectedDraw('1', 6)[0].scenario);
    });
  });

  it('says it is loading while `src` takes its time, then uses the built-in questions after the timeout', async () => {
    setFetchTimeout(400);
    try {
      await withWarnings(async (_warnings, errors) => {
        const el = await render(
          html`<nvr-escalation-quiz seed="1" src="/test-server/never"></nvr-escalation-quiz>`,
        );
        expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
        expect(text(el, '[part="base"]')).to.equal('Loading…');
        expect(el.getBoundingClientRect().height).to.be.above(0);
        await until(() => text(el, '#progress') === 'Question 1 of 6', 'built-in questions', 3000);
        expect(errors.details[0].field).to.equal('src');
        expect(errors.details[0].problem).to.equal(
          'could not load "/test-server/never" (no answer within 0.4 s); using the built-in questions',
        );
      });
    } finally {
      setFetchTimeout(10_000);
    }
  });

  it('reports a bank that is not JSON, or cannot be loaded, and uses the next source', async () => {
    await withWarnings(async (_warnings, errors) => {
      const el = await render(
        html`<nvr-escalation-quiz seed="1" src="/test/fixtures/escalation-quiz/missing.json"
          ><script type="application/json">
            ${'{ "questions": [{ "id": "a", "scenario": "S", "answer": "none", "explanation": "E" },] }'}
          </script></nvr-escalation-quiz
        >`,
      );
      await until(() => errors.details.length === 2, 'two problems');
      expect(errors.details[0].field).to.equal('src');
      expect(errors.details[0].problem).to.match(/HTTP 404\); using the inline bank$/);
      expect(errors.details[1].field).to.equal('script[type="application/json"]');
      expect(errors.details[1].problem).to.match(/^is not valid JSON [\s\S]*; using the built-in questions$/);
      await until(() => text(el, '#progress') === 'Question 1 of 6', 'built-in questions');
    });
  });

  it('renders hostile Markdown inert and tells the editor what was removed', async () => {
    await withWarnings(async (_warnings, errors) => {
      (window as unknown as { pwned?: boolean }).pwned = false;
      const hostile = {
        questions: [
          {
            id: 'hostile',
            scenario:
              'Hi <img src=x onerror="window.pwned=true"> <script>window.pwned=true</script> [click](javascript:window.pwned=true) <iframe src="https://example.org"></iframe>',
            answer: 'none',
            explanation: '<a href="javascript:window.pwned=true" onclick="window.pwned=true">why</a>',
          },
        ],
      };
      const el = await render(inlineBank(JSON.stringify(hostile)));
      await until(() => text(el, '#progress') === 'Question 1 of 1', 'hostile question');
      await choose(el, 2);
      await press(el, 'Check answer');
      await until(() => $(el, '[part="feedback"]'), 'feedback');
      for (const tag of ['img', 'script', 'iframe']) expect($(el, tag), tag).to.equal(null);
      for (const a of $$(el, 'a:not([href^="tel:"])')) {
        expect(a.hasAttribute('href')).to.equal(false);
        expect(a.hasAttribute('onclick')).to.equal(false);
      }
      $$(el, 'a').forEach((a) => a.getAttribute('href')?.startsWith('tel:') || a.click());
      await new Promise((r) => setTimeout(r, 50));
      expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
      const removed = errors.details.find((d) => d.field === 'questions[0]');
      expect(removed?.problem).to.match(
        /^\(id "hostile"\) unsafe or unsupported markup was removed: .*<img>/,
      );
      expect(removed?.problem).to.contain('<script>');
    });
  });
});

describe('<nvr-escalation-quiz> accessibility, layout and print', () => {
  async function toFeedback() {
    const el = await render(html`<nvr-escalation-quiz seed="7" count="1"></nvr-escalation-quiz>`);
    await choose(el, 0);
    await press(el, 'Check answer');
    await until(() => $(el, '[part="feedback"]'), 'feedback');
    return el;
  }
  async function toResults() {
    const el = await toFeedback();
    await press(el, 'See your results');
    await until(() => $(el, '[part="results"]'), 'results');
    await press(el, 'Review your answers');
    return el;
  }

  // The first question and the feedback are examples (../examples.ts): the shared suite runs axe
  // on both, in both directions. Here: the states no example shows.
  it('passes axe on the error and on the results with the review open', async () => {
    const el = await render();
    await press(el, 'Check answer');
    expect($(el, '[part="error"]'), 'the error').to.exist;
    await expect(el).to.be.accessible();
    const results = await toResults();
    await expect(results).to.be.accessible();
  });

  // Reflect mode's first statement and its profile are examples (../examples.ts): the shared suite
  // runs axe on both, in both directions.

  itInChromium(
    'tells assistive technology the heading, the question and each choice with its hint',
    async () => {
      await render(html`<nvr-escalation-quiz seed="7"></nvr-escalation-quiz>`);
      const nodes = await accessibleNodes();
      expect(nodes.map((n) => n.name)).to.include('What kind of response is this?');
      // The name, then the hint as its description: read apart, with a pause, not run together.
      const choices = nodes.filter((n) => n.role === 'radio') as { name: string; description?: string }[];
      expect(choices.map((n) => [n.name, n.description])).to.deep.equal([
        ['Fighting back (symmetrical escalation)', 'Hostility meets hostility.'],
        ['Giving in (complementary escalation)', 'The demands grow.'],
        ['Neither: a non-escalating response', 'Not fighting back and not giving in.'],
      ]);
      expect(nodes.find((n) => n.role === 'heading')?.name).to.equal('Question 1 of 6');
    },
  );

  for (const [name, make] of [
    ['question', () => render()],
    ['feedback', toFeedback],
    ['results', toResults],
  ] as const) {
    it(`reflows at 320 px on the ${name} view, left to right and right to left`, async () => {
      await setViewport({ width: 320, height: 640 });
      for (const dir of ['ltr', 'rtl']) {
        document.documentElement.dir = dir;
        try {
          const el = await make();
          for (const child of shadowElements(el)) {
            const r = child.getBoundingClientRect();
            expect(r.right, `${dir} ${child.className}`).to.be.at.most(321);
            expect(r.left, `${dir} ${child.className}`).to.be.at.least(-1);
          }
        } finally {
          document.documentElement.dir = '';
          fixtureCleanup();
        }
      }
    });
  }

  it('mirrors the Back arrow and lays choices out from the right in RTL', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl"><nvr-escalation-quiz seed="7" feedback="end"></nvr-escalation-quiz></div>`,
    );
    const el = wrapper.querySelector('nvr-escalation-quiz')!;
    await el.updateComplete;
    await choose(el, 0);
    await press(el, 'Next question');
    expect(getComputedStyle($(el, '.arrow')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    const option = $(el, '[part="option"]')!.getBoundingClientRect();
    const radio = radios(el)[0].getBoundingClientRect();
    expect(radio.right).to.be.closeTo(option.right, 1);
  });

  it('prints the results black on white without buttons', async () => {
    const el = await toResults();
    await emulateMedia({ media: 'print' });
    try {
      for (const actions of $$(el, '.actions')) expect(getComputedStyle(actions).display).to.equal('none');
      expect(getComputedStyle($(el, '.base')!).color).to.equal('rgb(0, 0, 0)');
      expect($$(el, '[part="review"] > li')).to.have.length(1);
      // Review moved focus to its heading: the focus ring must not be printed around it.
      expect(active(el)?.id).to.equal('review-heading');
      expect(getComputedStyle(active(el)!).outlineStyle).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<nvr-escalation-quiz> with any value in any property', () => {
  const props = ['mode', 'count', 'seed', 'feedback', 'src', 'headingLevel', 'deEscalationUrl'] as const;
  const attributes = ['mode', 'count', 'seed', 'feedback', 'src', 'heading-level', 'de-escalation-url'];
  const values: unknown[] = [
    '',
    '   ',
    'garbage <b>"',
    'x'.repeat(5000),
    -1,
    0,
    1e308,
    NaN,
    Infinity,
    -0.5,
    true,
    {},
    [],
    [3],
    null,
    undefined,
  ];

  it('never throws and never renders NaN or undefined, in the middle of a quiz and after it', async () => {
    await withWarnings(async () => {
      const uncaught = await uncaughtDuring(async () => {
        const el = await render();
        await choose(el, 0);
        await press(el, 'Check answer');
        const bad = () => /\bNaN\b|\bundefined\b|\[object Object\]/.test(el.shadowRoot!.textContent ?? '');
        for (const value of values) {
          for (const prop of props) {
            Reflect.set(el, prop, value);
            await el.updateComplete;
            expect(bad(), `${prop} = ${String(value).slice(0, 20)}`).to.equal(false);
          }
          for (const name of attributes) {
            el.setAttribute(name, String(value));
            await el.updateComplete;
            expect(bad(), `${name}="${String(value).slice(0, 20)}"`).to.equal(false);
          }
        }
        // Back to sensible values: the quiz still works.
        for (const name of attributes) el.removeAttribute(name);
        el.seed = '7';
        await until(() => $(el, '#progress'), 'a question again');
        expect(text(el, '#progress')).to.match(/^Question \d of \d$/);
        await new Promise((resolve) => setTimeout(resolve, 50));
      });
      expect(uncaught).to.deep.equal([]);
    });
  });
});
