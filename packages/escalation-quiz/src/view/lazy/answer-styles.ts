import { css } from 'lit';

/**
 * Styles of what follows an answer (feedback, results, review, safety note) and of reflect mode.
 * They travel with those lazily loaded views, which the element adopts on arrival, so that the
 * first question does not carry them.
 */
export const viewStyles = css`
  .feedback {
    margin-block: 0 var(--_nvr-space);
    padding: var(--_nvr-space);
    border-inline-start: 6px solid var(--_edge);
    border-radius: var(--_nvr-radius);
    background: var(--_nvr-color-surface-alt);
  }
  .right {
    --_edge: var(--_right);
  }
  .not-quite {
    --_edge: var(--_not-quite);
  }
  .feedback-heading {
    display: flex;
    align-items: center;
    gap: 0.44em;
    margin-block-start: 0;
    font-size: 1.125em;
  }
  .icon {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    color: var(--_edge);
    vertical-align: middle;
  }
  .alternative-label {
    margin-block-end: 0.25em;
    font-weight: 700;
  }
  .alternative {
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_nvr-color-border);
  }
  .score {
    font-size: 1.125em;
    font-weight: 700;
  }
  .by-type,
  .review {
    padding-inline-start: 1.25em;
  }
  .review > li {
    margin-block-end: var(--_nvr-space);
  }
  .verdict {
    font-weight: 700;
  }
  .verdict .icon {
    inline-size: 1.125em;
    block-size: 1.125em;
  }
  .safety {
    padding: 0.75em;
    border: 1px solid var(--_nvr-color-border);
    border-radius: var(--_nvr-radius);
  }
  .small {
    color: var(--_nvr-color-text-muted);
    font-size: 0.9375em;
  }
  @media print {
    .feedback,
    .safety {
      border-color: #000;
      background: none;
    }
    .icon {
      color: #000;
    }
    .review > li {
      break-inside: avoid;
    }
    /* Focus moves to each new heading; paper needs no focus ring. */
    :focus-visible {
      outline: none;
      box-shadow: none;
    }
  }
`;
