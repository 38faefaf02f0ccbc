import { css } from 'lit';

export const styles = css`
  /* Kept until the first render (core's pending state) and while editor content loads (its
     renderLoading); the same as docs/placeholder.css, which
     reserves it before the script runs (test/node/widget-list.test.js checks they agree). */
  :host {
    --_nvr-reserve: var(--nvr-escalation-quiz-reserve, max(29.4em, calc(38.64em - 29.4%)));
  }
  :host {
    --_right: var(--nvr-escalation-quiz-right-color, #276029);
    --_not-quite: var(--nvr-escalation-quiz-not-quite-color, #1d5e8c);
    --_error: var(--nvr-escalation-quiz-error-color, var(--_nvr-color-error));
  }
  .base {
    display: block;
  }
  .progress {
    margin-block: 0 0.4em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .sub {
    margin-block: 1.18em 0.47em;
    font-size: 1.0625em;
  }
  p {
    margin-block: 0 0.75em;
  }
  .question {
    max-inline-size: 70ch;
    font-size: 1.0625em;
  }
  .options {
    margin: 0 0 var(--_nvr-space);
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .legend {
    padding: 0;
    margin-block-end: 0.5em;
    font-weight: 700;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    min-block-size: var(--_nvr-target-size);
    padding-block: 0.5em;
    cursor: pointer;
  }
  .option input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_nvr-color-accent);
    cursor: inherit;
  }
  /* A checked answer is final, so the radios are disabled; the browser's faint grey would hide
     which one was chosen. Draw them plainly instead: the chosen one as it looked, in bold. */
  .option input:disabled {
    appearance: none;
    border: 2px solid var(--_nvr-color-border);
    border-radius: 50%;
  }
  .option:has(:disabled) {
    cursor: default;
  }
  /* A thick ring as well as the dot: forced-colors modes drop the gradient but keep the border. */
  .option input:checked:disabled {
    border: 0.3125em solid var(--_nvr-color-accent);
    background: radial-gradient(var(--_nvr-color-accent) 0 40%, transparent 45%);
  }
  .option input:checked:disabled + .option-text {
    font-weight: 700;
  }
  .option-text {
    display: flex;
    flex-direction: column;
  }
  .hint {
    color: var(--_nvr-color-text-muted);
    font-size: 0.9375em;
  }
  .error {
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_error);
    color: var(--_error);
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block: var(--_nvr-space);
  }
  /* A link-button (core) with its arrow. */
  .back {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    margin-block-end: 0.25em;
  }
  .arrow {
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  :host(:dir(rtl)) .arrow {
    transform: scaleX(-1);
  }
  .safety-line {
    margin-block-start: 1.5em;
    font-size: 0.9375em;
  }
`;
