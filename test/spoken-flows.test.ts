/**
 * What a screen-reader user hears in each widget's main flow, from Chromium's accessibility tree
 * (names, roles, states, headings, descriptions) and a recorder of live-region announcements:
 * nothing missing, nothing said twice, nothing per keystroke. Chromium only: no other engine
 * exposes its accessibility tree to tests. (The announcement recorder alone runs everywhere, in
 * each widget's own tests.)
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@nvr-widgets/cornerstones/define.js';
import '@nvr-widgets/escalation-quiz/define.js';
import '@nvr-widgets/sit-in-planner/define.js';
import '@nvr-widgets/fee-calculator/define.js';
import { stepHeadings } from '../packages/sit-in-planner/src/content/planner-content.js';
import { dangerNowGuidance } from '../packages/sit-in-planner/src/content/ready-content.js';
import { itInChromium, typeText, until } from './helpers.js';
import { flushed, recordAnnouncements, spokenFocus, spokenPage } from './spoken.js';

afterEach(() => {
  fixtureCleanup();
  localStorage.clear();
});

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const inside = (el: Element) => el.shadowRoot!;
const focused = (el: Element) => inside(el).activeElement as HTMLElement | null;
const buttonNamed = (el: Element, name: string) =>
  [...inside(el).querySelectorAll<HTMLElement>('button')].find((b) => b.textContent!.trim() === name)!;
/** How many lines of the spoken page say exactly `line`. */
const times = (page: string[], line: string) => page.filter((l) => l === line).length;

async function render(template: ReturnType<typeof html>) {
  const el = await fixture<Widget>(template);
  await el.updateComplete;
  return el;
}

describe('what a screen-reader user hears', () => {
  itInChromium('cornerstones: opens a section, then copies its link', async () => {
    const el = await render(html`<nvr-cornerstones></nvr-cornerstones>`);
    const heard = recordAnnouncements(el);
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async () => {} },
    });
    try {
      // Closed sections are no landmarks to wade through.
      expect((await spokenPage()).filter((l) => l.endsWith(', region'))).to.deep.equal([]);
      const summary = inside(el).querySelector('#summary-0')!.textContent!.trim();
      inside(el).querySelector<HTMLElement>('#button-0')!.focus();
      expect(await spokenFocus()).to.equal(`1. De-escalation, button, collapsed, ${summary}`);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(await spokenFocus()).to.equal(`1. De-escalation, button, expanded, ${summary}`);
      const page = await spokenPage();
      expect(page.filter((l) => l.endsWith(', region'))).to.deep.equal(['1. De-escalation, region']);
      const first = inside(el).querySelector('#panel-0 p')!.textContent!.trim();
      expect(times(page, first)).to.equal(1);

      buttonNamed(el, 'Copy link to this section').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => heard.said.length, 'the copy to be announced');
      await flushed();
      expect(await spokenFocus()).to.equal('Copy link to this section, button');
      heard.stop();
      expect(heard.said).to.deep.equal(['Link copied']);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  itInChromium('quiz: answers a question, hears the feedback, reaches the results', async () => {
    const el = await render(html`<nvr-escalation-quiz seed="7" count="1"></nvr-escalation-quiz>`);
    const heard = recordAnnouncements(el);
    const scenario = inside(el).querySelector('#prompt')!.textContent!.trim();
    let page = await spokenPage();
    expect(page[0]).to.equal('Question 1 of 1, heading level 3');
    expect(times(page, scenario), 'the scenario, once').to.equal(1);
    // Nothing chosen: the problem comes first, and each choice says it is invalid.
    buttonNamed(el, 'Check answer').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el)?.id === 'option-0', 'focus on the first choice');
    expect(await spokenFocus()).to.equal(
      'Fighting back (symmetrical escalation), radio, not checked, invalid entry, Hostility meets hostility.',
    );
    page = await spokenPage();
    expect(page.indexOf('Choose an answer.')).to.be.below(page.findIndex((l) => l.includes(', radio,')));
    await sendKeys({ press: ' ' });
    expect(await spokenFocus()).to.equal(
      'Fighting back (symmetrical escalation), radio, checked, Hostility meets hostility.',
    );
    buttonNamed(el, 'Check answer').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el)?.id === 'feedback-heading', 'focus on the feedback');
    const verdict = await spokenFocus();
    expect(verdict).to.match(/^(Right|Not quite), heading level 4$/);
    expect(times(await spokenPage(), verdict), 'the verdict, once').to.equal(1);
    buttonNamed(el, 'See your results').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el)?.id === 'results-heading', 'focus on the results');
    expect(await spokenFocus()).to.match(/^Your results, heading level 3, You recognised [01] of 1\.$/);
    await flushed();
    heard.stop();
    // Focus carried every message: the live region repeated none of them.
    expect(heard.said).to.deep.equal([]);
  });

  itInChromium('planner: a risky answer on step 1, then Continue and the error summary', async () => {
    const el = await render(html`<nvr-sit-in-planner start-step="1"></nvr-sit-in-planner>`);
    const heard = recordAnnouncements(el);
    expect(await spokenPage()).to.include(`${stepHeadings().ready}, heading level 2, Step 1 of 8`);
    // Step 1 arrives with the other steps, in a lazily loaded chunk.
    const dangerNow = await until(
      () => inside(el).querySelector<HTMLElement>('input[name="dangerNow"][value="yes"]'),
      'step 1',
    );
    dangerNow.focus();
    await sendKeys({ press: ' ' });
    await until(() => heard.said.length, 'the safety guidance to be announced');
    // Danger now: its own box, heard once, and never "you can still plan".
    const g = dangerNowGuidance();
    expect(heard.said).to.have.length(1);
    for (const line of [g.heading, g.now, g.leave, g.callBefore, g.later])
      expect(heard.said[0]).to.contain(line);
    expect(heard.said[0]).not.to.contain('You can still plan');
    buttonNamed(el, 'Continue').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el)?.matches('.error-summary'), 'focus on the error summary');
    expect(await spokenFocus()).to.equal('There is a problem, alert');
    await flushed();
    heard.stop();
    // The guidance once, then the summary once (an alert, spoken as it appears); nothing else.
    expect(heard.said).to.have.length(2);
    expect(heard.said[1]).to.match(/^There is a problem /);
  });

  itInChromium('fee calculator: chooses an option, then changes the participants', async () => {
    const el = await render(html`<nvr-fee-calculator></nvr-fee-calculator>`);
    const heard = recordAnnouncements(el);
    const option = inside(el).querySelector<HTMLElement>('input[data-id="foundation-supervision"]')!;
    option.focus();
    const name = (await spokenFocus()).replace(', radio, not checked', '');
    await sendKeys({ press: ' ' });
    expect(await spokenFocus()).to.equal(`${name}, radio, checked`);
    await until(() => heard.said.length, 'the total to be announced');
    const input = inside(el).querySelector<HTMLInputElement>('#participants')!;
    input.focus();
    input.select();
    expect(await spokenFocus()).to.equal('Number of participants, spinbutton');
    await typeText('12');
    await until(() => heard.said.length > 1, 'the new total to be announced');
    await flushed();
    heard.stop();
    // Once per pause, never per keystroke ("1" then "12").
    expect(heard.said).to.deep.equal([
      'Total to pay: £792.00, including £132.00 VAT.',
      'Total to pay: £9,504.00, including £1,584.00 VAT.',
    ]);
  });
});
