import { css } from 'lit';

export const styles = css`
  /* Kept until the first render (core's pending state) and while editor content loads (its
     renderLoading); the same as docs/placeholder.css, which
     reserves it before the script runs (test/node/widget-list.test.js checks they agree). */
  :host {
    --_nvr-reserve: var(
      --nvr-fee-calculator-reserve,
      calc(
        max(44.97em, calc(61.56em - 41.5%), calc(80.64em - 126.8%)) + clamp(0em, (32rem - 100vw) * 999, 1.5em)
      )
    );
  }
  .base,
  form {
    display: flex;
    flex-direction: column;
    gap: var(--_nvr-space);
  }
  p,
  fieldset {
    margin: 0;
  }
  fieldset {
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  /* A plain block, not the fieldset's "rendered legend": WebKit laid that out a line taller in a
     pre-rendered (declarative) shadow root until the script arrived, and the page jumped. */
  legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
  }
  legend ~ * {
    clear: both;
  }
  .title,
  legend,
  label[for],
  caption,
  .total,
  .sum > *,
  .error {
    font-weight: 700;
  }
  caption {
    padding-block-end: 0.5em;
    text-align: start;
  }
  .option {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    padding-block: 0.5em;
  }
  [type='radio'],
  [type='checkbox'] {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_nvr-color-accent);
  }
  .small {
    display: block;
    color: var(--_nvr-color-text-muted);
    font-size: 0.9375em;
  }
  .note {
    padding-inline-start: 2.25em;
  }
  .note > * {
    margin: 0;
  }
  .error {
    color: var(--nvr-fee-calculator-error-color, var(--_nvr-color-error));
  }
  input:not([type='radio'], [type='checkbox']),
  .button {
    display: block;
    min-block-size: var(--_nvr-target-size);
    padding-inline: 0.75em;
    border: 2px solid var(--_nvr-color-border);
    border-radius: var(--_nvr-radius);
    font: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    border-color: currentColor;
    background: none;
    color: var(--_nvr-color-link);
    font-weight: 700;
    cursor: pointer;
  }
  /* Separate, not collapsed: cells have bottom borders only, so it looks the same, and no half-pixel
     collapsed border lets WebKit round a pre-rendered table 1px differently once the script runs. */
  table {
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: 0;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding-block: 0.375em;
    padding-inline-start: 0.375em;
    border-block-end: 1px solid var(--_nvr-color-border);
    text-align: end;
    vertical-align: top;
  }
  th:first-child,
  [colspan] {
    padding-inline-start: 0;
    text-align: start;
  }
  [scope='row'] {
    font-weight: inherit;
  }
  thead th {
    background: var(--nvr-fee-calculator-stripe, var(--_nvr-color-surface-alt));
  }
  .breakdown td {
    white-space: nowrap;
  }
  /* The prompt while nothing is chosen: across the table, wrapping (also when it stacks). */
  .breakdown .prompt {
    grid-column: 1 / -1;
    white-space: normal;
  }
  .total {
    font-size: var(--nvr-fee-calculator-total-size, 1.375em);
  }
  /* Narrow: each line's name on its own row, its amounts beneath in the columns of the header.
     Still a table (rows, headers) for assistive technology; only the boxes move. A media query,
     not a container query: inline-size containment would collapse the widget to nothing in a
     shrink-to-fit parent (a flex row, a float). */
  @media (width < 32rem) {
    .breakdown {
      display: grid;
      grid-template-columns: repeat(3, auto);
      font-size: 0.875em;
    }
    /* Across the whole row: caption, row groups, rows, line names and "Price on request". */
    .breakdown :not(td, th + th) {
      grid-column: 1 / -1;
    }
    .breakdown :is(thead, tbody, tfoot, tr) {
      display: grid;
      grid-template-columns: subgrid;
    }
    .breakdown th:first-child {
      border: 0;
    }
  }
  @media print {
    thead th {
      background: none;
    }
  }
`;
