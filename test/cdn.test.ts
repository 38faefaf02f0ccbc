/**
 * The files an editor actually embeds: dist/cdn/*.js (built by `npm run build`, which `npm test`
 * runs first). Loaded as a page would load them, twice, from the production bundles.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { microtaskChain, withWarnings, resourcesSince, until } from './helpers.js';

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
      // The widgets follow one task apart (defineInTurns): not all upgraded in the script's task.
      expect(customElements.get('nvr-sit-in-planner'), 'the planner, a few tasks later').to.equal(undefined);
      const later = ['nvr-escalation-quiz', 'nvr-sit-in-planner', 'nvr-fee-calculator'];
      const chains: { done: boolean }[] = [];
      const afterTheOneBefore: boolean[] = [];
      await Promise.all(
        later.map((tag, i) =>
          customElements.whenDefined(tag).then(() => {
            if (i > 0) afterTheOneBefore.push(chains[i - 1]?.done ?? false);
            chains[i] = microtaskChain();
          }),
        ),
      );
      expect(afterTheOneBefore, 'each defined in a later task').to.deep.equal([true, true]);
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

describe('dist/cdn/nvr-escalation-quiz.js', () => {
  type Quiz = HTMLElement & { updateComplete: Promise<unknown> };
  const chunksSince = (since: number) => resourcesSince(since).filter((u) => u.includes('/dist/cdn/chunks/'));

  it('defines the element, and loading it twice only warns', async () => {
    await withWarnings(async (warnings) => {
      await load('nvr-escalation-quiz.js');
      expect(customElements.get('nvr-escalation-quiz')).to.be.a('function');
      await load('nvr-escalation-quiz.js', '?second-copy');
      expect(errors).to.deep.equal([]);
      expect(warnings.messages.join()).to.contain('<nvr-escalation-quiz> is already defined');
    });
  });

  it('renders the first question with no further request; the first answer fetches the feedback chunk', async () => {
    const since = performance.now();
    const el = await fixture<Quiz>(html`<nvr-escalation-quiz seed="1" count="1"></nvr-escalation-quiz>`);
    await el.updateComplete;
    const radios = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(radios).to.have.length(3);
    await new Promise((r) => setTimeout(r, 200));
    expect(resourcesSince(since)).to.deep.equal([]);
    radios[0].click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await until(() => el.shadowRoot!.querySelector('[part="feedback"]'), 'feedback');
    expect(chunksSince(since).length).to.be.at.least(1);
    expect(chunksSince(since).some((u) => u.includes('markdown'))).to.equal(false);
    expect(errors).to.deep.equal([]);
  });

  it('loads the bank parser and Markdown only for an editor bank', async () => {
    const since = performance.now();
    const el = document.createElement('nvr-escalation-quiz') as Quiz;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      questions: [{ id: 'a', scenario: 'From the **editor**.', answer: 'none', explanation: 'Calm.' }],
    });
    el.append(script);
    (await fixture(html`<div></div>`)).append(el);
    await until(() => el.shadowRoot?.querySelector('[part="question"] strong'), 'editor question');
    expect(chunksSince(since).some((u) => u.includes('markdown'))).to.equal(true);
    expect(errors).to.deep.equal([]);
  });
});

describe('dist/cdn/nvr-sit-in-planner.js', () => {
  it('defines the planner, and loads its later steps only from the chunks beside it', async () => {
    localStorage.removeItem('nvr-cdn-plan');
    // nvr-widgets.js (loaded above) may have defined it already: that only warns.
    await withWarnings(async () => void (await load('nvr-sit-in-planner.js')));
    expect(customElements.get('nvr-sit-in-planner')).to.be.a('function');
    const since = performance.now();
    const el = await fixture<HTMLElement>(
      html`<nvr-sit-in-planner storage-key="nvr-cdn-plan"></nvr-sit-in-planner>`,
    );
    await until(() => el.shadowRoot?.querySelector('#heading'), 'the task list');
    expect(resourcesSince(since)).to.deep.equal([]);
    const start = [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Start'),
    )!;
    start.click();
    await until(() => el.shadowRoot!.querySelector('#calmNow-yes'), 'step 1');
    el.shadowRoot!.querySelector<HTMLElement>('.task-link, .back-link')!.click();
    await until(() => el.shadowRoot!.querySelector('.task-link'), 'the task list again');
    el.shadowRoot!.querySelectorAll<HTMLElement>('.task-link')[1].click();
    await until(() => el.shadowRoot!.querySelector('#behaviour'), 'step 2 from its chunk');
    const requests = resourcesSince(since);
    expect(requests.length).to.be.at.least(1);
    for (const url of requests) expect(url).to.match(/\/dist\/cdn\/chunks\/[\w-]+\.js$/);
    localStorage.removeItem('nvr-cdn-plan');
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
    // The evaluation fee is charged only on coursework: not part of what is paid when booking.
    expect(text(el, '[part="total"]')).to.equal('To pay when booking: £792.00, including £132.00 VAT.');
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
