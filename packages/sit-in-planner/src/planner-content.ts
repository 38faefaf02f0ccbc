import { msg } from '@lit/localize';
import type { Answer, StepId, StepStatus } from './plan-model.js';

/**
 * Built-in words of the planner, as functions so `msg()` runs in the current locale on each call.
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

export const answerLabels = (): Record<Exclude<Answer, ''>, string> => ({
  yes: msg('Yes'),
  no: msg('No'),
  unsure: msg('Not sure'),
});

export const readinessQuestions = () => ({
  calmNow: {
    label: msg('Do you feel calm right now?'),
    hint: msg('Plan a sit-in when things are calm, not straight after a row.'),
  },
  violentBefore: {
    label: msg('Has the young person been violent or hurt someone when they were challenged before?'),
    hint: '',
  },
  dangerNow: { label: msg('Is anyone at risk of harm right now?'), hint: '' },
  hasSupport: {
    label: msg('Do you have an NVR practitioner or a supporter to talk this plan through with?'),
    hint: '',
  },
});

/** Guidance shown when step 1's answers signal risk. The emergency line is added by the view. */
export const safetyGuidance = () => ({
  heading: msg('Before you go ahead'),
  points: [
    msg('Do not do a sit-in alone. Make sure another adult you trust is with you, or close by.'),
    msg('Never block the door and never hold the young person back. Anyone can leave the room.'),
    msg('Agree an exit plan: when you will stop, where you will go, and who you will call.'),
    msg('Talk your plan through with a trained NVR practitioner before you start.'),
  ],
  emergencyBefore: msg('If anyone is in danger right now, call'),
  carryOn: msg('You can still carry on planning. It is fine to do the sit-in later, when it feels safer.'),
});
