/**
 * While a widget's editor content loads (Markdown, a JSON bank or price list), it keeps the height
 * the page reserved before the script ran, and says it is busy: the page moves at most once, when
 * the content arrives, and not at all when the reserve fits it (docs/embedding.md).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '@nvr-widgets/cornerstones/define.js';
import '@nvr-widgets/escalation-quiz/define.js';
import '@nvr-widgets/fee-calculator/define.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

// An address that never answers (web-test-runner.config.js): the content stays on its way.
const NEVER = '/test-server/never';

describe('editor content on its way', () => {
  // Each widget's attribute for the address of an editor's file.
  const sources = {
    'nvr-cornerstones': 'src',
    'nvr-escalation-quiz': 'src',
    'nvr-fee-calculator': 'config-src',
  };
  for (const [tag, attribute] of Object.entries(sources)) {
    it(`<${tag}> keeps its reserved height, marked busy`, async () => {
      const name = unsafeStatic(tag);
      const src = unsafeStatic(attribute);
      const reserve = tag.replace(/^nvr-/, '--nvr-') + '-reserve';
      const wrapper = await fixture<HTMLElement>(
        html`<div style="font-size: 20px; inline-size: 30em">
          ${staticHtml`<${name} ${src}=${NEVER} style="${reserve}: 31.5em"></${name}>`}
        </div>`,
      );
      const el = wrapper.firstElementChild as Lit;
      await el.updateComplete;
      const busy = el.shadowRoot!.querySelector('[aria-busy="true"]');
      expect(busy, 'marked busy').to.exist;
      expect(busy!.textContent!.trim()).to.equal('Loading…');
      expect(el.getBoundingClientRect().height).to.be.closeTo(31.5 * 20, 1);
    });
  }

  it('without a reserve of its own, a widget keeps the built-in estimate (what docs/placeholder.css reserves)', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="font-size: 16px; inline-size: 640px">
        <nvr-cornerstones src=${NEVER}></nvr-cornerstones>
      </div>`,
    );
    const el = wrapper.firstElementChild as Lit;
    await el.updateComplete;
    // max(39em, calc(86.4em - 151%), calc(62.3em - 50%)) in a 640 px column at 16 px:
    // max(624, 1382.4 - 966.4, 996.8 - 320) = 676.8 px.
    expect(el.getBoundingClientRect().height).to.be.closeTo(676.8, 1);
  });
});
