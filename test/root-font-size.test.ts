/**
 * Many WordPress themes set `html { font-size: 62.5% }` (so 1rem = 10px) and size their own text
 * back up. Sizes inside the widgets follow the widget's own font size, so such a page cannot
 * shrink a radio, a button or a field below what the parent needs to hit it.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '@nvr-widgets/cornerstones/define.js';
import '@nvr-widgets/escalation-quiz/define.js';
import '@nvr-widgets/sit-in-planner/define.js';
import '@nvr-widgets/fee-calculator/define.js';
import { shadowElements, until } from './helpers.js';

const TARGETS = 'button, input, select, textarea, a[href]';

/** Width × height of every control in the widget, in document order, on a 16 px text page. */
async function targetSizes(template: ReturnType<typeof html>, ready: string) {
  const wrapper = await fixture<HTMLElement>(html`<div style="font-size: 16px">${template}</div>`);
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  await until(() => el.shadowRoot!.querySelector(ready), ready);
  return shadowElements(el)
    .filter((e) => e.matches(TARGETS))
    .map((e) => {
      const r = e.getBoundingClientRect();
      return `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} ${Math.round(r.width)}×${Math.round(r.height)}`;
    });
}

const cases: [string, ReturnType<typeof html>, string][] = [
  ['cornerstones', html`<nvr-cornerstones open="1"></nvr-cornerstones>`, '[part="copy-link"]'],
  ['quiz', html`<nvr-escalation-quiz seed="7"></nvr-escalation-quiz>`, 'input[type="radio"]'],
  ['planner', html`<nvr-sit-in-planner start-step="1" storage="none"></nvr-sit-in-planner>`, 'input'],
  ['fee calculator', html`<nvr-fee-calculator selected="foundation"></nvr-fee-calculator>`, '#participants'],
];

describe('a page with html { font-size: 62.5% }', () => {
  afterEach(() => {
    fixtureCleanup();
    document.documentElement.style.removeProperty('font-size');
  });

  for (const [name, template, ready] of cases) {
    it(`leaves the ${name}'s targets the size they are on a 100% page`, async () => {
      const normal = await targetSizes(template, ready);
      fixtureCleanup();
      document.documentElement.style.setProperty('font-size', '62.5%');
      const shrunk = await targetSizes(template, ready);
      expect(normal.length).to.be.above(2);
      expect(shrunk).to.deep.equal(normal);
    });
  }
});
