/**
 * A pre-rendered planner whose script never loads (a blocked CDN, an old browser, a CSP mistake):
 * this page never imports the widget, so the element stays undefined, as it would there. With
 * `--nvr-no-script-delay: 0s` the view for readers without JavaScript shows at once.
 */
import { expect } from '@open-wc/testing';
import { until } from '../../../test/helpers.js';
import { $, $$, textOf } from './planner-page.js';
import { prerendered, shown } from './prerendered-page.js';

async function withoutScript() {
  const el = await prerendered();
  const view = $(el, '.no-script');
  // At first the pre-rendered introduction: the script may still be on its way.
  expect(shown($(el, '.base')), 'the first view at first').to.equal(true);
  expect(shown(view), 'the no-script view at first').to.equal(false);
  el.style.setProperty('--nvr-no-script-delay', '0s');
  await until(() => shown(view), 'the no-script view to show');
  return { el, view };
}

describe('pre-rendered <nvr-sit-in-planner> without its script', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  it('shows the introduction and a blank plan to print, not the interactive planner', async () => {
    const { el, view } = await withoutScript();
    expect(customElements.get('nvr-sit-in-planner')).to.equal(undefined);
    expect(shown($(el, '.base')), 'the interactive view').to.equal(false);
    const text = textOf(view);
    expect(textOf(view.querySelector('h2')!)).to.equal('Plan a sit-in');
    expect(text).to.contain('A sit-in is a calm, planned protest.');
    expect(text).to.contain('It is never a punishment');
    expect(text).to.contain('This planner is general information, not professional advice.');
    expect([...view.querySelectorAll('.paper-step > h3')].map(textOf)).to.deep.equal([
      '1. Is now the right time?',
      '2. The behaviour',
      '3. Who will be there',
      '4. Where and when',
      '5. What you will say',
      '6. During and ending',
      '7. Afterwards',
    ]);
    // Questions with room to write by hand, and boxes to tick.
    expect(text).to.contain('Is anyone at risk of harm right now?');
    expect(text).to.contain('Your opening words');
    expect(view.querySelectorAll('.paper-line').length).to.be.greaterThan(20);
    expect(view.querySelector('.paper-line')!.getBoundingClientRect().height).to.be.greaterThan(10);
    // Nothing to press: there is no script to make a button work.
    expect(view.querySelectorAll('button, input, textarea, select, form')).to.have.length(0);
  });

  it('keeps the safety lines and the emergency number on the page', async () => {
    const { view } = await withoutScript();
    const text = textOf(view);
    expect(text).to.contain('Keep everyone safe now');
    expect(text).to.contain('Before you go ahead');
    expect(text).to.contain('When to call the emergency number');
    const calls = [...view.querySelectorAll<HTMLAnchorElement>('.emergency a')];
    expect(calls.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['999', 'tel:999'],
      ['999', 'tel:999'],
    ]);
  });

  it('prints the blank plan, not the first view, even before the delay has shown it', async () => {
    const el = await prerendered();
    // The stylesheet's print rules applied as the browser's print layout would (its link sheet:
    // core's emulateMedia helper reads adopted sheets only).
    const link = el.shadowRoot!.querySelector('link')!;
    const print = [...link.sheet!.cssRules]
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && /\bprint\b/.test(r.media.mediaText))
      .flatMap((r) => [...r.cssRules].map((rule) => rule.cssText));
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(print.join('\n'));
    el.shadowRoot!.adoptedStyleSheets = [sheet];
    expect(shown($(el, '.no-script')), 'the blank plan').to.equal(true);
    expect(shown($(el, '.base')), 'the first view').to.equal(false);
    expect(getComputedStyle($(el, '.paper-line')).borderBottomColor).to.equal('rgb(0, 0, 0)');
  });

  it('passes axe, headings in order under the widget’s h2', async () => {
    const { el, view } = await withoutScript();
    const levels = [...view.querySelectorAll('h2, h3, h4, h5, h6')].map((h) => Number(h.localName[1]));
    expect(levels[0]).to.equal(2);
    levels.forEach((level, i) => i && expect(level - levels[i - 1]).to.be.at.most(1));
    expect($$(el, '.no-script h2')).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
