/**
 * A pre-rendered `<nvr-cornerstones>` (dist/html, `npm run build`) after its CDN script has taken
 * it over: it behaves as one the script drew itself. (test/prerender/ checks that every node is
 * kept, and the view without the script.)
 */
import { expect } from '@open-wc/testing';
import { prerenderedSnippet, shadowNodes } from '../../../test/helpers.js';

type Cornerstones = HTMLElement & { updateComplete: Promise<unknown> };

async function hydrated(setUp?: (host: HTMLElement) => void): Promise<Cornerstones> {
  const host = document.createElement('div');
  document.body.append(host);
  host.setHTMLUnsafe(await prerenderedSnippet('nvr-cornerstones'));
  setUp?.(host);
  await import('/dist/cdn/nvr-cornerstones.js' as string);
  const el = host.querySelector<Cornerstones>('nvr-cornerstones')!;
  await el.updateComplete;
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('pre-rendered nvr-cornerstones, taken over by its script', () => {
  it('opens and closes sections, says so with nvr-cornerstone-toggle, in the same nodes', async () => {
    const el = await hydrated();
    const root = el.shadowRoot!;
    const nodes = shadowNodes(el);
    const toggles: unknown[] = [];
    el.addEventListener('nvr-cornerstone-toggle', (e) => toggles.push(e.detail));
    const button = root.querySelector<HTMLButtonElement>('#button-2')!;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(root.querySelector('#panel-2')!.hasAttribute('hidden')).to.be.false;
    expect(toggles).to.deep.equal([{ index: 3, id: 'support', open: true }]);

    root.querySelector<HTMLButtonElement>('[part="toggle-all"]')!.click();
    await el.updateComplete;
    expect([...root.querySelectorAll('[part="panel"]')].every((p) => !p.hasAttribute('hidden'))).to.be.true;
    expect(root.querySelector('[part="toggle-all"]')!.textContent!.trim()).to.equal('Hide all sections');
    // Still the nodes the page painted before the script came.
    expect(shadowNodes(el).filter((n) => n.nodeType === Node.ELEMENT_NODE)).to.deep.equal(
      nodes.filter((n) => n.nodeType === Node.ELEMENT_NODE),
    );
  });

  it('follows a deep link (#nvr-cornerstone-4) once taken over: the server could not know it', async () => {
    history.replaceState(null, '', '#nvr-cornerstone-4');
    const el = await hydrated();
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector('#button-3')!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.querySelector('#panel-3')!.getAttribute('role')).to.equal('region');
  });
});
