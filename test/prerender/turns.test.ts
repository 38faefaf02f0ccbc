/**
 * Several pre-rendered widgets, and the script arrives: each takes its view over in a task of its
 * own, so a tap waits behind one widget's hydration at most, never behind all of them. (Its own
 * file: the code that hydrates must not be loaded yet when the widgets find their views.)
 */
import { expect } from '@open-wc/testing';
import { microtaskChain, prerenderedSnippet } from '../helpers.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

describe('pre-rendered widgets taking their views over', () => {
  it('hydrate one task at a time, not all in one long task', async () => {
    const snippet = await prerenderedSnippet('nvr-cornerstones');
    const host = document.createElement('div');
    document.body.append(host);
    // Three copies (the script tag in each is inert here; it is imported below, once).
    host.setHTMLUnsafe(snippet + snippet + snippet);
    const els = [...host.querySelectorAll<Lit>('nvr-cornerstones')];
    expect(els.length).to.equal(3);
    expect(els.every((el) => el.shadowRoot)).to.equal(true);

    const tag = 'nvr-cornerstones';
    await import(/* @vite-ignore */ `/dist/cdn/${tag}.js`);
    // For each widget: had the previous one's chain finished when this one was done?
    const chains: { done: boolean }[] = [];
    const previousDone: boolean[] = [];
    await Promise.all(
      els.map((el, i) =>
        el.updateComplete.then(() => {
          if (i > 0) previousDone.push(chains[i - 1]?.done ?? false);
          chains[i] = microtaskChain(1000);
        }),
      ),
    );
    expect(previousDone, 'each hydrated in a later task than the one before').to.deep.equal([true, true]);
    host.remove();
  });
});
