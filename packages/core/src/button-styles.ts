import { css } from 'lit';

/**
 * The widgets' shared button look, so every NVR widget on a page speaks one visual language:
 * `.button` is outlined in the accent colour, `.button.primary` (the one next step) is filled.
 * Touch-sized (`--nvr-target-size`); focus comes from core's base styles.
 */
export const buttonStyles = css`
  .button {
    min-block-size: var(--_nvr-target-size);
    padding-block: 0.5em;
    padding-inline: 1.25em;
    border: 2px solid var(--_nvr-color-accent);
    border-radius: var(--_nvr-radius);
    background: var(--_nvr-color-surface);
    color: var(--_nvr-color-accent);
    font-weight: 700;
    cursor: pointer;
  }
  .button.primary {
    background: var(--_nvr-color-accent);
    color: var(--_nvr-color-accent-text);
  }
`;

/**
 * A button that reads as a link (secondary actions: "Show all sections", "See all steps"), still a
 * full touch target. One copy, so the widgets' link-buttons cannot drift apart.
 */
export const linkButtonStyles = css`
  .link-button {
    min-block-size: var(--_nvr-target-size);
    padding-block: 0.25em;
    padding-inline: 0;
    border: 0;
    background: none;
    color: var(--_nvr-color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    text-align: start;
    cursor: pointer;
  }
  .link-button:hover {
    text-decoration-thickness: 0.15em;
  }
`;
