/**
 * The checks every NVR widget must pass, whatever it renders, in every one of its examples
 * (`packages/<dir>/examples.ts`): not only the first view, but each option, editor content and
 * later state worth showing. Each widget's test file calls `runWidgetBaseTests({tag, define,
 * examples})` once; later widgets get the same guarantees for free.
 */
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { html } from 'lit';
import { buildExample, type WidgetExample } from './examples.js';
import { withWarnings, resourcesSince, setViewport, shadowElements, until } from './helpers.js';

interface BaseTestOptions {
  /** The custom element tag, e.g. `nvr-cornerstones`. */
  tag: string;
  /** Imports the package's guarded `define.js`. */
  define: () => Promise<unknown>;
  /** The widget's examples (its `examples.ts`): each is checked on its own. */
  examples: WidgetExample[];
}

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

/** The wrapper's own box is the page's business: pinned, only the widget's insides are compared. */
const PINNED = {
  style: 'display:block !important;inline-size:600px !important;margin:0 !important;padding:0 !important',
};

const HOSTILE_CSS = `
  * { all: revert; text-align: center; letter-spacing: 3px; text-transform: uppercase;
      line-height: 3; color: magenta; }
  button { padding: 40px !important; border: 5px solid red !important; border-radius: 0 !important; }
  h2, h3, h4, p, ul, li, section, div { margin: 4em !important; padding: 2em !important; }
  [part], .base, .panel, .title, .number { display: inline !important; }`;

/** What a page could restyle: each shadow element's part, size, alignment, spacing, case and colour. */
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

/**
 * Requests made since `since`, less what the example itself asks for: the URL in its `src` or
 * `config-src` attribute, and the widget's own code (a lazily loaded chunk, which on a real page
 * comes from the `chunks/` folder beside the widget's script). Anything else — a font, an image, a
 * fetch to anyone — is a request the widget made on its own.
 */
function requestsOf(since: number, example: WidgetExample): string[] {
  const asked = ['src', 'config-src']
    .map((name) => example.attributes[name])
    .filter((url): url is string => url !== undefined)
    .map((url) => new URL(url, location.href).href);
  return resourcesSince(since).filter((url) => {
    const { origin, pathname, href } = new URL(url);
    const ownCode =
      origin === location.origin &&
      /^\/(packages|node_modules)\//.test(pathname) &&
      /\.(m?js|ts)$/.test(pathname);
    return !ownCode && !asked.includes(href.replace(/[?&]wtr-session-id=[^&]*$/, ''));
  });
}

/**
 * Resolves once nothing in `root` has changed for `ms` (at most 3 s): what a lazily loaded view or
 * a sanitised note adds after the state is reached is in place before anything is measured.
 */
function quiet(root: ShadowRoot, ms = 20): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, ms);
    const giveUp = setTimeout(done, 3000);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, ms);
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(giveUp);
      resolve();
    }
  });
}

export function runWidgetBaseTests({ tag, define, examples }: BaseTestOptions): void {
  /**
   * Renders `example` in place of the last render (storage as it says, nothing else kept from
   * earlier renders), waits for what it loads, then brings it to its state. `wrapper` adds
   * attributes to the element around it. The last render stays on the page until the next one.
   */
  const render = async (example: WidgetExample, wrapper: Record<string, string> = {}) => {
    fixtureCleanup();
    localStorage.clear();
    sessionStorage.clear();
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const { el, outer } = buildExample(tag, example, wrapper);
    container.append(outer);
    const settle = async () => {
      await (el as Rendered).updateComplete;
      await until(() => !el.shadowRoot?.querySelector('[aria-busy="true"]'), `<${tag}> to finish loading`);
      await (el as Rendered).updateComplete;
    };
    await settle();
    await example.reach?.(el);
    await settle();
    await quiet(el.shadowRoot!);
    return el as Rendered;
  };

  describe(`<${tag}> shared widget guarantees`, () => {
    before(async () => {
      await define();
      // axe arrives on its first use: load it now, so no check sees it as the widget's request.
      // @ts-expect-error axe.min.js has no types: it only sets window.axe.
      await import('axe-core/axe.min.js');
      if (examples.some((e) => e.provider)) await import('@nvr-widgets/core/define.js');
    });
    after(async () => {
      // Widened while the last render is still on the page (see the 320 px step below), so the
      // widget's other tests start at 800 px as they expect.
      await setViewport({ width: 800, height: 600 });
      fixtureCleanup();
      localStorage.clear();
      sessionStorage.clear();
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

    it('has examples to check', () => {
      expect(examples.length).to.be.above(1);
      expect(new Set(examples.map((e) => e.name)).size, 'names are unique').to.equal(examples.length);
    });

    // One test per example shares its renders between the checks: render, reach and axe are
    // what costs time, in three engines on two cores. Resizing the window costs most in WebKit
    // (~0.6 s through WebDriver), so the examples take turns: one ends at 320 px and the next
    // starts there, so each example costs one resize rather than two.
    let narrow = false;
    for (const example of examples) {
      const rtlAlready = example.wrapper?.dir === 'rtl';
      it(`example "${example.name}": no request of its own, axe${rtlAlready ? '' : ' in LTR and RTL'}, immune to hostile page CSS, reflows at 320 px`, async () => {
        const since = performance.now();
        let firstRender: number | undefined;
        const renderAt = async (wrapper?: Record<string, string>) => {
          const el = await render(example, wrapper);
          firstRender ??= performance.now();
          return el;
        };

        // At 320 px (WCAG reflow), rendered afresh: nothing is wider than the viewport. The window
        // changes size only while a render is on the page, as it does for a visitor: WebKit leaves
        // a shared (adopted) stylesheet's media queries as they were if the window changes while
        // no element uses the sheet, and a widget added later would get the wide layout.
        const reflows = async () => {
          const el = await renderAt();
          expect(el.getBoundingClientRect().width, 'the widget').to.be.at.most(320);
          for (const child of shadowElements(el)) {
            expect(child.getBoundingClientRect().right, child.className || child.tagName).to.be.at.most(321);
          }
        };

        // At 800 px: as written, in a pinned wrapper: shadow DOM, axe, and what page CSS could
        // change; then under hostile page CSS; then right to left.
        const wide = async () => {
          let el = await renderAt(PINNED);
          const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]');
          expect(base, 'a base part in shadow DOM').to.exist;
          // An example on a right-to-left page takes its direction from there (checked as written).
          if (rtlAlready) expect(getComputedStyle(base!).direction, 'direction').to.equal('rtl');
          await expect(el).to.be.accessible();
          const before = measure(el);

          // Rendered again on a page whose global CSS attacks everything: nothing inside changes.
          // (A fresh render, as on a page whose CSS was there first: in WebKit, the same CSS added
          // under a live render moves the fee calculator's option groups by a line.)
          const hostile = document.createElement('style');
          hostile.textContent = HOSTILE_CSS;
          document.head.append(hostile);
          try {
            el = await renderAt(PINNED);
            expect(measure(el), 'restyled by the page').to.deep.equal(before);
          } finally {
            hostile.remove();
          }

          // Right to left: the direction comes from the nearest ancestor, and axe still passes.
          if (!rtlAlready) {
            el = await renderAt({ lang: example.wrapper?.lang ?? 'ar', dir: 'rtl' });
            const rtlBase = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
            expect(getComputedStyle(rtlBase).direction, 'direction').to.equal('rtl');
            await expect(el).to.be.accessible();
          }
        };

        if (narrow) {
          await setViewport({ width: 320, height: 640 });
          await reflows();
          await setViewport({ width: 800, height: 600 });
          await wide();
        } else {
          await setViewport({ width: 800, height: 600 });
          await wide();
          await setViewport({ width: 320, height: 640 });
          await reflows();
        }
        narrow = !narrow;

        // No request but what the example asks for, from any of the renders: the first has had at
        // least 200 ms to start anything of its own.
        const waited = (firstRender ?? since) + 200 - performance.now();
        await new Promise((r) => setTimeout(r, Math.max(0, waited)));
        expect(requestsOf(since, example), 'requests the example did not ask for').to.deep.equal([]);
      });
    }
  });
}
