import { css } from 'lit';

export const styles = css`
  /* Kept until the first render (core's pending state) and while editor content loads (its
     renderLoading); the same as docs/placeholder.css, which
     reserves it before the script runs (test/node/widget-list.test.js checks they agree). */
  :host {
    --_nvr-reserve: var(--nvr-cornerstones-reserve, max(39em, calc(86.4em - 151%), calc(62.3em - 50%)));
  }
  :host {
    --_number-size: var(--nvr-cornerstones-number-size, 2em);
    --_number-bg: var(--nvr-cornerstones-number-background, var(--_nvr-color-accent));
    --_number-color: var(--nvr-cornerstones-number-color, var(--_nvr-color-accent-text));
    --_indent: calc(var(--_number-size) + 0.75em);
  }
  .base {
    display: block;
  }
  .controls {
    display: flex;
    justify-content: flex-end;
    margin-block-end: calc(var(--_nvr-space) * 0.5);
  }
  /* Core's linkButtonStyles, with room around the text for the focus ring. */
  .link-button {
    padding-block: 0.25em;
    padding-inline: 0.5em;
    border-radius: var(--_nvr-radius);
  }
  .section {
    border-block-start: 1px solid var(--_nvr-color-border);
  }
  .section:last-child {
    border-block-end: 1px solid var(--_nvr-color-border);
  }
  .heading {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.67em;
    inline-size: 100%;
    /* In the heading's 1.125em: the same 44 px as every target. */
    min-block-size: calc(var(--_nvr-target-size) / 1.125);
    padding-block: 0.75em 0.25em;
    padding-inline: 0;
    border: 0;
    border-radius: var(--_nvr-radius);
    background: none;
    font-weight: inherit;
    line-height: inherit;
    text-align: start;
    cursor: pointer;
  }
  .toggle:hover .title {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .number {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: var(--_number-size);
    block-size: var(--_number-size);
    border-radius: 50%;
    background: var(--_number-bg);
    color: var(--_number-color);
    font-size: 0.875em;
  }
  .title {
    flex: 1;
  }
  .chevron {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    transition: transform 0.2s ease;
  }
  [aria-expanded='true'] > .chevron {
    transform: rotate(180deg);
  }
  .summary,
  .panel {
    margin: 0;
    padding-inline-start: var(--_indent);
  }
  .summary {
    padding-block-end: 0.75em;
    color: var(--_nvr-color-text-muted);
  }
  .panel {
    padding-block-end: var(--_nvr-space);
  }
  .panel > :first-child {
    margin-block-start: 0;
  }
  .panel ul {
    padding-inline-start: 1.25em;
  }
  .copy {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .copy .link-button {
    padding-inline: 0;
  }
  @media print {
    .panel {
      display: block !important;
      content-visibility: visible !important;
    }
    .toggle {
      padding: 0;
      min-block-size: 0;
    }
    .chevron {
      display: none;
    }
    .number {
      border: 1px solid #000;
      background: none;
      color: #000;
    }
    .section {
      break-inside: avoid;
    }
  }
`;
