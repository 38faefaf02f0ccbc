/**
 * Why each built-in scenario is what it is, and what a non-escalating response could sound like.
 * Loaded lazily with the feedback and results views, once the visitor starts answering.
 */
import { msg } from '@lit/localize';

export const builtInExplanations = (): Record<string, { explanation: string; alternative: string }> => ({
  'phone-month': {
    explanation: msg(
      'Anger is met with anger, and a big threat raises the stakes. You are both trying to control each other, so the fight usually gets bigger.',
    ),
    alternative: msg('“I don’t accept swearing at me. I won’t argue now. I’ll come back to this later.”'),
  },
  insult: {
    explanation: msg(
      'Insult meets insult, and each reply tends to be a little harsher than the last. That is symmetrical escalation.',
    ),
    alternative: msg(
      'Say briefly, “I won’t talk like this,” and leave the room to calm down. Come back to the name-calling when you are both calm.',
    ),
  },
  'thrown-book': {
    explanation: msg(
      'Shouting and standing over them turns this into a contest of who is stronger. Force is met with force, and both of you dig in.',
    ),
    alternative: msg(
      'Keep your voice low: “Throwing things is not OK.” Step back, and talk about it later, when you are both calm.',
    ),
  },
  'door-slam': {
    explanation: msg(
      'Noise is met with noise and a threat. You are trying to force an end to it in the moment, which usually adds fuel.',
    ),
    alternative: msg(
      'Let the slamming pass for now. Later, say: “The door slamming was too much. I want us to find a better way.”',
    ),
  },
  'midnight-lift': {
    explanation: msg(
      'The demand is met with anger and a threat to shame them. The lift home turns into a battle of wills.',
    ),
    alternative: msg(
      '“I’m glad you told me where you are. I’m coming to get you. We’ll talk about tonight tomorrow.” Getting them home safely comes first.',
    ),
  },
  'school-call': {
    explanation: msg(
      'Both of you lose your temper and try to get the upper hand. Each angry sentence brings an angrier one back.',
    ),
    alternative: msg(
      '“The school told me about today. I’m not going to shout. We’ll talk about it after dinner.”',
    ),
  },
  'wifi-password': {
    explanation: msg(
      'Giving in under a threat ends this moment, but it shows that threats work. The next demand is often bigger.',
    ),
    alternative: msg('“I won’t decide because of a threat. I’ll think about it and come back to you.”'),
  },
  'paid-for-school': {
    explanation: msg(
      'Each time you give in, the price goes up. This is how complementary escalation grows: giving in breeds bigger demands.',
    ),
    alternative: msg(
      '“I won’t pay you to go to school. I care about you, and I’m going to ask the school and people we trust to help.”',
    ),
  },
  'supermarket-sweets': {
    explanation: msg(
      'The screaming got the sweets, so next time the screaming may start sooner and be louder.',
    ),
    alternative: msg(
      'Stay calm and close: “I said no.” Let the screaming pass without arguing, or finish the shopping another time.',
    ),
  },
  'stopped-asking': {
    explanation: msg(
      'Backing away to avoid an outburst is a quiet way of giving in. Letting small things go is fine when you choose it as a plan, not when fear chooses for you.',
    ),
    alternative: msg(
      'Decide what matters most. For the kicking, say calmly: “Kicking the furniture is not OK. I’ll come back to this.”',
    ),
  },
  'money-night-out': {
    explanation: msg(
      'Paying to stop the pressure teaches that pressure pays. Demands like this tend to grow as the young person gets older.',
    ),
    alternative: msg(
      '“I won’t give money when I’m shouted at. I’ll think about it and let you know tomorrow.”',
    ),
  },
  'fight-then-fine': {
    explanation: msg(
      'Your final answer gives in to end the row: that is complementary escalation. It came after a shouting match (symmetrical escalation), and the two often feed each other: after a big fight, giving in can feel like the only way out.',
    ),
    alternative: msg(
      'Before the voices rise: “I don’t agree, and I won’t decide while we’re both upset. I’ll come back to you.”',
    ),
  },
  'come-back-later': {
    explanation: msg(
      'You neither fight back nor give in. Delaying your answer lets everyone cool down: strike while the iron is cold.',
    ),
    alternative: msg(
      'Later, when things are calm, you might ask someone you trust to help you think about what to do.',
    ),
  },
  'next-morning': {
    explanation: msg(
      'You name one behaviour, together, once things are calm, with no threats. That is parental presence, not escalation.',
    ),
    alternative: msg(
      'A small kind gesture later that day, with no conditions, shows that the relationship still matters.',
    ),
  },
  'siblings-safety': {
    explanation: msg(
      'Protecting first is right. Waiting is for your response to the behaviour, never for keeping someone safe. You act without shouting or threats.',
    ),
    alternative: msg('If anyone is in danger and you cannot keep them safe, call the emergency number.'),
  },
  'tv-off': {
    explanation: msg(
      'You do not shout back and you do not switch the TV back on. You stay calm and present, and the storm can pass.',
    ),
    alternative: msg('Later, you might read a story together: a small sign that you are still close.'),
  },
  'aunt-message': {
    explanation: msg(
      'Breaking the silence and asking for support is neither fighting nor giving in. Other caring adults add their voice, calmly.',
    ),
    alternative: msg(
      'You could also say, once: “Taking money is not OK. We are going to find a way to put it right.”',
    ),
  },
  'school-refusal': {
    explanation: msg(
      'You say clearly where you stand, without forcing or threatening, and without pretending it doesn’t matter. Then you bring in support. That is neither fighting back nor giving in.',
    ),
    alternative: msg('Tell your child what you are doing: “I’m talking to school because I care about you.”'),
  },
  'hit-parent': {
    explanation: msg(
      'Your safety comes first. You get to a safe place without hitting back and without giving in, and you do not keep the violence secret. If you are hurt or in danger, call the emergency number.',
    ),
    alternative: msg(
      'When things are calm, you and a supporter could say: “Hitting is violence. We won’t accept it, and we won’t keep it secret.”',
    ),
  },
  'self-harm-threat': {
    explanation: msg(
      'Saying yes is understandable when you are frightened. But giving in does not keep them safe, and it can teach that threats work. Safety comes first: take every threat of self-harm seriously. Stay with them and get help, from a crisis line, or the emergency number if they are in danger now.',
    ),
    alternative: msg(
      '“I take what you said very seriously. I’m staying with you, and I’m calling for advice. I won’t decide about the party now.”',
    ),
  },
});
