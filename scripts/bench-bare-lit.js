// Baseline element for scripts/bench.js: the smallest useful LitElement.
//
// This file is browser code. bench.js bundles it with lit and terser into
// .bench/bare-lit.js, so "widget vs bare Lit" measures what a widget costs on
// top of Lit itself (its own code, styles, templates and data), not Lit.
import { LitElement, css, html } from 'lit';

class BareLit extends LitElement {
  static styles = css`
    :host {
      display: block;
    }
  `;

  render() {
    return html`
      <h2>Bare Lit element</h2>
      <p>A heading and a paragraph rendered into shadow DOM: the benchmark baseline.</p>
    `;
  }
}

customElements.define('bare-lit', BareLit);
