// Baseline for the fee calculator in scripts/bench.js: a bare Lit element that shows one amount
// formatted with Intl.NumberFormat, as any price on a page would be. The page's first number
// formatter makes the browser load ICU's number data; this element pays that too, so "fee
// calculator vs bare Lit with Intl" shows what the calculator itself adds. Browser code, bundled
// like scripts/bench-bare-lit.js.
import { LitElement, css, html } from 'lit';

class BareLitIntl extends LitElement {
  static styles = css`
    :host {
      display: block;
    }
  `;

  render() {
    const price = new Intl.NumberFormat(document.documentElement.lang || 'en-GB', {
      style: 'currency',
      currency: 'GBP',
    }).format(1200);
    return html`
      <h2>Bare Lit element with a price</h2>
      <p>The course costs ${price}: one amount formatted in the page's language.</p>
    `;
  }
}

customElements.define('bare-lit-intl', BareLitIntl);
