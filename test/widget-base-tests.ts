/**
 * The checks every NVR widget must pass, whatever it renders. Each widget's test file calls
 * `runWidgetBaseTests({tag, define})` once; later widgets get the same guarantees for free.
 */
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { html } from 'lit';
import { withWarnings, resourcesSince, setViewport, shadowElements } from './helpers.js';

interface BaseTestOptions {
  /** The custom element tag, e.g. `nvr-cornerstones`. */
  tag: string;
  /** Imports the package's guarded `define.js`. */
  define: () => Promise<unknown>;
}

type Rendered = HTMLElement & { updateComplete: Promise<boolean> };

export function runWidgetBaseTests({ tag, define }: BaseTestOptions): void {
  /** Renders the widget inside a wrapper div carrying `wrapperAttrs` (e.g. dir, lang, style). */
  const render = async (wrapperAttrs: Record<string, string> = {}) => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    for (const [name, value] of Object.entries(wrapperAttrs)) wrapper.setAttribute(name, value);
    const el = document.createElement(tag) as Rendered;
    wrapper.append(el);
    await el.updateComplete;
    return el;
  };

  describe(`<${tag}> shared widget guarantees`, () => {
    before(define);
    afterEach(async () => {
      fixtureCleanup();
      await setViewport({ width: 800, height: 600 });
    });

    it('is defined once; defining it again warns and does not throw', async () => {
      const ctor = customElements.get(tag)!;
      expect(ctor).to.be.a('function');
      await withWarnings(async (warnings) => {
        const { defineElement } = await import('@nvr-widgets/core');
        class Impostor extends HTMLElement {}
        expect(() => defineElement(tag, Impostor)).not.to.throw();
        expect(customElements.get(tag)).to.equal(ctor);
        expect(warnings.messages.join()).to.contain(`<${tag}> is already defined`);
      });
    });

    it('renders into shadow DOM with a base part and passes axe', async () => {
      const el = await render();
      expect(el.shadowRoot!.querySelector('[part~="base"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('takes its direction and language from the nearest ancestor', async () => {
      const el = await render({ dir: 'rtl', lang: 'ar' });
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      expect(getComputedStyle(base).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    });

    it('reflows at 320 px: nothing is wider than the viewport', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await render();
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      for (const child of shadowElements(el)) {
        expect(child.getBoundingClientRect().right, child.className).to.be.at.most(321);
      }
    });

    it('is not restyled by hostile global CSS on the page', async () => {
      const measure = (el: Element) =>
        shadowElements(el).map((e) => {
          const r = e.getBoundingClientRect();
          const s = getComputedStyle(e);
          return [
            e.getAttribute('part'),
            Math.round(r.width),
            Math.round(r.height),
            s.textAlign,
            s.letterSpacing,
            s.textTransform,
            s.color,
          ].join('|');
        });
      // The wrapper's own box is the page's business: pin it so only our insides are compared.
      const pinned = {
        style:
          'display:block !important;inline-size:600px !important;margin:0 !important;padding:0 !important',
      };
      const before = measure(await render(pinned));
      fixtureCleanup();
      const hostile = document.createElement('style');
      hostile.textContent = `
        * { all: revert; text-align: center; letter-spacing: 3px; text-transform: uppercase;
            line-height: 3; color: magenta; }
        button { padding: 40px !important; border: 5px solid red !important; border-radius: 0 !important; }
        h2, h3, h4, p, ul, li, section, div { margin: 4em !important; padding: 2em !important; }
        [part], .base, .panel, .title, .number { display: inline !important; }`;
      document.head.append(hostile);
      try {
        const after = measure(await render(pinned));
        expect(after).to.deep.equal(before);
      } finally {
        hostile.remove();
      }
    });

    it('makes no network request on its own', async () => {
      const since = performance.now();
      const el = await render();
      await new Promise((r) => setTimeout(r, 200));
      await el.updateComplete;
      expect(resourcesSince(since)).to.deep.equal([]);
    });
  });
}
