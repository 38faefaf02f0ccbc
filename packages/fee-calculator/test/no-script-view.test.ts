/**
 * The no-script view for the attributes an editor pre-renders with (prerender renders it with
 * Lit's server renderer at build time; here Lit renders the same template in the page).
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderNoScript } from '../src/view/no-script.js';

const textOf = (attributes: Record<string, string | true>) => {
  const box = document.createElement('div');
  render(renderNoScript(attributes), box);
  return (box.textContent ?? '').replace(/\s+/g, ' ').trim();
};

describe('renderNoScript', () => {
  it('lists every option with its price before and after VAT, and no quote while nothing is chosen', () => {
    const text = textOf({});
    expect(text).to.contain('£660.00 + VAT = £792.00');
    expect(text).to.contain('£500.00 + VAT = £600.00');
    expect(text).to.contain('£300.00 including VAT');
    expect(text).not.to.contain('Your quote');
  });

  it('shows prices including VAT when show-vat says so', () => {
    const text = textOf({ 'show-vat': 'including' });
    expect(text).to.contain('£792.00 including VAT');
    expect(text).not.to.contain('+ VAT =');
  });

  it('adds the quote for the selected options and participants', () => {
    const text = textOf({ selected: 'foundation', participants: '3' });
    expect(text).to.contain('Your quote for 3 participants');
    expect(text).to.contain('Total to pay: £1,800.00, including £300.00 VAT.');
  });

  it("never shows the built-in prices for an editor's price list it cannot read", () => {
    expect(textOf({ 'config-src': '/fees.json' })).to.equal(
      'The prices cannot be shown just now. Please contact the course provider.',
    );
  });
});
