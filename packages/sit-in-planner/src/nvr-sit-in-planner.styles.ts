import { css } from 'lit';

export const styles = css`
  /* Kept until the first render (core's pending state); the same as docs/placeholder.css, which
     reserves it before the script runs (test/node/widget-list.test.js checks they agree). */
  :host {
    --_nvr-reserve: var(
      --nvr-sit-in-planner-reserve,
      max(58.3em, calc(77.4em - 44.5%), calc(86.9em - 84.7%))
    );
  }
  :host {
    --_exit-bg: var(--nvr-sit-in-planner-exit-background, #8f1d1d);
    --_exit-color: var(--nvr-sit-in-planner-exit-color, #ffffff);
    --_error: var(--nvr-sit-in-planner-error-color, var(--_nvr-color-error));
  }
  .base {
    display: block;
  }
  p {
    margin-block: 0 var(--_nvr-space);
  }
  .exit {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.25em 0.75em;
    padding-block: 0.5em;
    background: var(--_nvr-color-surface);
  }
  .exit-button {
    min-block-size: var(--_nvr-target-size);
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 2px solid var(--_exit-bg);
    border-radius: var(--_nvr-radius);
    background: var(--_exit-bg);
    color: var(--_exit-color);
    font-weight: 700;
    cursor: pointer;
  }
  .exit-hint {
    font-size: 0.875em;
    color: var(--_nvr-color-text-muted);
  }
  .notice {
    margin-block: 0.5em var(--_nvr-space);
    padding: 0.75em 1em;
    border-inline-start: 0.3em solid var(--_nvr-color-accent);
    background: var(--_nvr-color-surface-alt);
  }
  .notice p {
    margin: 0;
  }
  .notice-warning {
    border-inline-start-color: var(--_error);
  }
  .heading {
    margin-block: 0 calc(var(--_nvr-space) / 1.5);
    font-size: 1.5em;
    line-height: 1.25;
  }
  .heading:focus,
  .confirm-text:focus {
    outline: none;
  }
  .heading:focus-visible,
  .confirm-text:focus-visible {
    outline: var(--_nvr-focus-width) solid var(--_nvr-color-focus);
  }
  .subheading {
    margin-block: 1.33em 0.44em;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .progress {
    margin-block-end: 0.25em;
    color: var(--_nvr-color-text-muted);
  }
  .back {
    margin-block: 0.25em 0.5em;
  }
  /* '‹' is bidi-mirrored: right-to-left text shows it as '›', pointing back towards the start. */
  .back-link::before {
    content: '‹ ';
  }
  .back-link {
    min-inline-size: var(--_nvr-target-size);
  }
  .button.warning {
    background: var(--_error);
    border-color: var(--_error);
    color: #fff;
  }
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .actions,
  .export,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1.25em;
    margin-block: 1.5em var(--_nvr-space);
  }
  .task-list {
    margin: 0 0 var(--_nvr-space);
    padding: 0;
    list-style: none;
    border-block-start: 1px solid var(--_nvr-color-border);
  }
  .task {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25em 1em;
    border-block-end: 1px solid var(--_nvr-color-border);
  }
  .status {
    padding: 0.14em 0.57em;
    border-radius: var(--_nvr-radius);
    background: var(--_nvr-color-surface-alt);
    font-size: 0.875em;
  }
  .status-completed {
    background: var(--_nvr-color-accent);
    color: var(--_nvr-color-accent-text);
  }
  .status-not-started {
    color: var(--_nvr-color-text-muted);
  }
  form {
    margin: 0;
  }
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .field {
    margin-block: 0 1.5em;
  }
  .field-error {
    padding-inline-start: 0.75em;
    border-inline-start: 0.3em solid var(--_error);
  }
  .label {
    display: block;
    margin-block-end: 0.25em;
    padding: 0;
    font-weight: 700;
  }
  .hint {
    margin-block-end: 0.5em;
    color: var(--_nvr-color-text-muted);
  }
  .error-message {
    margin-block-end: 0.5em;
    color: var(--_error);
    font-weight: 700;
  }
  input[type='text'],
  textarea,
  select {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--_nvr-target-size);
    padding: 0.375em 0.5em;
    border: 2px solid var(--_nvr-color-border);
    border-radius: 0.25em;
    background: var(--_nvr-color-surface);
    color: var(--_nvr-color-text);
    font: inherit;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_error);
  }
  input.width-2 {
    inline-size: 3.5em;
  }
  input.width-3 {
    inline-size: 4.5em;
  }
  input.width-4 {
    inline-size: 5.5em;
  }
  input.width-5 {
    inline-size: 7em;
  }
  .date {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
  }
  .choices {
    display: grid;
    gap: 0.25em;
  }
  /* Yes / No / Not sure side by side (wrapping on narrow screens): step 1 stays short on a phone. */
  .choices.inline {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1.5em;
  }
  .choice,
  .checkbox {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-block-size: var(--_nvr-target-size);
  }
  .choice input,
  .checkbox input {
    flex: none;
    inline-size: 1.75em;
    block-size: 1.75em;
    margin: 0;
    accent-color: var(--_nvr-color-accent);
  }
  /* The label is the 44 px target: it fills the row (the box itself is smaller). */
  .choice label,
  .checkbox label {
    box-sizing: border-box;
    display: flex;
    flex: 1;
    align-items: center;
    min-block-size: var(--_nvr-target-size);
    padding-block: 0.5em;
    cursor: pointer;
  }
  .person {
    margin-block-end: 1em;
    padding: 0.75em 1em 0;
    border: 1px solid var(--_nvr-color-border);
    border-radius: var(--_nvr-radius);
  }
  .person > legend {
    padding-inline: 0.25em;
  }
  .person .field {
    margin-block-end: 0.75em;
  }
  .examples,
  .inset {
    padding-inline-start: 1em;
    border-inline-start: 0.3em solid var(--_nvr-color-border);
  }
  .guidance {
    margin-block: 1.5em;
    padding: 1em;
    border: 0.2em solid var(--_nvr-color-accent);
    border-radius: var(--_nvr-radius);
    background: var(--_nvr-color-surface-alt);
  }
  /* One question's guidance, right under its answer. */
  p.guidance {
    margin-block: 0 1.5em;
    padding: 0.5em 0.75em;
  }
  .guidance.danger {
    border-color: var(--_error);
  }
  .guidance h3,
  .guidance h4 {
    margin-block: 0 0.44em;
    font-size: 1.125em;
  }
  .guidance ul {
    margin-block: 0 var(--_nvr-space);
    padding-inline-start: 1.25em;
  }
  .emergency {
    font-weight: 700;
  }
  /* The number to call is the most important target here: at least 44 × 44 px like the rest. */
  .emergency a {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: var(--_nvr-target-size);
    min-inline-size: var(--_nvr-target-size);
  }
  .error-summary {
    margin-block: 0.5em 1.5em;
    padding: 1em;
    border: 0.25em solid var(--_error);
    border-radius: var(--_nvr-radius);
  }
  .error-title {
    margin-block: 0 0.44em;
    font-size: 1.125em;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary li {
    margin-block: 0.25em;
  }
  .error-summary a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_nvr-target-size);
    color: var(--_error);
    font-weight: 700;
  }
  .summary-section {
    border-block-end: 1px solid var(--_nvr-color-border);
  }
  .summary-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 1em;
  }
  dl {
    margin: 0 0 0.75em;
  }
  .row {
    margin-block-end: 0.5em;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  .line {
    display: block;
    white-space: pre-wrap;
  }
  .muted {
    color: var(--_nvr-color-text-muted);
  }
  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: block;
    }
    .summary-section {
      break-inside: avoid;
      border-color: #000;
    }
    .muted {
      color: #000;
    }
  }
`;
