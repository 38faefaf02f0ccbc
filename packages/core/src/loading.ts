import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/**
 * While editor content (Markdown, a JSON bank or price list) loads: "Loading…" inside the height
 * the page reserved before the script ran (the widget's `--nvr-<widget>-reserve`, else its
 * built-in estimate, as `--_nvr-reserve`), marked busy. Rendering nothing here would collapse the
 * reservation and move the page twice; rendering the built-in content would flash the wrong words.
 */
export const renderLoading = (): TemplateResult =>
  html`<div part="base" class="base loading" aria-busy="true">
    <p class="loading-text">${msg('Loading…')}</p>
  </div>`;
