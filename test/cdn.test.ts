/**
 * The files an editor actually embeds: dist/cdn/*.js (built by `npm run build`, which `npm test`
 * runs first). Loaded as a page would load them, twice, from the production bundles.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { withWarnings, resourcesSince, until } from './helpers.js';

const errors: string[] = [];
window.addEventListener('error', (e) => errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

/** A query string makes the browser treat the same file as a second, separate module. */
const load = (file: string, copy = '') => import(/* @vite-ignore */ `/dist/cdn/${file}${copy}`);

describe('dist/cdn bundles', () => {
  it('nvr-cornerstones.js defines the element, and loading it twice only warns', async () => {
    await withWarnings(async (warnings) => {
      await load('nvr-cornerstones.js');
      expect(customElements.get('nvr-cornerstones')).to.be.a('function');
      await load('nvr-cornerstones.js', '?second-copy');
      await load('nvr-widgets.js');
      expect(customElements.get('nvr-provider')).to.be.a('function');
      expect(errors).to.deep.equal([]);
      expect(
        warnings.messages.filter((m) => m.includes('<nvr-cornerstones> is already defined')),
      ).to.have.length(2);
    });
  });

  it('renders the built-in content without loading the Markdown chunk', async () => {
    const since = performance.now();
    const el = await fixture<HTMLElement>(html`<nvr-cornerstones open="1"></nvr-cornerstones>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="section"]')).to.have.length(5);
    await new Promise((r) => setTimeout(r, 200));
    expect(resourcesSince(since)).to.deep.equal([]);
  });

  it('loads the Markdown chunk from beside the bundle only when an editor supplies Markdown', async () => {
    const since = performance.now();
    const el = document.createElement('nvr-cornerstones');
    const script = document.createElement('script');
    script.type = 'text/markdown';
    script.textContent = '## From the editor\nA summary.';
    el.append(script);
    (await fixture(html`<div></div>`)).append(el);
    await until(
      () => el.shadowRoot?.querySelector('.title')?.textContent === 'From the editor',
      'Markdown sections',
    );
    const chunks = resourcesSince(since).filter((u) => u.includes('/dist/cdn/chunks/'));
    expect(chunks.length).to.be.at.least(1);
    expect(errors).to.deep.equal([]);
  });
});

describe('dist/cdn/nvr-fee-calculator.js', () => {
  type Fee = HTMLElement & { updateComplete: Promise<unknown> };
  const text = (el: Element, selector: string) =>
    (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

  it('loads beside the other bundles and prices the built-in list with no chunk and no request', async () => {
    await withWarnings(async () => {
      await load('nvr-fee-calculator.js');
      await load('nvr-fee-calculator.js', '?second-copy');
    });
    expect(customElements.get('nvr-fee-calculator')).to.be.a('function');
    const since = performance.now();
    const el = await fixture<Fee>(
      html`<nvr-fee-calculator selected="foundation-supervision,evaluation"></nvr-fee-calculator>`,
    );
    await el.updateComplete;
    expect(text(el, '[part="total"]')).to.equal('Total to pay: £1,092.00, including £182.00 VAT.');
    await new Promise((r) => setTimeout(r, 200));
    expect(resourcesSince(since)).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('loads the parser and editor views from beside the bundle only for editor JSON', async () => {
    const since = performance.now();
    const el = document.createElement('nvr-fee-calculator') as Fee;
    el.setAttribute('selected', 'a');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      currency: 'JPY',
      vatRate: '10%',
      items: [{ id: 'a', label: 'Course', price: '1005' }],
      discounts: [{ id: 'd', label: 'Early', type: 'percent', value: '10%' }],
    });
    el.append(script);
    (await fixture(html`<div></div>`)).append(el);
    await until(() => text(el, '[part="total"]').includes('¥'), 'the JPY quote');
    // ¥1,005 − 10% (¥100.5 → ¥101) = ¥904; VAT 10% = ¥90.4 → ¥90.
    expect(text(el, '[part="total"]')).to.equal('Total to pay: JP¥994, including JP¥90 VAT.');
    const chunks = resourcesSince(since).filter((u) => u.includes('/dist/cdn/chunks/'));
    expect(chunks.length).to.be.at.least(2);
    expect(errors).to.deep.equal([]);
  });
});
