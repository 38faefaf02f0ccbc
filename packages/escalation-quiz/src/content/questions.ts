import { msg } from '@lit/localize';
import type { Answer } from '../model/quiz.js';

/**
 * One scenario. Built-in content is plain text (rendered as text, never as HTML); an editor's
 * Markdown arrives as sanitised fragments.
 */
export interface Question {
  /** Stable id, used in events; not translated. */
  id: string;
  /** What the young person does and how the adult ("you") responds. */
  scenario: string | DocumentFragment;
  answer: Answer;
  /** Why, in one or two sentences (built-in questions: in builtInExplanations()). */
  explanation?: string | DocumentFragment;
  /** What a non-escalating response could sound like. */
  alternative?: string | DocumentFragment;
}

/**
 * The built-in bank: 20 everyday scenarios (6 symmetrical, 7 complementary, 7 neither), from young
 * children to young adults and across home, school, screens, money, siblings and lifts at night,
 * and two where safety comes first (a parent is hit; a threat of self-harm to get their way). Definitions follow the
 * course page (seed 003): symmetrical = parent and child losing their temper and trying to
 * control each other; complementary = the child becomes more coercive and the adults
 * increasingly give in. A function, so `msg()` runs in the current locale on every render.
 * Explanations are apart, in explanations.ts: the first question does not need them.
 */
export const builtInQuestions = (): Question[] => [
  {
    id: 'phone-month',
    answer: 'symmetrical',
    scenario: msg(
      'Your 14-year-old swears at you when you say it is time to put the phone away. You shout back: “Right, that’s it. No phone for a month!”',
    ),
  },
  {
    id: 'insult',
    answer: 'symmetrical',
    scenario: msg(
      'During a row about chores, your 16-year-old calls you a nasty name. You answer with a nasty name of your own.',
    ),
  },
  {
    id: 'thrown-book',
    answer: 'symmetrical',
    scenario: msg(
      'Your 9-year-old throws a reading book across the room and yells that homework is stupid. You yell louder, “Don’t you dare throw things!”, and stand over them until they pick it up.',
    ),
  },
  {
    id: 'door-slam',
    answer: 'symmetrical',
    scenario: msg(
      'Your 6-year-old slams the bedroom door again and again. You bang on the door and shout through it that they must stop right now, or else.',
    ),
  },
  {
    id: 'midnight-lift',
    answer: 'symmetrical',
    scenario: msg(
      'At midnight your 15-year-old texts from a party: “Pick me up NOW.” You phone back shouting, and say you will come in and drag them out in front of everyone.',
    ),
  },
  {
    id: 'school-call',
    answer: 'symmetrical',
    scenario: msg(
      'The school phones to say your 12-year-old was rude to a teacher. When they get home, you start shouting before they have taken their coat off. They shout back, and you both say things you regret.',
    ),
  },
  {
    id: 'wifi-password',
    answer: 'complementary',
    scenario: msg(
      'Your 13-year-old says they will smash the TV unless you give them the new Wi-Fi password. You hand it over to keep the peace.',
    ),
  },
  {
    id: 'paid-for-school',
    answer: 'complementary',
    scenario: msg(
      'Your 15-year-old refuses to go to school unless you pay them. You pay £5. The next week they want £10, and you pay again.',
    ),
  },
  {
    id: 'supermarket-sweets',
    answer: 'complementary',
    scenario: msg(
      'In the supermarket, your 5-year-old screams and kicks the trolley until you buy the sweets you had said no to.',
    ),
  },
  {
    id: 'stopped-asking',
    answer: 'complementary',
    scenario: msg(
      'Every time you ask your 10-year-old to help tidy up, they shout and kick the furniture. So you have stopped asking, and you do it all yourself.',
    ),
  },
  {
    id: 'money-night-out',
    answer: 'complementary',
    scenario: msg(
      'Your 19-year-old, who lives at home, demands money for a night out and says you are the worst parent ever if you refuse. You send the money, though you cannot afford it.',
    ),
  },
  {
    id: 'fight-then-fine',
    answer: 'complementary',
    scenario: msg(
      'Your 13-year-old wants to stay out until midnight. After a loud row, your final answer is: “Fine, do what you want!” Think about that final answer.',
    ),
  },
  {
    id: 'come-back-later',
    answer: 'none',
    scenario: msg(
      'Your 14-year-old shouts at you to give back the phone you took at bedtime. You say calmly, “I won’t accept being shouted at. I’ll think about it and come back to you,” and leave the room.',
    ),
  },
  {
    id: 'next-morning',
    answer: 'none',
    scenario: msg(
      'The morning after your 12-year-old broke a chair in anger, you and your partner sit down with them and calmly say: “Yesterday a chair was broken. We won’t accept breaking things. We’ll be thinking about what to do.”',
    ),
  },
  {
    id: 'siblings-safety',
    answer: 'none',
    scenario: msg(
      'Your 13-year-old keeps pushing their younger brother hard during a fight over the TV remote. You step in at once, say calmly, “I won’t let anyone get hurt,” and take the younger one to another room. Later, when all is calm, you come back to the pushing.',
    ),
  },
  {
    id: 'tv-off',
    answer: 'none',
    scenario: msg(
      'Your 7-year-old shouts “I hate you!” when you turn off the TV. You stay nearby, keep your voice low, say “The TV stays off,” and wait without arguing.',
    ),
  },
  {
    id: 'aunt-message',
    answer: 'none',
    scenario: msg(
      'Your 17-year-old keeps taking money from your purse. Instead of a row, you tell your sister what is happening. She sends a message: “I heard about the money. That’s not OK. I care about you and I’ll help you put it right.”',
    ),
  },
  {
    id: 'school-refusal',
    answer: 'none',
    scenario: msg(
      'Your 11-year-old drops their bag and says, “I’m not going to school and you can’t make me.” You say calmly, “I want you to go to school, and I won’t fight about it now.” You let the school know and ask for a meeting to plan together.',
    ),
  },
  {
    id: 'hit-parent',
    answer: 'none',
    scenario: msg(
      'Your 15-year-old hits you when you say no to a lift. You don’t hit back or shout. You go to a safe room and say, “I won’t accept being hit.” The next day, you tell your sister.',
    ),
  },
  {
    id: 'self-harm-threat',
    answer: 'complementary',
    scenario: msg(
      'Your 16-year-old says they will hurt themselves unless you let them go to a party. Frightened, you say yes at once, and nothing more is said about it.',
    ),
  },
];
