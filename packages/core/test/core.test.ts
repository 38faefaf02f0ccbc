import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  ConfigProblems,
  NvrElement,
  NvrProvider,
  closestAttribute,
  defineElement,
  emit,
} from '../src/index.js';
import '../src/define.js';
import { microtaskChain, until, withWarnings } from '../../../test/helpers.js';

/** A minimal widget that shows what it receives from the provider. */
class ProbeWidget extends NvrElement {
  get shared() {
    return this.settings;
  }
  get lang_() {
    return this.effectiveLang;
  }
  override render() {
    return html`<p part="base" class="base">${this.settings.emergencyNumber ?? 'none'}</p>`;
  }
}
defineElement('nvr-test-probe', ProbeWidget);

describe('defineElement', () => {
  it('defines a new tag, and warns instead of throwing on a second definition', async () => {
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    await withWarnings(async (warnings) => {
      defineElement('nvr-test-twice', A);
      defineElement('nvr-test-twice', A);
      expect(warnings.messages).to.deep.equal([]);
      expect(() => defineElement('nvr-test-twice', B)).not.to.throw();
      expect(customElements.get('nvr-test-twice')).to.equal(A);
      expect(warnings.messages).to.have.length(1);
    });
  });
});

describe('NvrElement first render', () => {
  it('runs prepareFirstRender a task ahead of it, so the two make no single long task', async () => {
    let chain: { done: boolean } | undefined;
    let preparedEarlier: boolean | undefined;
    class Prepared extends NvrElement {
      protected override prepareFirstRender(): void {
        chain = microtaskChain();
      }
      override render() {
        // undefined: never prepared; false: prepared in this very task.
        preparedEarlier ??= chain?.done;
        return html`<p>ready</p>`;
      }
    }
    defineElement('nvr-test-prepared', Prepared);
    const el = await fixture<Prepared>(html`<nvr-test-prepared></nvr-test-prepared>`);
    expect(el.shadowRoot?.textContent?.trim()).to.equal('ready');
    expect(preparedEarlier).to.equal(true);
  });
});

describe('emit', () => {
  it('dispatches events that bubble out of shadow roots with their detail', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    setTimeout(() => emit(inner, 'nvr-config-error', { widget: 'w', field: 'f', problem: 'p' }));
    const event = await oneEvent(document, 'nvr-config-error');
    expect(event.detail).to.deep.equal({ widget: 'w', field: 'f', problem: 'p' });
    expect(event.composed && event.bubbles).to.equal(true);
  });
});

describe('ConfigProblems', () => {
  it('warns and dispatches once per distinct problem, naming widget and field', async () => {
    const el = await fixture<HTMLElement>(html`<nvr-test-probe></nvr-test-probe>`);
    const problems = new ConfigProblems(el);
    const details: unknown[] = [];
    el.addEventListener('nvr-config-error', (e) => details.push(e.detail));
    await withWarnings(async (warnings) => {
      problems.report('count', '"x" is not a number');
      problems.report('count', '"x" is not a number');
      problems.report('count', '"y" is not a number');
      expect(warnings.messages).to.deep.equal([
        '<nvr-test-probe> count: "x" is not a number',
        '<nvr-test-probe> count: "y" is not a number',
      ]);
      expect(details).to.deep.equal([
        { widget: 'nvr-test-probe', field: 'count', problem: '"x" is not a number' },
        { widget: 'nvr-test-probe', field: 'count', problem: '"y" is not a number' },
      ]);
    });
  });
});

describe('<nvr-provider>', () => {
  it('shares settings with widgets inside it, also in nested shadow roots, and updates them', async () => {
    const provider = await fixture<NvrProvider>(
      html`<nvr-provider emergency-number="112" locale="en-IE" links='{"findPractitioner": "/find"}'
        ><nvr-test-probe></nvr-test-probe
      ></nvr-provider>`,
    );
    const probe = provider.querySelector<ProbeWidget>('nvr-test-probe')!;
    await probe.updateComplete;
    expect(probe.shared).to.deep.equal({
      locale: 'en-IE',
      emergencyNumber: '112',
      links: { findPractitioner: '/find' },
    });
    expect(probe.lang_).to.equal('en-IE');
    expect(probe.shadowRoot!.textContent).to.contain('112');
    provider.emergencyNumber = '999';
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('999');
    // It adds no box of its own.
    expect(getComputedStyle(provider).display).to.equal('contents');
  });

  it('reaches widgets that were defined before it (its script loaded later)', async () => {
    // A provider tag of its own, defined only once the widget inside it has rendered.
    const host = await fixture<HTMLElement>(
      html`<nvr-test-late-provider emergency-number="111"
        ><nvr-test-probe></nvr-test-probe
      ></nvr-test-late-provider>`,
    );
    const probe = host.querySelector<ProbeWidget>('nvr-test-probe')!;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('none');
    defineElement('nvr-test-late-provider', class extends NvrProvider {});
    await until(() => probe.shadowRoot!.textContent?.includes('111'), 'the late provider’s number');
    expect(probe.shared.emergencyNumber).to.equal('111');
  });

  it('drops bad links JSON and unsafe URLs with a warning', async () => {
    await withWarnings(async (warnings) => {
      const a = await fixture<NvrProvider>(
        html`<nvr-provider links="{not json"><nvr-test-probe></nvr-test-probe></nvr-provider>`,
      );
      const b = await fixture<NvrProvider>(
        html`<nvr-provider links='{"ok": "https://x.example", "bad": "javascript:alert(1)", "n": 3}'
          ><nvr-test-probe></nvr-test-probe
        ></nvr-provider>`,
      );
      await a.updateComplete;
      await b.updateComplete;
      expect((b.querySelector('nvr-test-probe') as ProbeWidget).shared.links).to.deep.equal({
        ok: 'https://x.example',
      });
      expect(warnings.messages).to.deep.equal([
        '<nvr-provider> links: is not a JSON object of names and URLs; ignored',
        '<nvr-provider> links.bad: "javascript:alert(1)" is not an https:, http:, mailto:, tel: or relative URL; ignored',
        '<nvr-provider> links.n: 3 is not an https:, http:, mailto:, tel: or relative URL; ignored',
      ]);
    });
  });

  it('widgets without a provider get empty settings and the nearest lang', async () => {
    const wrapper = await fixture(html`<div lang="cy"><nvr-test-probe></nvr-test-probe></div>`);
    const probe = wrapper.querySelector<ProbeWidget>('nvr-test-probe')!;
    expect(probe.shared).to.deep.equal({});
    expect(probe.lang_).to.equal('cy');
  });
});

describe('closestAttribute', () => {
  it('walks out of shadow roots to the host page', async () => {
    const outer = await fixture<HTMLElement>(html`<section dir="rtl"><div></div></section>`);
    const host = outer.querySelector('div')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(closestAttribute(inner, 'dir')).to.equal('rtl');
    expect(closestAttribute(inner, 'data-none')).to.equal(null);
  });
});

// LitElement import keeps the probe's base class honest about what it extends.
void LitElement;
