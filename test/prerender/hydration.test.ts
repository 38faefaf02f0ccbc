/**
 * Every widget's pre-rendered snippet (dist/html, built by `npm run build`) taken over by its CDN
 * script: the page keeps the very nodes it painted (no flash, no jump), and nothing is reported.
 * Each widget's own file (packages/<dir>/test/prerendered.test.ts) checks it then works.
 */
import { expect } from '@open-wc/testing';
import { prerenderedSnippet, recreatedNodes, shadowNodes, stylesheetLoaded } from '../helpers.js';
import { widgets } from '../../widgets.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

const errors: string[] = [];
window.addEventListener('error', (e) => errors.push(String(e.message)));
const problems: unknown[] = [];
document.addEventListener('nvr-config-error', (e) => problems.push(e.detail));

describe('pre-rendered snippets, when the script arrives', () => {
  for (const { tag } of widgets) {
    it(`<${tag}> keeps every node it painted, and its height`, async () => {
      problems.length = 0;
      errors.length = 0;
      const host = document.createElement('div');
      document.body.append(host);
      host.setHTMLUnsafe(await prerenderedSnippet(tag));
      const el = host.querySelector<Lit>(tag)!;
      expect(el.shadowRoot, 'a declarative shadow root').to.exist;
      // Painted with its stylesheet before any script ran.
      await stylesheetLoaded(el);
      const before = shadowNodes(el);
      const height = el.getBoundingClientRect().height;
      expect(before.length).to.be.greaterThan(10);
      expect(height).to.be.greaterThan(100);

      await import(/* @vite-ignore */ `/dist/cdn/${tag}.js`);
      await customElements.whenDefined(tag);
      await el.updateComplete;
      expect(shadowNodes(el).length, 'as many nodes').to.equal(before.length);
      expect(recreatedNodes(el, before), 'nodes re-created').to.deep.equal([]);
      expect(el.getBoundingClientRect().height).to.equal(height);
      expect(errors).to.deep.equal([]);
      expect(problems).to.deep.equal([]);
      host.remove();
    });
  }
});
