import { html, nothing, type TemplateResult } from 'lit';

/** How a widget's heading is marked up; `focusable` headings take focus when a step begins. */
export interface HeadingOptions {
  id?: string;
  part?: string;
  class?: string;
  focusable?: boolean;
}

/**
 * An `h2`–`h6` at `level` (clamped), so each widget fits the outline of the page it sits in. Literal
 * tags rather than static-html: five small templates cost less than a second template engine.
 */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const id = options.id ?? nothing;
  const part = options.part ?? nothing;
  const cls = options.class ?? nothing;
  const tabindex = options.focusable ? '-1' : nothing;
  switch (Math.min(6, Math.max(2, Math.round(level)))) {
    case 2:
      return html`<h2 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h6>`;
  }
}
