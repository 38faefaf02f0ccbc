/**
 * What readers see if the script never runs (a blocked CDN, an old browser, a CSP mistake): every
 * built-in section open, as plain headings and text. Rendered only at build time, by `npm run prerender`
 * (scripts/prerender.js), into the pre-rendered markup; no browser bundle imports it.
 */
import { css, html, type TemplateResult } from 'lit';
import { heading } from '@nvr-widgets/core';
import { parseHeadingLevel } from '@nvr-widgets/core/pure.js';
import { HEADING_LEVELS } from '../model/cornerstones-model.js';
import { builtInSections } from './cornerstones-view.js';

export function renderNoScript(
  attributes: Readonly<Record<string, string | true>>,
  inline?: string,
): TemplateResult | undefined {
  // An editor's Markdown is rendered by the browser's sanitiser, which the build does not have.
  if (inline !== undefined || attributes.src) return undefined;
  const level = attributes['heading-level'];
  const { value } = parseHeadingLevel(typeof level === 'string' ? level : undefined, HEADING_LEVELS);
  return html`${builtInSections().map(
    (section, index) =>
      html`<section part="section" class="section">
        ${heading(
          value,
          html`<span class="heading-line"
            ><span part="number" class="number">${index + 1}</span>
            <span class="title">${section.title}</span></span
          >`,
          { part: 'heading', class: 'heading' },
        )}
        <p part="summary" class="summary">${section.summary}</p>
        <div part="panel" class="panel">${section.body}</div>
      </section>`,
  )}`;
}

/**
 * Its styles: only in the stylesheet pre-rendered snippets link to (dist/cdn/<tag>.css, written by
 * scripts/prerender.js), never in the script, since only pre-rendered pages ever show this view.
 */
export const noScriptStyles = css`
  /* The no-script view's heading (view/no-script.ts): the toggle's layout, with nothing to press. */
  .heading-line {
    display: flex;
    align-items: center;
    gap: 0.67em;
    padding-block: 0.75em 0.25em;
  }
`;
