import { expect } from '@open-wc/testing';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

const snippet = async (tag: string) =>
  (await (await fetch(`/dist/html/${tag}.html`)).text()).replaceAll(
    'https://YOUR-CDN/nvr-widgets/dist/cdn/',
    '/dist/cdn/',
  );

describe('pre-rendered nvr-cornerstones', () => {
  it('hydrates without re-creating its nodes', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.setHTMLUnsafe(await snippet('nvr-cornerstones'));
    const el = host.querySelector('nvr-cornerstones') as Lit;
    expect(el.shadowRoot, 'declarative shadow root').to.exist;
    const before = [...el.shadowRoot!.querySelectorAll('*')];
    expect(before.length).to.be.greaterThan(20);
    await new Promise((r) => setTimeout(r, 300));
    const height = el.getBoundingClientRect().height;
    await import('/dist/cdn/nvr-cornerstones.js' as string);
    await customElements.whenDefined('nvr-cornerstones');
    await el.updateComplete;
    const after = [...el.shadowRoot!.querySelectorAll('*')];
    expect(after.length).to.equal(before.length);
    after.forEach((node, i) => expect(node === before[i], `node ${i} ${node.localName}`).to.be.true);
    expect(el.getBoundingClientRect().height).to.equal(height);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('#button-1')!;
    const toggled: unknown[] = [];
    el.addEventListener('nvr-cornerstone-toggle', (e) => toggled.push((e as CustomEvent).detail));
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(toggled).to.deep.equal([
      { index: 2, id: el.shadowRoot!.querySelector('#section-1')!.getAttribute('data-id'), open: true },
    ]);
    expect(button === el.shadowRoot!.querySelector('#button-1')).to.be.true;
  });
});
