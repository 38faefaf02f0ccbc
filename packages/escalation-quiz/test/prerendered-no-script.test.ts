/**
 * The pre-rendered quiz on a page whose script never arrives (a blocked CDN, an old browser):
 * this file never imports the widget, and each wtr test file is its own page, so the element stays
 * undefined. `--nvr-no-script-delay: 0s` shows the no-script view at once instead of after 3 s.
 * The view's other attributes (heading level, reflect mode) are rendered from its source.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { ANSWERS, draw, seedFromText } from '../src/model/quiz.js';
import { builtInQuestions } from '../src/content/questions.js';
import { builtInExplanations } from '../src/content/explanations.js';
import { reflectStatements } from '../src/content/reflect.js';
import { answerHint, answerLabel } from '../src/content/labels.js';
import { renderNoScript } from '../src/view/no-script.js';
import {
  prerenderedSnippet,
  shownOnScreen as shown,
  stylesheetLoaded,
  until,
} from '../../../test/helpers.js';

const TAG = 'nvr-escalation-quiz';
const squeeze = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

async function paintWithoutScript(): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  host.setHTMLUnsafe(await prerenderedSnippet(TAG));
  const el = host.querySelector<HTMLElement>(TAG)!;
  el.style.setProperty('--nvr-no-script-delay', '0s');
  await stylesheetLoaded(el);
  return el;
}

describe('pre-rendered <nvr-escalation-quiz> without its script', () => {
  it('shows the first scenario with every answer explained, the safety line, and no controls', async () => {
    const el = await paintWithoutScript();
    const root = el.shadowRoot!;
    const view = root.querySelector<HTMLElement>('.no-script')!;
    await until(() => shown(view), 'the no-script view');
    expect(customElements.get(TAG), 'the script never ran').to.be.undefined;
    expect(shown(root.querySelector('.base')), 'the interactive view').to.be.false;

    // The same first scenario the pre-rendered quiz shows (seed="1").
    const [first] = draw(builtInQuestions(), 6, seedFromText('1'));
    const words = squeeze(view.textContent);
    expect(squeeze(view.querySelector('.question')!.textContent)).to.equal(first.scenario);
    expect(view.querySelector('h3')!.textContent).to.equal('Fighting back, giving in, or neither?');
    expect(view.querySelector('h4')!.textContent).to.equal('What kind of response is this?');
    const terms = [...view.querySelectorAll('dl dt')].map((dt) => squeeze(dt.textContent));
    const meanings = [...view.querySelectorAll('dl dd')].map((dd) => squeeze(dd.textContent));
    expect(terms).to.deep.equal(ANSWERS.map(answerLabel));
    expect(meanings).to.deep.equal(ANSWERS.map(answerHint));
    const why = builtInExplanations()[first.id];
    expect(words).to.include(`The answer is: ${answerLabel(first.answer)}.`);
    expect(words).to.include(why.explanation);
    expect(words).to.include(why.alternative);
    const safety = view.querySelector<HTMLAnchorElement>('[part="safety"] a')!;
    expect(squeeze(safety.closest('p')!.textContent)).to.match(/^If anyone is in danger, call 999\./);
    expect(safety.getAttribute('href')).to.equal('tel:999');
    expect(view.querySelector('button, input, [tabindex]'), 'nothing to press').to.equal(null);
    // The whole widget is this view now: the hidden interactive one takes no room.
    expect(el.getBoundingClientRect().height).to.equal(view.getBoundingClientRect().height);
    await expect(el).to.be.accessible();
  });

  it('follows heading-level, and in reflect mode lists the self-check’s statements', () => {
    const box = document.createElement('div');
    document.body.append(box);
    render(renderNoScript({ 'heading-level': '2' }), box);
    expect([...box.querySelectorAll('h2, h3, h4')].map((h) => h.localName)).to.deep.equal(['h2', 'h3']);
    render(renderNoScript({ mode: 'reflect', 'heading-level': '4' }), box);
    expect(box.querySelector('h4')!.textContent).to.equal('A private self-check');
    const items = [...box.querySelectorAll('ol li')].map((li) => squeeze(li.textContent));
    expect(items).to.deep.equal(reflectStatements().map((s) => s.text));
    expect(box.querySelector('[part="safety"] a')!.getAttribute('href')).to.equal('tel:999');
    box.remove();
  });
});
