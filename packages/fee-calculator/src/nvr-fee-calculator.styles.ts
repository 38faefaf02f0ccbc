import { css } from 'lit';

export const styles = css`
  :host {
    --_stripe: var(--nvr-fee-calculator-stripe, var(--_nvr-color-surface-alt));
    --_total-size: var(--nvr-fee-calculator-total-size, 1.375em);
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_nvr-space);
  }
  .base > *,
  form > *,
  p {
    margin: 0;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: var(--_nvr-space);
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
  }
  .group {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend,
  .field > label,
  .discounts > p:first-child {
    padding: 0;
    margin-block-end: 0.5rem;
    font-weight: 700;
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.75rem;
    align-items: center;
    min-block-size: var(--_nvr-target-size);
    padding-block: 0.25rem;
  }
  .option > :not(input) {
    grid-column: 2;
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_nvr-color-accent);
  }
  .price,
  .note,
  .small,
  .status,
  .error {
    color: var(--_nvr-color-text-muted);
    font-size: 0.9375em;
  }
  .note > :first-child {
    margin-block-start: 0;
  }
  .note > :last-child {
    margin-block-end: 0;
  }
  .error {
    color: var(--_nvr-color-accent);
    font-weight: 700;
  }
  .error:empty,
  .status:empty {
    display: none;
  }
  input[type='number'],
  input[type='text'] {
    font: inherit;
    color: var(--_nvr-color-text);
    background: var(--_nvr-color-surface);
    min-block-size: var(--_nvr-target-size);
    inline-size: 100%;
    max-inline-size: 12rem;
    padding-inline: 0.5rem;
    border: 2px solid var(--_nvr-color-border);
    border-radius: var(--_nvr-radius);
  }
  [aria-invalid='true'] {
    border-color: var(--_nvr-color-accent);
  }
  .field > label {
    display: block;
  }
  .inline,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .button {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_nvr-target-size);
    padding-inline: 1rem;
    border: 2px solid var(--_nvr-color-accent);
    border-radius: var(--_nvr-radius);
    background: var(--_nvr-color-accent);
    color: var(--_nvr-color-accent-text);
    font-weight: 700;
    text-decoration: none;
    cursor: pointer;
  }
  .secondary {
    background: none;
    color: var(--_nvr-color-link);
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    font-weight: 700;
    text-align: start;
    padding-block-end: 0.5rem;
  }
  th,
  td {
    padding: 0.375rem;
    border-block-end: 1px solid var(--_nvr-color-border);
    text-align: end;
    vertical-align: top;
    font-weight: normal;
  }
  th[scope='row'],
  thead td,
  tbody td[colspan] {
    text-align: start;
  }
  th:first-child,
  td:first-child {
    padding-inline-start: 0;
  }
  thead th,
  .sum > * {
    font-weight: 700;
    background: var(--_stripe);
  }
  .breakdown td {
    white-space: nowrap;
  }
  .small {
    display: block;
  }
  .total {
    font-size: var(--_total-size);
    font-weight: 700;
  }
  .problems {
    padding: var(--_nvr-space);
    border: 4px solid var(--_nvr-color-accent);
  }
  .problems-title {
    font-weight: 700;
  }
  .print-only {
    display: none;
  }
  @media (max-width: 30rem) {
    table {
      font-size: 0.875em;
    }
    th,
    td {
      padding-inline: 0.25rem;
    }
  }
  @media print {
    .print-only {
      display: inline;
    }
    thead th,
    .sum > * {
      background: none;
    }
    table {
      break-inside: avoid;
    }
  }
`;
