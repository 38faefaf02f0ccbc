/**
 * The fee calculator's pre-rendered snippet (dist/html, `npm run build`) taken over by its CDN
 * script: the very nodes painted stay, the browser's own money formatting replaces the server's
 * without a node re-created, and the calculator works as usual afterwards.
 */
import { expect } from '@open-wc/testing';
import {
  prerenderedSnippet,
  recreatedNodes,
  shadowNodes,
  stylesheetLoaded,
  until,
} from '../../../test/helpers.js';
import type { NvrFeeCalculator } from '../src/index.js';
import type { NvrFeeChangeDetail } from '../src/events.js';

const TAG = 'nvr-fee-calculator';
const consoleErrors: string[] = [];
const originalError = console.error;
console.error = (...args: unknown[]) => {
  consoleErrors.push(args.map(String).join(' '));
  originalError(...args);
};
const thrown: string[] = [];
window.addEventListener('error', (e) => thrown.push(String(e.message)));
const problems: unknown[] = [];
document.addEventListener('nvr-config-error', (e) => problems.push(e.detail));

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const priceOf = (el: Element, id: string) =>
  clean($(el, `input[data-id="${id}"]`).closest('label')!.querySelector('.small')!.textContent);
const money = (lang: string, pounds: number) =>
  new Intl.NumberFormat(lang, {
    style: 'currency',
    currency: 'GBP',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(pounds);

/** The snippet in a wrapper (e.g. `lang`), its stylesheet loaded: what the visitor sees painted. */
async function painted(wrapper: Record<string, string> = {}) {
  const host = document.createElement('div');
  for (const [name, value] of Object.entries(wrapper)) host.setAttribute(name, value);
  document.body.append(host);
  host.setHTMLUnsafe(await prerenderedSnippet(TAG));
  const el = host.querySelector<NvrFeeCalculator>(TAG)!;
  expect(el.shadowRoot, 'a declarative shadow root').to.exist;
  await stylesheetLoaded(el);
  return { host, el };
}

/** Loads the script (once per page) and waits for the view to be taken over. */
async function hydrated(el: NvrFeeCalculator) {
  await import(/* @vite-ignore */ `/dist/cdn/${TAG}.js`);
  await customElements.whenDefined(TAG);
  await el.updateComplete;
}

describe('pre-rendered <nvr-fee-calculator>', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((div) => div.remove()));

  it('is taken over without re-creating a node, changing its height or reporting anything', async () => {
    const { el } = await painted();
    const before = shadowNodes(el);
    const height = el.getBoundingClientRect().height;
    expect(before.length).to.be.greaterThan(30);
    expect(priceOf(el, 'foundation-supervision')).to.equal('£660.00 + VAT = £792.00');
    await hydrated(el);
    // The browser's own formatting is written a task after hydration: still the same nodes.
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(shadowNodes(el).length, 'as many nodes').to.equal(before.length);
    expect(recreatedNodes(el, before), 'nodes re-created').to.deep.equal([]);
    expect(el.getBoundingClientRect().height).to.equal(height);
    expect(priceOf(el, 'foundation-supervision')).to.equal('£660.00 + VAT = £792.00');
    expect(consoleErrors, 'console errors').to.deep.equal([]);
    expect(thrown, 'uncaught errors').to.deep.equal([]);
    expect(problems, 'nvr-config-error').to.deep.equal([]);
  });

  it("shows amounts in the page's language once taken over, in the same nodes", async () => {
    // The server pre-rendered British English; this page is German.
    const { el } = await painted({ lang: 'de' });
    expect(priceOf(el, 'foundation')).to.equal('£500.00 + VAT = £600.00');
    const before = shadowNodes(el);
    await hydrated(el);
    const german = clean(`${money('de', 500)} + VAT = ${money('de', 600)}`);
    await until(() => priceOf(el, 'foundation') === german, `the price as ${german}`);
    expect(recreatedNodes(el, before)).to.deep.equal([]);
    // Also the rounding unit under the breakdown: "…rounded to the nearest 0,01 £".
    expect(clean(el.shadowRoot!.textContent)).to.contain(clean(money('de', 0.01)));
  });

  it('works after hydration: choosing options updates the total and sends nvr-fee-change', async () => {
    // On the page, not the element: the script has loaded, so the element hydrates as it is inserted.
    const changes: NvrFeeChangeDetail[] = [];
    const listener = (e: CustomEvent<NvrFeeChangeDetail>) => changes.push(e.detail);
    document.addEventListener('nvr-fee-change', listener);
    after(() => document.removeEventListener('nvr-fee-change', listener));
    const { el } = await painted();
    await hydrated(el);
    expect(changes.at(-1)?.items, 'first view: nothing chosen').to.deep.equal([]);

    $<HTMLInputElement>(el, 'input[data-id="foundation"]').click();
    await el.updateComplete;
    expect(clean($(el, '[part="total"]').textContent)).to.equal(
      'Total to pay: £600.00, including £100.00 VAT.',
    );
    expect(changes.at(-1)).to.deep.equal({
      currency: 'GBP',
      participants: 1,
      items: [{ id: 'foundation', quantity: 1, net: 50_000, vat: 10_000, gross: 60_000 }],
      discounts: [],
      net: 50_000,
      vat: 10_000,
      gross: 60_000,
      dueLater: 0,
    });

    const count = $<HTMLInputElement>(el, '#participants');
    count.value = '3';
    count.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(clean($(el, '[part="total"]').textContent)).to.equal(
      'Total to pay: £1,800.00, including £300.00 VAT.',
    );
    expect(changes.at(-1)).to.include({ participants: 3, net: 150_000, vat: 30_000, gross: 180_000 });
    expect(consoleErrors).to.deep.equal([]);
    expect(problems).to.deep.equal([]);
  });
});
