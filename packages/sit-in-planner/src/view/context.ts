import type { TemplateResult } from 'lit';
import type { EmergencyNumber } from '@nvr-widgets/core';
import type { FieldError, PlanDate, SitInPlan, StepId } from '../model/plan.js';
import type { Notice, PeopleList } from '../state/plan-store.js';
import type { View } from '../state/planner-route.js';

/** The steps and the exports (view/lazy/steps.ts): a chunk loaded when a step is first opened. */
export type StepViews = typeof import('./lazy/steps.js');

/**
 * What the step forms read and do (view/lazy/form-fields.ts): the plan, its errors and the edits.
 * Form fields in the GOV.UK pattern: label, hint, error message above the input, and
 * `aria-describedby` tying them together.
 */
export interface FormContext {
  plan: SitInPlan;
  /** The number to call when someone is in danger, as shown and as a `tel:` link. */
  emergency: EmergencyNumber;
  /** The site's "find a practitioner" page, when `<nvr-provider>` names a safe one. */
  practitionerUrl?: string;
  /** The errors of the last Continue on this step (their words: content/errors.ts). */
  errors: readonly FieldError[];
  /** A text field or radio group by its `name`. */
  setField(name: string, value: string): void;
  set(patch: Partial<SitInPlan>): void;
  toggle(list: 'rules' | 'gestures', id: string, on: boolean): void;
  person(list: PeopleList, index: number, key: string, value: string): void;
  add(list: PeopleList): void;
  remove(list: PeopleList, index: number): void;
}

/** What the check page reads and does (view/lazy/check-page.ts). */
export interface CheckContext {
  plan: SitInPlan;
  lang: string;
  emergency: EmergencyNumber;
  confirmDelete: boolean;
  /** Edits the plan (the calendar event's title). */
  setField(name: string, value: string): void;
  change(step: StepId): void;
  print(): void;
  download(format: 'ics' | 'text'): void;
  askDelete(): void;
  keep(): void;
  delete(): void;
}

/** What every view of `<nvr-sit-in-planner>` reads: data and callbacks, never the element. */
export interface PlannerViewContext extends FormContext, CheckContext {
  view: View;
  fromCheck: boolean;
  notice?: Notice;
  /** The status region has been in the page long enough for a notice in it to be heard. */
  noticeHeard: boolean;
  /** The plan is kept on this device (`storage="local"` and not only in memory). */
  saving: boolean;
  /** The provider's locale, for the `lang` of the widget. */
  locale?: string;
  today: PlanDate;
  /** The steps once loaded; until then `pending` ("Loading…", or the failure with Try again). */
  steps?: StepViews;
  pending: TemplateResult;
  go(view: View, fromCheck?: boolean): void;
  back(): void;
  submit(e: Event): void;
  /** A field's `change` (committed, not every keystroke). */
  changed(): void;
  quickExit(): void;
}
