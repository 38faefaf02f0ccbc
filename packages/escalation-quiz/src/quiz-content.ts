import { msg } from '@lit/localize';
import type { Answer } from './quiz-model.js';

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
  /** Why, in one or two sentences. */
  explanation: string | DocumentFragment;
  /** What a non-escalating response could sound like. */
  alternative?: string | DocumentFragment;
}

/**
 * The built-in bank: 18 everyday scenarios, six per answer, from young children to young adults
 * and across home, school, screens, money, siblings and lifts at night. Definitions follow the
 * course page (seed 003): symmetrical = parent and child losing their temper and trying to
 * control each other; complementary = the child becomes more coercive and the adults
 * increasingly give in. A function, so `msg()` runs in the current locale on every render.
 */
export const builtInQuestions = (): Question[] => [
  {
    id: 'phone-month',
    answer: 'symmetrical',
    scenario: msg(
      'Your 14-year-old swears at you when you say it is time to put the phone away. You shout back: “Right, that’s it. No phone for a month!”',
    ),
    explanation: msg(
      'Anger is met with anger, and a big threat raises the stakes. You are both trying to control each other, so the fight usually gets bigger.',
    ),
    alternative: msg('“I don’t accept swearing at me. I won’t argue now. I’ll come back to this later.”'),
  },
  {
    id: 'insult',
    answer: 'symmetrical',
    scenario: msg(
      'During a row about chores, your 16-year-old calls you a nasty name. You answer with a nasty name of your own.',
    ),
    explanation: msg(
      'Insult meets insult, and each reply tends to be a little harsher than the last. That is symmetrical escalation.',
    ),
    alternative: msg(
      'Say briefly, “I won’t talk like this,” and leave the room to calm down. Come back to the name-calling when you are both calm.',
    ),
  },
  {
    id: 'thrown-book',
    answer: 'symmetrical',
    scenario: msg(
      'Your 9-year-old throws a reading book across the room and yells that homework is stupid. You yell louder, “Don’t you dare throw things!”, and stand over them until they pick it up.',
    ),
    explanation: msg(
      'Shouting and standing over them turns this into a contest of who is stronger. Force is met with force, and both of you dig in.',
    ),
    alternative: msg(
      'Keep your voice low: “Throwing things is not OK.” Step back, and talk about it later, when you are both calm.',
    ),
  },
  {
    id: 'door-slam',
    answer: 'symmetrical',
    scenario: msg(
      'Your 6-year-old slams the bedroom door again and again. You bang on the door and shout through it that they must stop right now, or else.',
    ),
    explanation: msg(
      'Noise is met with noise and a threat. You are trying to force an end to it in the moment, which usually adds fuel.',
    ),
    alternative: msg(
      'Let the slamming pass for now. Later, say: “The door slamming was too much. I want us to find a better way.”',
    ),
  },
  {
    id: 'midnight-lift',
    answer: 'symmetrical',
    scenario: msg(
      'At midnight your 15-year-old texts from a party: “Pick me up NOW.” You phone back shouting, and say you will come in and drag them out in front of everyone.',
    ),
    explanation: msg(
      'The demand is met with anger and a threat to shame them. The lift home turns into a battle of wills.',
    ),
    alternative: msg(
      '“I’m glad you told me where you are. I’m coming to get you. We’ll talk about tonight tomorrow.” Getting them home safely comes first.',
    ),
  },
  {
    id: 'school-call',
    answer: 'symmetrical',
    scenario: msg(
      'The school phones to say your 12-year-old was rude to a teacher. When they get home, you start shouting before they have taken their coat off. They shout back, and you both say things you regret.',
    ),
    explanation: msg(
      'Both of you lose your temper and try to get the upper hand. Each angry sentence brings an angrier one back.',
    ),
    alternative: msg(
      '“The school told me about today. I’m not going to shout. We’ll talk about it after dinner.”',
    ),
  },
  {
    id: 'wifi-password',
    answer: 'complementary',
    scenario: msg(
      'Your 13-year-old says they will smash the TV unless you give them the new Wi-Fi password. You hand it over to keep the peace.',
    ),
    explanation: msg(
      'Giving in under a threat ends this moment, but it shows that threats work. The next demand is often bigger.',
    ),
    alternative: msg('“I won’t decide because of a threat. I’ll think about it and come back to you.”'),
  },
  {
    id: 'paid-for-school',
    answer: 'complementary',
    scenario: msg(
      'Your 15-year-old refuses to go to school unless you pay them. You pay £5. The next week they want £10, and you pay again.',
    ),
    explanation: msg(
      'Each time you give in, the price goes up. This is how complementary escalation grows: giving in breeds bigger demands.',
    ),
    alternative: msg(
      '“I won’t pay you to go to school. I care about you, and I’m going to ask the school and people we trust to help.”',
    ),
  },
  {
    id: 'supermarket-sweets',
    answer: 'complementary',
    scenario: msg(
      'In the supermarket, your 5-year-old screams and kicks the trolley until you buy the sweets you had said no to.',
    ),
    explanation: msg(
      'The screaming got the sweets, so next time the screaming may start sooner and be louder.',
    ),
    alternative: msg(
      'Stay calm and close: “I said no.” Let the screaming pass without arguing, or finish the shopping another time.',
    ),
  },
  {
    id: 'stopped-asking',
    answer: 'complementary',
    scenario: msg(
      'Every time you ask your 10-year-old to help tidy up, they shout and kick the furniture. So you have stopped asking, and you do it all yourself.',
    ),
    explanation: msg(
      'Backing away to avoid an outburst is a quiet way of giving in. Letting small things go is fine when you choose it as a plan, not when fear chooses for you.',
    ),
    alternative: msg(
      'Decide what matters most. For the kicking, say calmly: “Kicking the furniture is not OK. I’ll come back to this.”',
    ),
  },
  {
    id: 'money-night-out',
    answer: 'complementary',
    scenario: msg(
      'Your 19-year-old, who lives at home, demands money for a night out and says you are the worst parent ever if you refuse. You send the money, though you cannot afford it.',
    ),
    explanation: msg(
      'Paying to stop the pressure teaches that pressure pays. Demands like this tend to grow as the young person gets older.',
    ),
    alternative: msg('“I won’t give money when I’m shouted at. I’ll think about it and let you know tomorrow.”'),
  },
  {
    id: 'fight-then-fine',
    answer: 'complementary',
    scenario: msg(
      'Your 13-year-old wants to stay out until midnight. You argue, both voices getting louder, until you shout, “Fine, do what you want!” and walk away.',
    ),
    explanation: msg(
      'It started as symmetrical escalation, a shouting match, and turned into complementary escalation when you gave in. The two often feed each other: after a big fight, giving in can feel like the only way out.',
    ),
    alternative: msg(
      'Before the voices rise: “I don’t agree, and I won’t decide while we’re both upset. I’ll come back to you.”',
    ),
  },
  {
    id: 'come-back-later',
    answer: 'none',
    scenario: msg(
      'Your 14-year-old shouts at you to give back the phone you took at bedtime. You say calmly, “I won’t accept being shouted at. I’ll think about it and come back to you,” and leave the room.',
    ),
    explanation: msg(
      'You neither fight back nor give in. Delaying your answer lets everyone cool down: strike while the iron is cold.',
    ),
    alternative: msg(
      'Later, when things are calm, you might ask someone you trust to help you think about what to do.',
    ),
  },
  {
    id: 'next-morning',
    answer: 'none',
    scenario: msg(
      'The morning after your 12-year-old broke a chair in anger, you and your partner sit down with them and calmly say: “Yesterday a chair was broken. We won’t accept breaking things. We’ll be thinking about what to do.”',
    ),
    explanation: msg(
      'You name one behaviour, together, once things are calm, with no threats. That is parental presence, not escalation.',
    ),
    alternative: msg(
      'A small kind gesture later that day, with no conditions, shows that the relationship still matters.',
    ),
  },
  {
    id: 'siblings-safety',
    answer: 'none',
    scenario: msg(
      'Your 13-year-old keeps pushing their younger brother hard during a fight over the TV remote. You step in at once, say calmly, “I won’t let anyone get hurt,” and take the younger one to another room. Later, when all is calm, you come back to the pushing.',
    ),
    explanation: msg(
      'Protecting first is right. Waiting is for your response to the behaviour, never for keeping someone safe. You act without shouting or threats.',
    ),
    alternative: msg(
      'If anyone is in danger and you cannot keep them safe, call the emergency number.',
    ),
  },
  {
    id: 'tv-off',
    answer: 'none',
    scenario: msg(
      'Your 7-year-old shouts “I hate you!” when you turn off the TV. You stay nearby, keep your voice low, say “The TV stays off,” and wait without arguing.',
    ),
    explanation: msg(
      'You do not shout back and you do not switch the TV back on. You stay calm and present, and the storm can pass.',
    ),
    alternative: msg('Later, you might read a story together: a small sign that you are still close.'),
  },
  {
    id: 'aunt-message',
    answer: 'none',
    scenario: msg(
      'Your 17-year-old keeps taking money from your purse. Instead of a row, you tell your sister what is happening. She sends a message: “I heard about the money. That’s not OK. I care about you and I’ll help you put it right.”',
    ),
    explanation: msg(
      'Breaking the silence and asking for support is neither fighting nor giving in. Other caring adults add their voice, calmly.',
    ),
    alternative: msg('You could also say, once: “Taking money is not OK. We are going to find a way to put it right.”'),
  },
  {
    id: 'school-refusal',
    answer: 'none',
    scenario: msg(
      'Your 11-year-old drops their bag and says, “I’m not going to school and you can’t make me.” You answer, “I’m not going to fight about it now,” let the school know, and ask for a meeting to plan together.',
    ),
    explanation: msg(
      'You don’t force or threaten, and you don’t pretend it doesn’t matter. You stay calm and bring in support.',
    ),
    alternative: msg('Tell your child what you are doing: “I’m talking to school because I care about you.”'),
  },
];
