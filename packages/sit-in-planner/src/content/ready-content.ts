import { msg } from '@lit/localize';
import type { Answer, ReadyQuestion } from '../model/plan.js';

/**
 * Built-in words of step 1 ("Is now the right time?") and the safety lines printed with every
 * plan. Loaded with the steps (steps.ts), not with the task list. Facts follow the project's domain
 * notes ("Before a sit-in: what practitioners check"; "Safety wording and signposting").
 */

export const answerLabels = (): Record<Exclude<Answer, ''>, string> => ({
  yes: msg('Yes'),
  no: msg('No'),
  unsure: msg('Not sure'),
});

/**
 * Step 1's questions, each with its own guidance for a risky answer (see RISKY_ANSWERS). What
 * practitioners check before a sit-in (the project's domain notes, "Before a sit-in"). Danger now
 * has no guidance line here: it gets the "Keep everyone safe now" box instead.
 */
export const readinessQuestions = (): Record<
  ReadyQuestion,
  { label: string; hint: string; guidance: string }
> => ({
  dangerNow: { label: msg('Is anyone at risk of harm right now?'), hint: '', guidance: '' },
  calmNow: {
    label: msg('Do you feel calm right now?'),
    hint: msg('Plan a sit-in when things are calm, not straight after a row.'),
    guidance: msg(
      'That is OK. Take a break, and come back to this when you feel calmer. Only do a sit-in on a calm day.',
    ),
  },
  substances: {
    label: msg('Could the young person or an adult have been drinking or taking drugs at that time?'),
    hint: '',
    guidance: msg('Choose a time when nobody has been drinking or taking drugs. They make things less safe.'),
  },
  violentBefore: {
    label: msg('Has the young person been violent or hurt someone when they were challenged before?'),
    hint: '',
    guidance: msg(
      'Do not do a sit-in alone. Have a supporter with you or close by, agree how you will leave, and talk it through with a practitioner first.',
    ),
  },
  weapons: {
    label: msg('Are there weapons at home, or things that have been used as a weapon?'),
    hint: '',
    guidance: msg(
      'Lock them away or take them out of the home before the sit-in. If a weapon comes out, stop, leave and call the emergency number.',
    ),
  },
  siblings: {
    label: msg('Could brothers or sisters be at home at the time?'),
    hint: '',
    guidance: msg('Ask someone to look after them, away from the sit-in. They must not watch it.'),
  },
  selfHarm: {
    label: msg(
      'Has the young person hurt themselves, talked about suicide, or seemed in a mental health crisis lately?',
    ),
    hint: '',
    guidance: msg(
      'Get advice first, from a practitioner or their doctor or mental health team. If they are in danger now, call the emergency number or a crisis line.',
    ),
  },
  sensory: {
    label: msg('Is the young person autistic or ADHD, or are noise, touch or crowds hard for them?'),
    hint: msg('Or neurodivergent in another way, or with other sensory needs.'),
    guidance: msg(
      'Keep the sit-in shorter and quieter, with fewer people. Get advice from a practitioner first.',
    ),
  },
  adultsHarm: {
    label: msg('Has any adult who might take part ever hurt the young person, or been violent to a partner?'),
    hint: '',
    guidance: msg(
      'That adult should not take part. Choose adults the young person is safe with, and talk it through with a practitioner.',
    ),
  },
  hasSupport: {
    label: msg('Do you have an NVR practitioner or a supporter to talk this plan through with?'),
    hint: '',
    guidance: msg(
      'Find someone to talk it through with first: an NVR practitioner, or a supporter you trust. Do not do a sit-in alone.',
    ),
  },
});

/** Step 1's questions in small groups, so the page reads as four short parts. */
export const readinessGroups = (): { title: string; questions: ReadyQuestion[] }[] => [
  { title: msg('Right now'), questions: ['dangerNow', 'calmNow', 'substances'] },
  { title: msg('Safety at home'), questions: ['violentBefore', 'weapons', 'siblings'] },
  { title: msg('The young person'), questions: ['selfHarm', 'sensory'] },
  { title: msg('The adults'), questions: ['adultsHarm', 'hasSupport'] },
];

/**
 * "Yes" or "Not sure" to danger now: keep everyone safe now, not "carry on planning". The
 * emergency number goes between `callBefore` and `callAfter`.
 */
export const dangerNowGuidance = () => ({
  heading: msg('Keep everyone safe now'),
  now: msg('Right now, safety comes first. This is not the time for a sit-in.'),
  leave: msg('If you can, leave the room or the home and go somewhere safe.'),
  callBefore: msg('If anyone is in danger, call'),
  later: msg('Plan the sit-in another day, when everyone is safe.'),
});

/** Shown after other risky answers (not danger now). */
export const carryOn = () =>
  msg('You can still plan. It is fine to do the sit-in later, when it feels safer.');

/** Printed with every plan, whatever step 1's answers were. */
export const safetyGuidance = () => ({
  heading: msg('Before you go ahead'),
  points: [
    msg('Do not do a sit-in alone. Make sure another adult you trust is with you, or close by.'),
    msg('Never block the door and never hold the young person back. Anyone can leave the room.'),
    msg('Agree an exit plan: when you will stop, where you will go, and who you will call.'),
    msg('Talk your plan through with a trained NVR practitioner before you start.'),
  ],
});

/**
 * When to call the emergency number during a sit-in: on the "During and ending" page, and on
 * every printed plan and text download. The number goes between the two parts.
 */
export const whenToCall = () => ({
  label: msg('When to call the emergency number'),
  before: msg('Call'),
  after: msg(
    'at once if someone is hurt, if there is a weapon, if someone’s life is in danger, or if someone cannot leave.',
  ),
});
