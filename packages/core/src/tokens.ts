import { css } from 'lit';

/**
 * Design tokens. Editors theme every widget with the public `--nvr-*` custom properties
 * (set them on any ancestor: they inherit into shadow roots). Inside, components read only
 * the private `--_nvr-*` aliases, so a default here never shadows a value set on `body`.
 * Defaults: a calm, warm palette; every text colour ≥ 4.5:1 on both surfaces, borders ≥ 3:1.
 */
export const tokens = css`
  :host {
    --_nvr-font-family: var(--nvr-font-family, inherit);
    --_nvr-font-size: var(--nvr-font-size, inherit);
    --_nvr-line-height: var(--nvr-line-height, 1.5);
    --_nvr-color-text: var(--nvr-color-text, #2b2520);
    --_nvr-color-text-muted: var(--nvr-color-text-muted, #574d45);
    --_nvr-color-surface: var(--nvr-color-surface, #fffdf9);
    --_nvr-color-surface-alt: var(--nvr-color-surface-alt, #f4eee6);
    --_nvr-color-border: var(--nvr-color-border, #857769);
    --_nvr-color-accent: var(--nvr-color-accent, #8c4a24);
    --_nvr-color-accent-text: var(--nvr-color-accent-text, #ffffff);
    --_nvr-color-link: var(--nvr-color-link, #7a3d1a);
    --_nvr-color-focus: var(--nvr-color-focus, #1c4fd6);
    --_nvr-color-error: var(--nvr-color-error, #a3231f);
    --_nvr-color-focus-halo: var(--nvr-color-focus-halo, #ffffff);
    --_nvr-focus-width: var(--nvr-focus-width, 3px);
    --_nvr-space: var(--nvr-space, 1em);
    --_nvr-radius: var(--nvr-radius, 0.5em);
    --_nvr-max-width: var(--nvr-max-width, 46em);
    --_nvr-target-size: var(--nvr-target-size, 2.75em);
  }
`;

/** Base rules every widget shares: inherit the page's type, visible focus, reduced motion, print. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: var(--_nvr-max-width);
    font-family: var(--_nvr-font-family);
    font-size: var(--_nvr-font-size);
    line-height: var(--_nvr-line-height);
    color: var(--_nvr-color-text);
  }
  /* Page rules on the host ("* {all: revert}", "body {text-align: center}"…) beat :host and
     inherit in: reset inherited text properties on each widget's root instead. Only the
     font family and size are meant to come from the page. */
  .base {
    box-sizing: border-box;
    /* Text and surface travel together, so a dark host page cannot leave dark text on dark. */
    color: var(--_nvr-color-text);
    /* Again here, not only on :host: a page rule on the host ("* {all: revert}") would otherwise
       drop an editor's --nvr-font-family (custom properties survive "all", so this still sees it). */
    font-family: var(--_nvr-font-family);
    background: var(--_nvr-color-surface);
    line-height: var(--_nvr-line-height);
    font-style: normal;
    font-weight: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  /* Defined but not yet rendered (first renders take turns): the reserve the page's placeholder
     rule held until now (each widget's --_nvr-reserve: its --nvr-<widget>-reserve, else the same
     estimate as docs/placeholder.css), so nothing moves in between. */
  :host(:state(pending)) {
    padding-block-start: var(--_nvr-reserve, 0px);
  }
  /* renderLoading(): the reserved height, kept until editor content arrives; the words sit inside
     it, so the box is exactly as tall as the reservation (and one line without one). */
  .loading {
    position: relative;
    min-block-size: 1.5em;
    padding-block-start: var(--_nvr-reserve, 0px);
  }
  .loading-text {
    position: absolute;
    inset-block-start: 0;
    margin: 0;
  }
  /* Pre-rendered markup carries a view for readers without the script (prerender-styles.ts: the
     rules that show it only ever match before the script has run, so only the snippet's
     stylesheet carries them). Once defined, the widget's own view is all there is, even if that
     stylesheet did not load. */
  .no-script {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Controls take the widget's font size, so their em-based sizes follow it (not the page root). */
  input {
    font: inherit;
  }
  button {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    text-transform: none;
    margin: 0;
  }
  a {
    color: var(--_nvr-color-link);
    text-underline-offset: 0.15em;
  }
  /* A link whose unsafe href the sanitiser removed is plain text now: do not look clickable. */
  a:not([href]) {
    color: inherit;
    text-decoration: none;
  }
  :focus-visible {
    outline: var(--_nvr-focus-width) solid var(--_nvr-color-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 calc(var(--_nvr-focus-width) + 4px) var(--_nvr-color-focus-halo);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    :host,
    .base {
      color: #000;
      background: #fff;
    }
    .no-print {
      display: none !important;
    }
  }
`;
