import { msg } from '@lit/localize';
import type { StepId, StepStatus } from '../model/plan.js';
import type { Notice } from '../state/plan-store.js';

/**
 * Built-in words of the planner's first load (task list, headings), as functions so `msg()` runs
 * in the current locale on each call. Step 1's words are in ready-content.ts, loaded with the steps.
 * Facts follow the source (seed 001) and the project's domain notes: a few caring adults, one
 * harmful behaviour, a calm statement, silence for an agreed time, no punishment, no restraint.
 */

/** Short names in the task list and summary. */
export const stepTitles = (): Record<StepId, string> => ({
  ready: msg('Is now the right time?'),
  behaviour: msg('The behaviour'),
  people: msg('Who will be there'),
  when: msg('Where and when'),
  statement: msg('What you will say'),
  during: msg('During and ending'),
  after: msg('Afterwards'),
  check: msg('Check your plan'),
});

/** The one heading of each step's page: its question. */
export const stepHeadings = (): Record<StepId, string> => ({
  ready: msg('Is now the right time?'),
  behaviour: msg('Which behaviour is the sit-in about?'),
  people: msg('Who will be there?'),
  when: msg('Where and when will it be?'),
  statement: msg('What will you say?'),
  during: msg('How will you keep it calm and safe?'),
  after: msg('What happens afterwards?'),
  check: msg('Check your plan'),
});

export const statusLabels = (): Record<StepStatus, string> => ({
  'not-started': msg('Not started'),
  'in-progress': msg('In progress'),
  completed: msg('Completed'),
});

/** Before the first step: what a sit-in is and is not. */
export const introContent = () => ({
  what: msg(
    'A sit-in is a calm, planned protest. A few adults who care about the young person sit with them, say once that one harmful behaviour will no longer be accepted, and wait in silence for their suggestion.',
  ),
  notFirst: msg(
    'A sit-in is not a first step. It usually comes after an announcement and after work on staying calm (de-escalation).',
  ),
  notPunishment: msg(
    'It is never a punishment, and never a show in front of others. It is best planned with an NVR practitioner.',
  ),
  notAdvice: msg('This planner is general information, not professional advice.'),
  findPractitioner: msg('Find a trained NVR practitioner'),
  careful: msg('Plan it carefully, when things are calm. You can stop at any time and come back later.'),
});

/** What the parent is told about saving (state/plan-store.ts `Notice`). */
export const noticeText = (): Record<Notice, string> => ({
  'not-saved': msg(
    'We could not save your plan on this device. It is still here while this page is open. To keep it, print it or download it from “Check your plan”.',
  ),
  'other-tab': msg('Your plan was changed in another tab or window. This page now shows the latest answers.'),
  'deleted-elsewhere': msg('Your plan was deleted in another tab or window.'),
  corrupt: msg('We could not read a plan saved earlier on this device, so you are starting a new one.'),
  damaged: msg(
    'Part of a plan saved earlier on this device was damaged. We kept every answer we could read. Please check your answers.',
  ),
  deleted: msg('Your plan has been deleted from this device.'),
});
