import { html } from 'lit';
import { NvrElement } from '@nvr-widgets/core';

/** Scaffold: replaced by the widget's implementation (issue in progress). */
export class NvrSitInPlanner extends NvrElement {
  override render() {
    return html`<div part="base"></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nvr-sit-in-planner': NvrSitInPlanner;
  }
}
