/**
 * A page whose script never arrives (this file loads no widget script): the pre-rendered fee
 * calculator shows its price table instead of a form that cannot work. Its own file, so that the
 * page really has no script.
 */
import { expect } from '@open-wc/testing';
import {
  prerenderedSnippet,
  shownOnScreen as shown,
  stylesheetLoaded,
  until,
} from '../../../test/helpers.js';

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('pre-rendered <nvr-fee-calculator> without its script', () => {
  it('shows the price table, not the form, and axe finds nothing', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.setHTMLUnsafe(await prerenderedSnippet('nvr-fee-calculator'));
    const el = host.querySelector<HTMLElement>('nvr-fee-calculator')!;
    expect(customElements.get('nvr-fee-calculator'), 'no script on this page').to.equal(undefined);
    await stylesheetLoaded(el);
    el.style.setProperty('--nvr-no-script-delay', '0s');
    const noScript = el.shadowRoot!.querySelector('.no-script');
    // Laid out once it is on screen (content-visibility: auto): an engine may take a frame more.
    await until(() => shown(noScript), 'the no-script view');
    expect(shown(el.shadowRoot!.querySelector('.base')), 'the interactive view').to.be.false;
    expect(noScript!.querySelector('button, input, select, textarea, form'), 'nothing to press').to.equal(
      null,
    );

    const table = noScript!.querySelector('table')!;
    expect(clean(table.caption?.textContent)).to.contain('NVR Certificate Course fees');
    expect(
      [...table.tHead!.rows[0].cells].map((th) => [th.localName, th.scope, clean(th.textContent)]),
    ).to.deep.equal([
      ['th', 'col', 'Option'],
      ['th', 'col', 'Price'],
    ]);
    // Every option, its group and its price as published (seed 003), the note where there is one.
    const rows = [...table.tBodies].flatMap((body) =>
      [...body.rows].map((tr) => [...tr.cells].map((cell) => clean(cell.textContent))),
    );
    expect(rows).to.deep.equal([
      ['Foundation Level'],
      [
        'Foundation Level – 4 days training, including 12 hours of group supervision',
        '£660.00 + VAT = £792.00',
      ],
      ['Foundation Level only – 4 days training, no supervision included', '£500.00 + VAT = £600.00'],
      ['Certification'],
      [
        'Evaluation & assessment Charged only if you submit coursework, within 12 months of completing the Advanced Level. The full certificate needs both the Foundation Level and the Advanced Level.',
        '£300.00 including VAT',
      ],
    ]);
    expect(table.querySelectorAll('tbody th[scope="row"]').length).to.equal(3);
    await expect(el).to.be.accessible();
  });
});
