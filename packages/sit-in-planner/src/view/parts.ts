import { html, nothing } from 'lit';
import { introContent } from '../content/planner-content.js';
import type { FormContext } from './context.js';

/** The site's own "find a practitioner" page, when an `<nvr-provider>` names one. */
export const findPractitioner = (c: Pick<FormContext, 'practitionerUrl'>) =>
  c.practitionerUrl
    ? html`<p><a href=${c.practitionerUrl}>${introContent().findPractitioner}</a></p>`
    : nothing;

/**
 * What a sit-in is and is not: under the task list's heading, and in the view for readers
 * without JavaScript (view/no-script.ts), so both always say the same.
 */
export const renderIntro = (c: Pick<FormContext, 'practitionerUrl'>) => {
  const intro = introContent();
  return html`<p>${intro.what}</p>
    <div class="inset">
      <p>${intro.notFirst}</p>
      <p>${intro.notPunishment}</p>
      <p>${intro.notAdvice}</p>
      ${findPractitioner(c)}
    </div>
    <p>${intro.careful}</p>`;
};
