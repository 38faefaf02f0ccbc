/**
 * The planner as keyboard and screen-reader users meet it, in every engine: what is announced,
 * where focus goes, and targets big enough to hit.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { NvrSitInPlanner } from '../src/index.js';
import { pressWithShift, setViewport, until } from '../../../test/helpers.js';
import { flushed, recordAnnouncements } from '../../../test/spoken.js';
import { completePlan } from './plans.js';
import {
  $,
  active,
  button,
  click,
  KEY,
  notice,
  render,
  saved,
  seed,
  settled,
  tellOtherTabs,
} from './planner-page.js';

beforeEach(() => localStorage.clear());
afterEach(async () => {
  fixtureCleanup();
  localStorage.clear();
  await setViewport({ width: 800, height: 600 });
});

/** Renders a planner with a recorder listening from before its first render. */
async function renderHeard(attrs: Record<string, string> = {}) {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement('nvr-sit-in-planner') as NvrSitInPlanner;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  wrapper.append(el);
  const heard = recordAnnouncements(el);
  await el.updateComplete;
  return { el, heard };
}

describe('<nvr-sit-in-planner> notices are heard', () => {
  it('announces, once, that a corrupt saved plan could not be read', async () => {
    localStorage.setItem(KEY, '{"stamp": 3, "value": ');
    const { heard } = await renderHeard();
    await until(() => heard.said.length, 'an announcement');
    await flushed();
    expect(heard.said).to.deep.equal([
      'We could not read a plan saved earlier on this device, so you are starting a new one.',
    ]);
    heard.stop();
  });

  it('announces, once, that the plan has been deleted from this device', async () => {
    seed(completePlan());
    const { el, heard } = await renderHeard({ 'start-step': '8' });
    await settled(el);
    await click(el, button(el, 'Delete my plan'));
    await click(el, button(el, 'Yes, delete my plan'));
    await notice(el);
    await flushed();
    expect(heard.said).to.deep.equal(['Your plan has been deleted from this device.']);
    heard.stop();
  });

  it('announces, once, a change or a deletion made in another tab', async () => {
    seed(completePlan());
    const { el, heard } = await renderHeard({ 'start-step': '2' });
    await settled(el);
    await until(() => el.shadowRoot!.querySelector('.notices'), 'the status region');
    seed({ ...completePlan(), behaviour: 'Taking money' }, KEY, Date.now() + 1000);
    tellOtherTabs();
    await until(() => heard.said.length, 'the change to be announced');
    localStorage.removeItem(KEY);
    tellOtherTabs();
    await until(() => heard.said.length > 1, 'the deletion to be announced');
    await flushed();
    expect(heard.said).to.deep.equal([
      'Your plan was changed in another tab or window. This page now shows the latest answers.',
      'Your plan was deleted in another tab or window.',
    ]);
    heard.stop();
  });
});

describe('<nvr-sit-in-planner> deleting the plan', () => {
  it('asks first with focus on the question, so Enter pressed twice keeps the plan', async () => {
    seed(completePlan());
    const el = await render(html`<nvr-sit-in-planner start-step="8"></nvr-sit-in-planner>`);
    await settled(el);
    button(el, 'Delete my plan').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => active(el)?.id === 'confirm-text', 'focus on the question');
    expect(active(el)!.textContent!.trim()).to.equal(
      'This removes your plan from this device. You cannot undo this.',
    );
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(saved()).to.deep.equal(completePlan());
    expect(button(el, 'Yes, delete my plan')).to.exist;
  });
});

describe('<nvr-sit-in-planner> target sizes', () => {
  for (const width of [320, 1280]) {
    it(`makes the emergency number and Back at least 44 × 44 px at ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      const el = await render(html`<nvr-sit-in-planner start-step="1"></nvr-sit-in-planner>`);
      $<HTMLInputElement>(el, 'input[name="dangerNow"][value="yes"]').click();
      await el.updateComplete;
      const tel = await until(
        () => el.shadowRoot!.querySelector('[part="guidance"] a[href^="tel:"]'),
        'tel link',
      );
      for (const target of [tel, button(el, 'Back')]) {
        const r = target.getBoundingClientRect();
        expect([r.width, r.height].map(Math.floor), target.textContent!).to.satisfy(
          ([w, h]: number[]) => w >= 44 && h >= 44,
        );
      }
    });
  }
});

describe('<nvr-sit-in-planner> focus is never hidden under "Leave this page quickly"', () => {
  /** Fails unless the focused control ends up clear of the sticky exit bar, not even partly under it. */
  async function expectInSight(el: NvrSitInPlanner, where: string) {
    const target = active(el)!;
    if ($(el, '.exit').contains(target)) return;
    const clear = () => {
      const bar = $(el, '.exit').getBoundingClientRect();
      const box = target.getBoundingClientRect();
      return box.top >= bar.bottom - 0.5 || box.bottom <= bar.top;
    };
    const label = `${where}: ${target.tagName} ${target.id || target.textContent!.trim().slice(0, 30)}`;
    // Engines scroll to a focused field in their own time: allow it a moment, not a fixed wait.
    await until(clear, `${label} to be clear of the bar`, 1000).catch(() => {});
    expect(clear(), label).to.equal(true);
  }

  /** Shift+Tab from the last focus stop back to the exit button, checking every stop. */
  async function walkBackwards(el: NvrSitInPlanner, where: string) {
    const stops = [
      ...el.shadowRoot!.querySelectorAll<HTMLElement>('button, input, textarea, select, a[href]'),
    ];
    stops.at(-1)!.focus();
    for (let i = 0; i < 80 && active(el) !== $(el, '[part="exit-button"]'); i++) {
      await pressWithShift('Tab');
      await expectInSight(el, where);
    }
    expect(active(el), `${where}: Shift+Tab reached the exit button`).to.equal($(el, '[part="exit-button"]'));
  }

  for (const width of [320, 1280]) {
    it(`moving backwards through the check page and step 6 at ${width} px`, async () => {
      await setViewport({ width, height: 600 });
      seed(completePlan());
      for (const step of ['check', '6']) {
        const el = await render(html`<nvr-sit-in-planner start-step=${step}></nvr-sit-in-planner>`);
        await settled(el);
        await walkBackwards(el, `step ${step}`);
        fixtureCleanup();
      }
    });

    it(`reaching the error summary and its links at ${width} px`, async () => {
      await setViewport({ width, height: 600 });
      const el = await render(html`<nvr-sit-in-planner start-step="3"></nvr-sit-in-planner>`);
      await settled(el);
      button(el, 'Continue').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => active(el)?.matches('.error-summary'), 'focus on the error summary');
      const title = $(el, '.error-title').getBoundingClientRect();
      expect(title.top, 'the summary title').to.be.at.least(
        $(el, '.exit').getBoundingClientRect().bottom - 0.5,
      );
      for (const link of el.shadowRoot!.querySelectorAll<HTMLElement>('.error-summary a')) {
        link.focus();
        await expectInSight(el, 'summary link');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        await expectInSight(el, `field of ${link.textContent!.trim()}`);
        window.scrollTo(0, document.documentElement.scrollHeight);
      }
      await walkBackwards(el, 'step 3 with errors');
    });
  }
});
