import { msg } from '@lit/localize';
import type { Answer, GestureId, Help, Place, Repeat, RuleId, StepId, StepStatus } from './plan-model.js';

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

export const behaviourContent = () => ({
  label: msg('In your own words, what is the one behaviour you will no longer accept?'),
  hint: msg(
    'Choose one behaviour from your “large basket”: the most harmful or unsafe one. Say what happens, not what the young person is like.',
  ),
  clear: msg(
    'Clear: “hitting your sister”, “taking money from my purse”, “staying out all night without telling us”.',
  ),
  vague: msg('Too vague: “your attitude”, “being disrespectful”, “behaving badly”.'),
});

export const peopleContent = () => ({
  adultsLegend: msg('Adults who will be there'),
  adultsHint: msg(
    '2 to 4 adults who care about the young person, including you. For example a partner, grandparent, aunt or family friend.',
  ),
  name: msg('Name'),
  relationship: msg('Who they are to the young person (optional)'),
  addAdult: msg('Add another adult'),
  supportersLegend: msg('Supporters who will not be in the room (optional)'),
  supportersHint: msg(
    'They can send the young person a message afterwards, or be ready to take your call in case you need help.',
  ),
  help: msg('How they will help'),
  addSupporter: msg('Add a supporter'),
  remove: msg('Remove'),
});

export const helpLabels = (): Record<Exclude<Help, ''>, string> => ({
  message: msg('Send a message afterwards'),
  call: msg('Be on call during the sit-in'),
  both: msg('Both'),
});

export const placeLabels = (): Record<Exclude<Place, ''>, string> => ({
  bedroom: msg('The young person’s bedroom'),
  home: msg('Somewhere else at home'),
  school: msg('At school'),
  other: msg('Somewhere else'),
});

export const whenContent = () => ({
  place: msg('Where will the sit-in be?'),
  placeOther: msg('Where?'),
  date: msg('What date?'),
  dateHint: msg('Choose a calm time, when nobody is rushed. For example, 27 3 2027'),
  day: msg('Day'),
  month: msg('Month'),
  year: msg('Year'),
  time: msg('What time will you start?'),
  timeHint: msg('For example, 19:30 or 7:30pm'),
  minutes: msg('How long will you sit for, in minutes?'),
  minutesHint: msg(
    'Often about 30 minutes, and up to about an hour. You can end early if the young person makes a helpful suggestion.',
  ),
});

export const statementContent = () => ({
  intro: msg('You say this once, calmly, at the start. Then you all sit in silence.'),
  label: msg('Your opening words'),
  hint: msg(
    'We wrote this from your answers. Change it so it sounds like you. Keep it short: no lectures, threats or blame.',
  ),
  reset: msg('Use the suggested words again'),
});

export const ruleLabels = (): Record<RuleId, string> => ({
  silence: msg('After the opening words, we sit in silence.'),
  'no-lecture': msg('No lectures, threats or blame.'),
  'no-reply': msg('We do not answer insults, provocation or demands.'),
  'no-restraint': msg('Nobody blocks the door or holds the young person. Anyone can leave.'),
});

export const duringContent = () => ({
  rules: msg('What will all the adults agree?'),
  ifSuggestion: msg('If the young person makes a suggestion (optional)'),
  ifSuggestionHint: msg(
    'For example: thank them briefly, say you will think about it together, and end on a kind note.',
  ),
  ifLeaves: msg('If the young person leaves the room (optional)'),
  ifLeavesHint: msg(
    'For example: let them go. Do not follow or block them. Stay a little longer, then leave calmly.',
  ),
  ifEscalates: msg('If things start to get unsafe'),
  ifEscalatesHint: msg('For example: stop the sit-in, leave the room calmly and call a supporter.'),
  ending: msg(
    'If no suggestion comes, leave at the agreed time, calmly and without threats: “We have not found a solution yet.” You can do a sit-in again another day.',
  ),
});

export const gestureLabels = (): Record<GestureId, string> => ({
  drink: msg('Make them a favourite drink or snack'),
  meal: msg('Cook a meal they like'),
  outing: msg('Invite them to a film, a walk or a game'),
  note: msg('Leave a kind note'),
  time: msg('Offer time together doing something they enjoy'),
});

export const repeatLabels = (): Record<Exclude<Repeat, ''>, string> => ({
  days: msg('In a few days, if nothing changes'),
  week: msg('In about a week'),
  practitioner: msg('I will decide with my practitioner'),
});

export const afterContent = () => ({
  intro: msg(
    'Do not talk about the sit-in later that day. Keep showing that you care: small, kind gestures are not rewards, and they do not depend on behaviour.',
  ),
  gestures: msg('Which small gestures of care could you offer in the days after?'),
  otherGesture: msg('Another gesture (optional)'),
  repeat: msg('When might you do a sit-in again, if needed?'),
  messages: msg('Messages from supporters (optional)'),
  messagesHint: msg(
    'Who will send the young person a message, and what will it say? For example, that they care about them.',
  ),
});
