import { msg } from '@lit/localize';
import type { GestureId, Help, Place, Repeat, RuleId } from '../model/plan.js';

/** Built-in words of steps 2 to 7 (loaded with those steps); see planner-content.ts for the rest. */

export const behaviourContent = () => ({
  label: msg(
    'What is the one behaviour you will no longer accept? Write it as you would say it to the young person.',
  ),
  hint: msg(
    'Choose one behaviour from your “large basket”: the most harmful or unsafe one. Say what happens, not what the young person is like. Your words go into the opening words, as you write them.',
  ),
  clear: msg(
    'Clear: “hitting your sister”, “taking money from my purse”, “staying out all night without telling us”.',
  ),
  vague: msg('Too vague: “your attitude”, “being disrespectful”, “behaving badly”.'),
  /** Words that describe a child rather than a behaviour; translators give their own list. */
  vagueWords: msg(
    'attitude,respect,disrespect,disrespectful,rude,naughty,lazy,bad,badly,behave,behaving,behaviour,moody',
  ),
  vagueBefore: msg('Words like'),
  vagueAfter: msg(
    'are hard to see or count. Can you say what actually happens? For example, “swearing at me when I say no”.',
  ),
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
  /** Shown for school and "somewhere else": a sit-in is private. */
  placeWarning: msg(
    'Choose a private room. Never do a sit-in in public, or in front of the young person’s friends, brothers or sisters. At school, plan it with the staff.',
  ),
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
    'For example: say briefly that you heard it, that you will think about it together, and end on a kind note. A demand or blame (“I’ll stop if you buy me…”, “It’s your fault”) is not a suggestion: stay silent, or say calmly, “That is not a suggestion.”',
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
