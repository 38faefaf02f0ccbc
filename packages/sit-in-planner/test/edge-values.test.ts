/**
 * Every public property and attribute of the planner set to edge values after the first render
 * (empty, garbage, huge, negative, wrong type): nothing throws, nothing shows NaN or undefined, and
 * the page is never left by accident.
 */
import { expect, fixtureCleanup, html } from '@open-wc/testing';
import '../src/define.js';
import { pageActions } from '../src/index.js';
import { tryEveryValue, uncaughtDuring, withWarnings } from '../../../test/helpers.js';
import { completePlan } from './plans.js';
import { render, seed, settled } from './planner-page.js';

const visitorText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** Values of each kind a script or an editor may give, as properties (attributes are text). */
const edgesByKind: Record<string, unknown[]> = {
  empty: ['', ' ', null],
  garbage: ['garbage', { toString: () => 'odd' }, {}, [], true],
  huge: ['x'.repeat(5_000), 1e21, '1e309', '99999999999999999999'],
  'negative or out of range': [-1, '-1', 0, '0', '9'],
  'not a number': [NaN],
};
const edges = Object.values(edgesByKind).flat();

describe('<nvr-sit-in-planner> every public property at edge values', () => {
  const originalLeave = pageActions.leave;
  let left: string[];
  beforeEach(() => {
    localStorage.clear();
    left = [];
    pageActions.leave = (url) => void left.push(url);
  });
  afterEach(() => {
    pageActions.leave = originalLeave;
    fixtureCleanup();
    localStorage.clear();
  });

  it('never throws, never shows NaN or undefined, and never leaves the page, whatever each is set to', async () => {
    seed(completePlan());
    await withWarnings(async () => {
      const thrown = await uncaughtDuring(async () => {
        // "During and ending": the emergency number is on the page.
        const el = await render(html`<nvr-sit-in-planner start-step="6"></nvr-sit-in-planner>`);
        await settled(el);
        await tryEveryValue(el, () => visitorText(el), {
          properties: ['storageKey', 'storage', 'emergencyNumber', 'exitUrl', 'startStep'],
          values: edges,
          attributes: ['storage-key', 'storage', 'emergency-number', 'exit-url', 'start-step'],
          texts: ['', 'garbage', '-1', '99999999999999999999', 'javascript:alert(1)', 'x'.repeat(5_000)],
        });
        // Still a working planner: the emergency line shows a number, and the steps still render.
        el.storageKey = 'nvr-sit-in-plan';
        await settled(el);
        expect(visitorText(el)).to.contain('How will you keep it calm and safe?');
        expect(el.shadowRoot!.querySelector('a[href^="tel:"]')?.getAttribute('href')).to.equal('tel:999');
        // Anything scheduled by the last change (saving, the notice region) runs too.
        await new Promise((resolve) => setTimeout(resolve, 200));
      });
      expect(thrown).to.deep.equal([]);
    });
    expect(left).to.deep.equal([]);
  });

  it('leaves for the default neutral site when `exit-url` becomes empty or unsafe after the first render', async () => {
    await withWarnings(async () => {
      const el = await render(
        html`<nvr-sit-in-planner exit-url="https://example.org/news"></nvr-sit-in-planner>`,
      );
      for (const value of [
        null,
        '',
        '   ',
        'javascript:alert(1)',
        'mailto:a@example.org',
        ' tel:999',
        'data:text/html,x',
      ]) {
        Reflect.set(el, 'exitUrl', value);
        await el.updateComplete;
        el.quickExit();
      }
      expect(left).to.deep.equal(Array(7).fill('https://www.bbc.co.uk/weather'));
    });
  });
});
