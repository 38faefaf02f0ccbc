/** The editor's problem box (the `debug` attribute): never loaded on a visitor's page. */
import { css, html, nothing } from 'lit';
import { msg } from '@lit/localize';

export const viewStyles = css`
  .problems {
    padding: var(--_nvr-space);
    border: 4px solid var(--_nvr-color-accent);
  }
  .problems p {
    font-weight: 700;
  }
  .problems ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
`;

export function renderProblems(problems: readonly string[]) {
  if (!problems.length) return nothing;
  return html`<div part="problems" class="problems" role="region" aria-labelledby="problems-title">
    <p id="problems-title">${msg('There is a problem with this price list')}</p>
    <ul>
      ${problems.map((p) => html`<li>${p}</li>`)}
    </ul>
  </div>`;
}
