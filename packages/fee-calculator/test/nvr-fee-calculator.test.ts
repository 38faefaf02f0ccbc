import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { setFetchTimeout } from '@nvr-widgets/core';
import type { NvrFeeCalculator } from '../src/index.js';
import type { NvrFeeChangeDetail } from '../src/events.js';
import { runWidgetBaseTests } from '../../../test/widget-base-tests.js';
import { examples } from '../examples.js';
import { recordAnnouncements } from '../../../test/spoken.js';
import {
  accessibleNodes,
  emulateMedia,
  itInChromium,
  resourcesSince,
  setViewport,
  shadowElements,
  tryEveryValue,
  typeText,
  uncaughtDuring,
  until,
  withWarnings,
} from '../../../test/helpers.js';

runWidgetBaseTests({ tag: 'nvr-fee-calculator', define: () => import('../src/define.js'), examples });

const PATHWAY = '/test/fixtures/fee-calculator/pathway.json';

const $ = <T extends HTMLElement = HTMLElement>(el: NvrFeeCalculator, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const $$ = (el: NvrFeeCalculator, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const option = (el: NvrFeeCalculator, id: string) => $<HTMLInputElement>(el, `input[data-id="${id}"]`);
const optionText = (el: NvrFeeCalculator, id: string) => clean(option(el, id).closest('label')!.textContent);
/** The breakdown as the visitor reads it: each line's first cell and its three amounts. */
const rows = (el: NvrFeeCalculator, section = 'tbody') =>
  $$(el, `[part="breakdown"] ${section} tr`).map((tr) => [...tr.children].map((c) => clean(c.textContent)));
const total = (el: NvrFeeCalculator) => clean($(el, '[part="total"]').textContent);
const visibleText = (el: NvrFeeCalculator) => clean(el.shadowRoot!.textContent);

async function render(template = html`<nvr-fee-calculator></nvr-fee-calculator>`) {
  const el = await fixture<NvrFeeCalculator>(template);
  await el.updateComplete;
  return el;
}

/** Renders editor JSON given inline, as a child `<script type="application/json">`. */
async function renderWithJson(json: string, attributes: Record<string, string> = {}) {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement('nvr-fee-calculator');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  el.append(script);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** Renders with the pathway fixture as `config` and a fixed clock, once its options are shown. */
async function renderPathway(now = new Date(2026, 0, 15, 12), attrs = html``) {
  const config = await (await fetch(PATHWAY)).json();
  const el = await render(
    html`<nvr-fee-calculator .config=${config} .now=${now}>${attrs}</nvr-fee-calculator>`,
  );
  await until(() => el.shadowRoot!.querySelector('input[data-id="workbook"]'), 'the pathway options');
  await el.updateComplete;
  return el;
}

/**
 * Whether `amount`, inside `selector`, shows its first character left of its last one, as an
 * amount must on any page ("1.234,50 €", "−£66.00"), whatever the direction around it.
 */
function readsLeftToRight(el: NvrFeeCalculator, selector: string, amount: string): boolean {
  // Lit may split an amount over text nodes ("−" and "£66.00"): search their joined text.
  const walker = document.createTreeWalker($(el, selector), NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const at = nodes
    .map((n) => n.data)
    .join('')
    .indexOf(amount);
  if (at < 0) throw new Error(`${amount} not found in ${selector}`);
  /** Left edge of the character at `index` of the joined text. */
  const x = (index: number) => {
    let i = index;
    const node = nodes.find((n) => (i < n.length ? true : ((i -= n.length), false)))!;
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return range.getBoundingClientRect().left;
  };
  return x(at) < x(at + amount.length - 1);
}

async function click(el: NvrFeeCalculator, target: HTMLElement) {
  target.click();
  await el.updateComplete;
}

afterEach(async () => {
  fixtureCleanup();
  await setViewport({ width: 800, height: 600 });
});

describe('<nvr-fee-calculator> the built-in price list (seed)', () => {
  it('shows the fees exactly as published, grouped, with nothing chosen', async () => {
    const el = await render();
    // Whose prices, and for which course dates, as the seed page gives them (it has no other date).
    expect(clean($(el, '[part="title"]').textContent)).to.equal(
      'PartnershipProjects: NVR Certificate Course fees, summer 2022 (online, 21–23 June and 15 September 2022)',
    );
    expect($$(el, 'legend').map((l) => clean(l.textContent))).to.deep.equal([
      'Foundation Level',
      'Certification',
      // (the participants field and VAT toggle are not fieldsets)
    ]);
    expect(optionText(el, 'foundation-supervision')).to.equal(
      'Foundation Level – 4 days training, including 12 hours of group supervision £660.00 + VAT = £792.00',
    );
    expect(optionText(el, 'foundation')).to.contain('£500.00 + VAT = £600.00');
    expect(optionText(el, 'evaluation')).to.contain('£300.00 including VAT');
    // As the seed says: charged only on coursework submitted within 12 months; both Levels needed.
    expect(clean($(el, '#note-evaluation').textContent)).to.equal(
      'Charged only if you submit coursework, within 12 months of completing the Advanced Level. The full certificate needs both the Foundation Level and the Advanced Level.',
    );
    expect(option(el, 'foundation').type).to.equal('radio');
    expect(option(el, 'evaluation').type).to.equal('checkbox');
    expect($$(el, 'input[data-id]').some((i) => (i as HTMLInputElement).checked)).to.equal(false);
    // Nothing chosen: a kind prompt, not an empty table totalling £0.00 (that could read as "free").
    expect(rows(el)).to.deep.equal([['Choose an option above to see its price.']]);
    expect(rows(el, 'tfoot')).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="total"]')).to.equal(null);
    expect(visibleText(el)).not.to.contain('£0.00,');
    expect(visibleText(el)).to.contain('rounded to the nearest £0.01; halves round up');
    // Nothing but the words: no stray "false", "undefined" or "NaN" from an empty binding.
    expect(visibleText(el)).not.to.match(/\b(false|true|undefined|null|NaN)\b/);
  });

  it('splits each price exactly: £660 + £132 = £792, £500 + £100 = £600, £300 incl. = £250 + £50', async () => {
    const el = await render(
      html`<nvr-fee-calculator selected="foundation-supervision,evaluation"></nvr-fee-calculator>`,
    );
    expect(rows(el).map((r) => r.slice(1))).to.deep.equal([
      ['£660.00', '£132.00', '£792.00'],
      ['£250.00', '£50.00', '£300.00'],
    ]);
    // The evaluation fee is charged only on coursework: not part of what is paid when booking.
    expect(rows(el, 'tfoot')).to.deep.equal([
      ['To pay when booking', '£660.00', '£132.00', '£792.00'],
      ['May be charged later', '£250.00', '£50.00', '£300.00'],
    ]);
    expect(total(el)).to.equal('To pay when booking: £792.00, including £132.00 VAT.');
    await expect(el).to.be.accessible();
    el.selected = 'foundation';
    await el.updateComplete;
    expect(rows(el).map((r) => r.slice(1))).to.deep.equal([['£500.00', '£100.00', '£600.00']]);
    // Nothing charged later: one plain total, as before.
    expect(rows(el, 'tfoot')).to.deep.equal([['Total', '£500.00', '£100.00', '£600.00']]);
    expect(total(el)).to.equal('Total to pay: £600.00, including £100.00 VAT.');
  });

  it('only an item that may be charged later: £0.00 to pay when booking, £300.00 later, never "Total to pay: £300"', async () => {
    const el = await render(html`<nvr-fee-calculator selected="evaluation"></nvr-fee-calculator>`);
    expect(rows(el, 'tfoot')).to.deep.equal([
      ['To pay when booking', '£0.00', '£0.00', '£0.00'],
      ['May be charged later', '£250.00', '£50.00', '£300.00'],
    ]);
    expect(total(el)).to.equal('To pay when booking: £0.00, including £0.00 VAT.');
  });

  it('is completed with the keyboard alone: radios, checkbox and participants', async () => {
    const el = await render();
    const changes: NvrFeeChangeDetail[] = [];
    el.addEventListener('nvr-fee-change', (e) => changes.push(e.detail));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(option(el, 'foundation-supervision'));
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(option(el, 'foundation').checked).to.equal(true);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(option(el, 'evaluation'));
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('participants');
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await typeText('3');
    await el.updateComplete;
    expect(rows(el)).to.deep.equal([
      [
        'Foundation Level – 4 days training, including 12 hours of group supervision 3 × £660.00',
        '£1,980.00',
        '£396.00',
        '£2,376.00',
      ],
      ['Evaluation & assessment 3 × £300.00', '£750.00', '£150.00', '£900.00'],
    ]);
    expect(total(el)).to.equal('To pay when booking: £2,376.00, including £396.00 VAT.');
    expect(changes.at(-1)).to.deep.equal({
      currency: 'GBP',
      participants: 3,
      items: [
        { id: 'foundation-supervision', quantity: 3, net: 198_000, vat: 39_600, gross: 237_600 },
        { id: 'evaluation', quantity: 3, net: 75_000, vat: 15_000, gross: 90_000 },
      ],
      discounts: [],
      net: 273_000,
      vat: 54_600,
      gross: 327_600,
      dueLater: 90_000,
    });
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(parseFloat(getComputedStyle(focused).outlineWidth)).to.be.at.least(3);
  });

  for (const typed of ['60', '2.5', '0']) {
    it(`says what is wrong with ${typed} participants, shows no total until fixed, and never changes it`, async () => {
      const el = await render(html`<nvr-fee-calculator selected="foundation"></nvr-fee-calculator>`);
      const heard = recordAnnouncements(el);
      const input = $<HTMLInputElement>(el, '#participants');
      input.focus();
      input.select();
      await typeText(typed);
      await el.updateComplete;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(clean($(el, '#participants-error').textContent)).to.equal('Enter a whole number from 1 to 50.');
      // No amounts for a number nobody asked for (typing "60" passes through a valid "6").
      expect(el.shadowRoot!.querySelector('[part="breakdown"], [part="total"]')).to.equal(null);
      await until(() => heard.said.length, 'the problem to be announced');
      // Leaving the field keeps what was typed, and the problem with it.
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(input.value).to.equal(typed);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      // Fixed: the quote comes back and is announced.
      input.focus();
      input.select();
      await typeText('3');
      await el.updateComplete;
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(clean($(el, '[part="breakdown"] caption').textContent)).to.equal(
        'Your quote for 3 participants',
      );
      await until(() => heard.said.length > 1, 'the total to be announced');
      heard.stop();
      expect(heard.said).to.deep.equal([
        'Enter a whole number from 1 to 50.',
        'Total to pay: £1,800.00, including £300.00 VAT.',
      ]);
    });
  }

  it('announces the total politely once typing pauses, not on every keystroke', async () => {
    const el = await render(html`<nvr-fee-calculator selected="foundation"></nvr-fee-calculator>`);
    const status = $(el, '[role="status"]');
    const input = $<HTMLInputElement>(el, '#participants');
    input.focus();
    input.value = '';
    await typeText('1');
    await typeText('2');
    await el.updateComplete;
    expect(total(el)).to.equal('Total to pay: £7,200.00, including £1,200.00 VAT.');
    expect(status.textContent).to.equal('');
    const announced: string[] = [];
    new MutationObserver(() => announced.push(status.textContent!)).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    // Wait for the first announcement, not a fixed time: were each keystroke announced, the total
    // for "1" would come first and fail the check.
    await until(() => announced.length > 0, 'an announcement');
    expect(announced).to.deep.equal(['Total to pay: £7,200.00, including £1,200.00 VAT.']);
  });

  it('brings the prompt back, and announces it, when the last option is let go', async () => {
    const el = await render(html`<nvr-fee-calculator selected="evaluation"></nvr-fee-calculator>`);
    const status = $(el, '[role="status"]');
    expect(total(el)).to.equal('To pay when booking: £0.00, including £0.00 VAT.');
    await click(el, option(el, 'evaluation'));
    expect(rows(el)).to.deep.equal([['Choose an option above to see its price.']]);
    expect(el.shadowRoot!.querySelector('[part="total"]')).to.equal(null);
    await until(() => status.textContent, 'the announcement');
    expect(status.textContent).to.equal('Choose an option above to see its price.');
    await expect(el).to.be.accessible();
    // On a phone, where the table stacks, the prompt still runs across it and wraps.
    await setViewport({ width: 320, height: 640 });
    const table = $(el, '[part="breakdown"]').getBoundingClientRect();
    expect($(el, '.prompt').getBoundingClientRect().width).to.be.closeTo(table.width, 1);
    for (const child of shadowElements(el)) {
      expect(child.getBoundingClientRect().right, child.outerHTML.slice(0, 60)).to.be.at.most(321);
    }
  });

  it('keeps each amount whole on a right-to-left page: symbol and digits in their own order', async () => {
    // A right-to-left page showing English strings and a EUR list in German: "1.234,50 € + VAT = …".
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="de-DE"></div>`);
    const el = document.createElement('nvr-fee-calculator');
    el.config = {
      currency: 'EUR',
      vatRate: '19%',
      items: [{ id: 'grund', label: 'Grundkurs', price: '1234.50', perParticipant: false }],
    };
    el.selected = 'grund';
    wrapper.append(el);
    await until(() => el.shadowRoot!.querySelector('[part="total"]'), 'the EUR quote');
    await el.updateComplete;
    expect(optionText(el, 'grund')).to.contain('1.234,50 € + VAT = 1.469,06 € per booking');
    // "1.234,50 €" reads as in German: the euro sign to the right of the digits, in running text too
    // (Intl puts a no-break space before the sign).
    for (const [part, amount] of [
      ['[part="option"]', '1.234,50\u00a0€'],
      ['[part="option"]', '1.469,06\u00a0€'],
      ['[part="total"]', '1.469,06\u00a0€'],
      ['[part="total"]', '234,56\u00a0€'],
      ['[part="breakdown"] tfoot', '1.469,06\u00a0€'],
    ]) {
      expect(readsLeftToRight(el, part, amount), `${amount} in ${part}`).to.equal(true);
    }
    await expect(el).to.be.accessible();
  });

  it('switches option prices to including VAT, from the toggle or `show-vat`', async () => {
    const el = await render();
    const toggle = $$(el, 'input[type="checkbox"]').find((i) => !i.dataset.id)!;
    await click(el, toggle);
    expect(optionText(el, 'foundation-supervision')).to.match(/£792\.00 including VAT$/);
    expect(optionText(el, 'foundation')).to.match(/£600\.00 including VAT$/);
    const attr = await render(html`<nvr-fee-calculator show-vat="including"></nvr-fee-calculator>`);
    expect(optionText(attr, 'foundation')).to.match(/£600\.00 including VAT$/);
    await expect(attr).to.be.accessible();
  });

  it('compares two options side by side, per place and for everyone', async () => {
    const el = await render(
      html`<nvr-fee-calculator
        compare="foundation-supervision, foundation"
        participants="2"
      ></nvr-fee-calculator>`,
    );
    await until(() => el.shadowRoot!.querySelector('[part="compare"]'), 'the comparison');
    const table = $(el, '[part="compare"]');
    const cells = [...table.querySelectorAll('tr')].map((tr) =>
      [...tr.children].map((c) => clean(c.textContent)),
    );
    expect(cells).to.deep.equal([
      [
        '',
        'Foundation Level – 4 days training, including 12 hours of group supervision',
        'Foundation Level only – 4 days training, no supervision included',
      ],
      ['Price per place, excluding VAT', '£660.00', '£500.00'],
      ['VAT per place', '£132.00', '£100.00'],
      ['Price per place, including VAT', '£792.00', '£600.00'],
      ['Total for 2 participants, including VAT', '£1,584.00', '£1,200.00'],
      ['Notes', '', ''],
    ]);
    // axe: this comparison is an example (../examples.ts), checked by the shared suite.
  });

  it('prints as a quote: the breakdown stays, the controls go', async () => {
    const el = await render(html`<nvr-fee-calculator selected="foundation"></nvr-fee-calculator>`);
    await emulateMedia({ media: 'print' });
    try {
      expect($(el, '[part="breakdown"]').checkVisibility()).to.equal(true);
      expect($(el, '[part="total"]').checkVisibility()).to.equal(true);
      expect($(el, '[part="options"]').checkVisibility()).to.equal(false);
      expect($(el, '[part="print"]').checkVisibility()).to.equal(false);
      expect(getComputedStyle($(el, '[part="base"]')).color).to.equal('rgb(0, 0, 0)');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('reflows at 320 px with lines chosen and a comparison open, even in a wide font', async () => {
    await setViewport({ width: 320, height: 640 });
    // A wide face at a larger size (a visitor's own text setting): amounts must still fit.
    const wrapper = await fixture<HTMLElement>(
      html`<div style="font: 17px Verdana, 'DejaVu Sans', sans-serif"></div>`,
    );
    const el = document.createElement('nvr-fee-calculator');
    el.setAttribute('selected', 'foundation-supervision,evaluation');
    el.setAttribute('participants', '12');
    el.setAttribute('compare', 'foundation-supervision,foundation');
    wrapper.append(el);
    await until(() => el.shadowRoot!.querySelector('[part="compare"]'), 'the comparison');
    for (const child of shadowElements(el)) {
      expect(child.getBoundingClientRect().right, child.outerHTML.slice(0, 60)).to.be.at.most(321);
    }
  });

  it('stacks each line at 320 px: the name across, its amounts beneath in the header’s columns, still a table', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render(
      html`<nvr-fee-calculator
        selected="foundation-supervision,evaluation"
        participants="12"
        compare="foundation-supervision,foundation"
      ></nvr-fee-calculator>`,
    );
    await until(() => el.shadowRoot!.querySelector('[part="compare"]'), 'the comparison');
    // The breakdown and the comparison alike.
    for (const table of $$(el, '[part="breakdown"], [part="compare"]')) {
      const heads = [...table.querySelectorAll('thead th')].slice(-3).map((th) => th.getBoundingClientRect());
      for (const tr of table.querySelectorAll<HTMLElement>('tbody tr, tfoot tr')) {
        const [name, ...amounts] = [...tr.children].map((c) => c.getBoundingClientRect());
        // The name has the row to itself (no narrow column of wrapped words)…
        expect(name.width).to.be.closeTo(table.getBoundingClientRect().width, 1);
        amounts.forEach((cell, i) => {
          // …and each amount sits below it, right under its column heading.
          expect(cell.top).to.be.at.least(name.bottom - 1);
          expect(cell.right).to.be.closeTo(heads.slice(-amounts.length)[i].right, 1);
        });
      }
    }
    await expect(el).to.be.accessible();
  });

  itInChromium('reads the stacked table caption as one sentence', async () => {
    await setViewport({ width: 320, height: 640 });
    await render(
      html`<nvr-fee-calculator
        selected="foundation-supervision,evaluation"
        participants="12"
      ></nvr-fee-calculator>`,
    );
    // The caption (the table's name) is read as one sentence, not "Your quotefor 12 participants".
    const texts = (await accessibleNodes()).map((n) => n.name);
    expect(texts).to.include('Your quote for 12 participants');
  });

  // Right to left with lines chosen is an example (../examples.ts): the shared suite checks its
  // direction, axe, reflow and page CSS.
});

describe('<nvr-fee-calculator> an editor price list with discounts', () => {
  it('loads from config-src, renders Markdown notes and states the published date', async () => {
    const since = performance.now();
    const el = await render(html`<nvr-fee-calculator config-src=${PATHWAY}></nvr-fee-calculator>`);
    await until(() => el.shadowRoot!.querySelector('#note-evaluation em'), 'the rendered Markdown note');
    expect(resourcesSince(since).some((url) => url.endsWith(PATHWAY))).to.equal(true);
    expect(clean($(el, '#note-evaluation').textContent)).to.equal('Charged only if you submit coursework.');
    expect(optionText(el, 'advanced')).to.equal('Advanced Level Price on request');
    expect(optionText(el, 'workbook')).to.equal('Printed workbook £24.50');
    expect(visibleText(el)).to.contain('Prices as published on 5 January 2026.');
    expect(visibleText(el)).to.contain('each one, in the order above, comes off what is left');
    await expect(el).to.be.accessible();
  });

  it('applies the early-bird discount until its last day, by the visitor’s (fixed) clock', async () => {
    const early = await renderPathway(new Date(2026, 1, 28, 23, 30), html``);
    early.selected = 'foundation-supervision';
    await early.updateComplete;
    expect(rows(early).map((r) => r.slice(1))).to.deep.equal([['£594.00', '£118.80', '£712.80']]);
    expect(rows(early)[0][0]).to.contain('Early bird: −£66.00');
    expect(rows(early, 'tfoot').map((r) => r.slice(0, 2))).to.deep.equal([
      ['Subtotal before discounts', '£660.00'],
      ['Discounts', '−£66.00'],
      ['Total', '£594.00'],
    ]);
    // Right to left, each discount still reads "−£66.00", not "£66.00−".
    early.dir = 'rtl';
    for (const part of ['[part="breakdown"] tbody th', '[part="breakdown"] tfoot']) {
      expect(readsLeftToRight(early, part, '−£66.00'), part).to.equal(true);
    }
    fixtureCleanup();
    const late = await renderPathway(new Date(2026, 2, 1, 0, 30));
    late.selected = 'foundation-supervision';
    await late.updateComplete;
    expect(rows(late).map((r) => r.slice(1))).to.deep.equal([['£660.00', '£132.00', '£792.00']]);
  });

  it('takes a discount code, says what it did, and stacks it after the others', async () => {
    const el = await renderPathway();
    el.selected = 'foundation-supervision';
    el.participants = '5';
    await el.updateComplete;
    const changes: NvrFeeChangeDetail[] = [];
    el.addEventListener('nvr-fee-change', (e) => changes.push(e.detail));
    const code = $<HTMLInputElement>(el, '#code');
    code.focus();
    await typeText('nvra2026');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(clean($(el, '#code-status').textContent)).to.equal('Code applied: NVRA member.');
    // £3,300 − 10% early bird (£330) − 5% group (£148.50) − £50 × 5 member = £2,571.50 + 20% VAT.
    expect(changes.at(-1)).to.deep.include({
      participants: 5,
      discounts: [
        { id: 'early', amount: 33_000 },
        { id: 'group', amount: 14_850 },
        { id: 'member', amount: 25_000 },
      ],
      net: 257_150,
      vat: 51_430,
      gross: 308_580,
    });
    code.value = 'WRONG';
    code.form!.requestSubmit();
    await el.updateComplete;
    expect(clean($(el, '#code-status').textContent)).to.equal(
      'That code was not recognised. Check it and try again.',
    );
    expect(changes.at(-1)!.gross).to.equal(338_580);
    await expect(el).to.be.accessible();
  });

  it('links to the provider’s booking form with the selection, and says so in nvr-fee-book', async () => {
    const el = await renderPathway();
    expect(el.shadowRoot!.querySelector('[part="book"]'), 'no link before a choice').to.equal(null);
    await click(el, option(el, 'foundation'));
    await click(el, option(el, 'evaluation'));
    const link = $<HTMLAnchorElement>(el, '[part="book"]');
    expect(link.href).to.equal('https://example.org/book?items=foundation%2Cevaluation&people=1&code=');
    const stop = (e: Event) => e.preventDefault();
    document.addEventListener('click', stop);
    try {
      setTimeout(() => link.click());
      const event = await oneEvent(document, 'nvr-fee-book');
      expect(event.detail).to.deep.equal({ url: link.href });
    } finally {
      document.removeEventListener('click', stop);
    }
  });

  it('keeps selection rules: one per group, an item on request is listed but not priced', async () => {
    const el = await renderPathway();
    await click(el, option(el, 'foundation'));
    await click(el, option(el, 'advanced'));
    expect(option(el, 'foundation').checked).to.equal(false);
    expect(rows(el)).to.deep.equal([['Advanced Level', 'Price on request']]);
    expect(total(el)).to.equal('Total to pay: £0.00, including £0.00 VAT.');
  });

  it('reflows at 320 px with discounts, the code field and the booking link', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await renderPathway();
    el.selected = 'foundation-supervision,evaluation,workbook';
    el.participants = '12';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="book"]')).to.exist;
    for (const child of shadowElements(el)) {
      expect(child.getBoundingClientRect().right, child.outerHTML.slice(0, 60)).to.be.at.most(321);
    }
    await expect(el).to.be.accessible();
  });

  it('formats a EUR price list in German for a German page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="de-DE"></div>`);
    const el = document.createElement('nvr-fee-calculator');
    el.config = {
      currency: 'EUR',
      vatRate: '19%',
      items: [{ id: 'grund', label: 'Grundkurs', price: '1234.50' }],
    };
    el.selected = 'grund';
    wrapper.append(el);
    await until(() => el.shadowRoot!.querySelector('[part="breakdown"] tbody tr'), 'the EUR quote');
    expect(rows(el).map((r) => r.slice(1))).to.deep.equal([['1.234,50 €', '234,56 €', '1.469,06 €']]);
  });
});

describe('<nvr-fee-calculator> "best" stacking', () => {
  it('charges the total that saves the visitor most, and says so', async () => {
    // Before: £20 off the exempt course won (more off before VAT) and the widget charged £350.00.
    const el = await renderWithJson(
      JSON.stringify({
        currency: 'GBP',
        vatRate: '20%',
        items: [
          { id: 'course', label: 'Course', price: '250', vat: 'exempt', perParticipant: false },
          { id: 'workbook', label: 'Workbook', price: '100', perParticipant: false },
        ],
        discounts: [
          { id: 'c20', label: '£20 off the course', type: 'amount', value: '20', appliesTo: ['course'] },
          {
            id: 'w18',
            label: '18% off the workbook',
            type: 'percent',
            value: '18%',
            appliesTo: ['workbook'],
          },
        ],
        stacking: 'best',
      }),
      { selected: 'course,workbook' },
    );
    await until(() => el.shadowRoot!.querySelector('[part="total"]'), 'the quote');
    expect(total(el)).to.contain('£348.40');
    expect(visibleText(el)).to.contain('you get only the one that saves you most');
  });
});

describe('<nvr-fee-calculator> bad configuration', () => {
  const broken = JSON.stringify({
    currency: 'GBP',
    vatRate: '20%',
    items: [
      { id: 'a', label: 'Course A', price: '660' },
      { id: 'b', label: 'Course B', price: '500', requires: ['c'] },
      { id: 'c', label: 'Course C', price: '66O' },
    ],
    bookingUrl: 'javascript:alert(1)//{items}',
  });

  it('warns once per problem with its JSON path, drops only what is invalid, and shows it in debug', async () => {
    await withWarnings(async (warnings, errors) => {
      const el = await renderWithJson(broken, { debug: '', selected: 'a' });
      await until(() => el.shadowRoot!.querySelector('[part="problems"]'), 'the problem box');
      const expected = [
        'items[2].price: "66O" is not a decimal amount',
        'bookingUrl: "javascript:alert(1)//{items}" is not an https: or relative URL',
        'items[1].requires: "c" is not the id of an item; ignored',
      ];
      for (const problem of expected) {
        expect(warnings.messages.filter((m) => m === `<nvr-fee-calculator> ${problem}`)).to.have.length(1);
      }
      expect(errors.details.map((d) => `${d.field}: ${d.problem}`)).to.have.members(expected);
      expect($$(el, 'input[data-id]').map((i) => i.dataset.id)).to.deep.equal(['a', 'b']);
      expect(el.shadowRoot!.querySelector('[part="book"]')).to.equal(null);
      expect($(el, '[part="problems"]').textContent).to.contain(
        'items[2].price: "66O" is not a decimal amount',
      );
      el.participants = '4';
      await el.updateComplete;
      expect(warnings.messages.filter((m) => m.includes('66O'))).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  it('never shows NaN, undefined or a negative zero, whatever the JSON', async () => {
    await withWarnings(async (warnings) => {
      for (const json of [
        '{"items": [',
        '[]',
        '{"currency": "XYZ", "items": [{"id": "a", "label": "A", "price": "-0"}]}',
      ]) {
        const el = await renderWithJson(json, { selected: 'a' });
        await until(
          () => el.shadowRoot!.querySelector('[part="base"]:not([aria-busy])'),
          `a render for ${json}`,
        );
        expect(visibleText(el)).not.to.match(/NaN|undefined|-0\.00|−0\.00|null|\bfalse\b/);
        fixtureCleanup();
      }
      expect(warnings.messages.join('\n')).to.contain(
        '<nvr-fee-calculator> script[type="application/json"]: is not valid JSON',
      );
      expect(warnings.messages.join('\n')).to.contain('currency: "XYZ" is not an ISO 4217 currency code');
      expect(warnings.messages.join('\n')).to.contain('items[0].price: "-0" must not be negative');
    });
  });

  it('sanitises Markdown notes and names the note whose markup was removed', async () => {
    await withWarnings(async (warnings) => {
      const el = document.createElement('nvr-fee-calculator');
      el.config = {
        currency: 'GBP',
        vatRate: '20%',
        items: [
          { id: 'gone', label: 'Dropped', price: 'free' },
          {
            id: 'a',
            label: 'Course',
            price: '100',
            note: 'See [terms](javascript:alert(1)) <img src=x onerror=alert(1)>',
          },
        ],
      };
      (await fixture(html`<div></div>`)).append(el);
      await until(() => warnings.messages.some((m) => m.includes('.note')), 'the note warning');
      expect(warnings.messages.find((m) => m.includes('.note'))).to.match(
        /^<nvr-fee-calculator> items\[1\]\.note: unsafe or unsupported markup was removed: .*<img>/,
      );
      await until(() => el.shadowRoot!.querySelector('#note-a a'), 'the rendered note');
      expect(el.shadowRoot!.querySelector('#note-a a')!.hasAttribute('href')).to.equal(false);
      expect(el.shadowRoot!.querySelector('#note-a img')).to.equal(null);
    });
  });

  it('never lets a typed code choose the booking link’s scheme (a placeholder before the ":")', async () => {
    await withWarnings(async (warnings) => {
      const el = await render(
        html`<nvr-fee-calculator
          selected="a"
          .config=${{
            currency: 'GBP',
            vatRate: '20%',
            items: [{ id: 'a', label: 'Course A', price: '100' }],
            discounts: [{ id: 'm', label: 'Member', type: 'percent', value: '10%', code: 'MEMBER' }],
            bookingUrl: '{code}:alert(document.domain)',
          }}
        ></nvr-fee-calculator>`,
      );
      await until(() => el.shadowRoot!.querySelector('#code'), 'the code field');
      const code = $<HTMLInputElement>(el, '#code');
      code.value = 'javascript';
      code.form!.requestSubmit();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="book"]')).to.equal(null);
      expect(warnings.messages).to.include(
        '<nvr-fee-calculator> bookingUrl: "{code}:alert(document.domain)" is not an https: or relative URL',
      );
    });
  });

  it('says it is loading while config-src takes its time, then gives up after the timeout and says why', async () => {
    // Before: 0 px, no aria-busy, for as long as the server took (for ever here).
    setFetchTimeout(400);
    try {
      await withWarnings(async (warnings) => {
        const el = await render(
          html`<nvr-fee-calculator config-src="/test-server/never"></nvr-fee-calculator>`,
        );
        const base = el.shadowRoot!.querySelector('[part="base"]')!;
        expect(base.getAttribute('aria-busy')).to.equal('true');
        expect(visibleText(el)).to.contain('Loading…');
        expect(el.getBoundingClientRect().height).to.be.above(0);
        await expect(el).to.be.accessible();
        await until(() => visibleText(el).includes('The prices cannot be shown'), 'the fallback', 3000);
        expect(el.shadowRoot!.querySelector('[aria-busy]')).to.equal(null);
        expect(warnings.messages).to.include(
          '<nvr-fee-calculator> config-src: could not load "/test-server/never" (no answer within 0.4 s)',
        );
      });
    } finally {
      setFetchTimeout(10_000);
    }
  });

  it('reports a config-src that cannot be loaded, and shows no one else’s prices', async () => {
    await withWarnings(async (warnings) => {
      const el = await render(
        html`<nvr-fee-calculator config-src="/test/fixtures/missing.json"></nvr-fee-calculator>`,
      );
      await until(() => visibleText(el).includes('The prices cannot be shown'), 'the message');
      expect(warnings.messages).to.include(
        '<nvr-fee-calculator> config-src: could not load "/test/fixtures/missing.json" (HTTP 404)',
      );
      expect(el.shadowRoot!.querySelector('input[data-id]')).to.equal(null);
      expect(visibleText(el)).to.contain(
        'The prices cannot be shown just now. Please contact the course provider.',
      );
      expect(visibleText(el)).not.to.contain('£660');
      // No quote of 0.00 (it could read as "free"), nothing to print or book.
      expect(visibleText(el)).not.to.contain('Total to pay');
      expect(el.shadowRoot!.querySelector('[part="breakdown"], [part="print"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  it('reports attribute mistakes: unknown ids, participants out of range, show-vat', async () => {
    await withWarnings(async (warnings) => {
      const el = await render(
        html`<nvr-fee-calculator
          selected="foundation,nope"
          participants="0"
          show-vat="gross"
          compare="foundation,later"
        ></nvr-fee-calculator>`,
      );
      await until(() => warnings.messages.length >= 4, 'four warnings');
      expect(warnings.messages).to.have.members([
        '<nvr-fee-calculator> show-vat: "gross" is not "excluding" or "including"',
        '<nvr-fee-calculator> selected: "nope" is not the id of an item; ignored',
        '<nvr-fee-calculator> participants: "0" is not a whole number from 1 to 50; using 1',
        '<nvr-fee-calculator> compare: "later" is not the id of an item; ignored',
      ]);
      expect(option(el, 'foundation').checked).to.equal(true);
    });
  });
});

describe('<nvr-fee-calculator> changes after the first render', () => {
  it('survives `config` changing to a list with no valid item while a total is due to be announced', async () => {
    await withWarnings(async () => {
      const thrown = await uncaughtDuring(async () => {
        const el = await render(html`<nvr-fee-calculator selected="foundation"></nvr-fee-calculator>`);
        option(el, 'foundation-supervision').click();
        await el.updateComplete;
        el.config = { currency: 'GBP', items: [{ id: 'x', label: 'Broken', price: 'free' }] };
        await until(
          () =>
            el.shadowRoot!.querySelector('[part="base"]:not([aria-busy])') &&
            !el.shadowRoot!.querySelector('input[data-id]'),
          'the empty list',
        );
        // Past the announcement's pause.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(visibleText(el)).to.contain('The prices cannot be shown just now');
        expect(visibleText(el)).not.to.match(/NaN|undefined/);
      });
      expect(thrown).to.deep.equal([]);
    });
  });
});

/** What a visitor reads: everything but the editor's problem box (which quotes the editor's values). */
const visitorText = (el: NvrFeeCalculator) =>
  clean(
    [...el.shadowRoot!.querySelectorAll('[part="base"] > :not([part="problems"])')]
      .map((node) => node.textContent)
      .join(' '),
  );

describe('<nvr-fee-calculator> every public property at edge values', () => {
  it('never throws and never shows NaN or undefined, whatever each attribute or property is set to', async () => {
    const edges: unknown[] = [
      '',
      'garbage',
      '-1',
      '0',
      '1e309',
      'x'.repeat(5_000),
      -1,
      1e21,
      NaN,
      null,
      {},
      [],
      true,
    ];
    await withWarnings(async () => {
      const thrown = await uncaughtDuring(async () => {
        const el = await render(html`<nvr-fee-calculator selected="foundation"></nvr-fee-calculator>`);
        await tryEveryValue(el, () => visitorText(el), {
          properties: [
            'config',
            'configSrc',
            'showVat',
            'participants',
            'selected',
            'compare',
            'debug',
            'now',
          ],
          values: edges,
          attributes: ['config-src', 'show-vat', 'participants', 'selected', 'compare', 'debug'],
          texts: ['', 'garbage', '-1', '99999999999999999999', ' , ,'],
        });
        await until(() => el.shadowRoot!.querySelector('[part="base"]:not([aria-busy])'), 'a settled render');
        await new Promise((resolve) => setTimeout(resolve, 1200));
        expect(visitorText(el)).not.to.match(/NaN|undefined/);
      });
      expect(thrown).to.deep.equal([]);
    });
  });
});
