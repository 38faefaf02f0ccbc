import { html, nothing } from 'lit';
import { introContent } from '../content/planner-content.js';
import type { FormContext } from './context.js';

/** The site's own "find a practitioner" page, when an `<nvr-provider>` names one. */
export const findPractitioner = (c: Pick<FormContext, 'practitionerUrl'>) =>
  c.practitionerUrl
    ? html`<p><a href=${c.practitionerUrl}>${introContent().findPractitioner}</a></p>`
    : nothing;
