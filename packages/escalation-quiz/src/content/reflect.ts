/**
 * Reflect mode's statements and profiles. Loaded with a dynamic import only when `mode="reflect"`,
 * so the learn quiz (the default) does not carry it.
 */
import { msg } from '@lit/localize';
import type { Profile, Statement } from '../model/reflect.js';

export interface ReflectStatement extends Statement {
  text: string;
}

export interface ProfileText {
  title: string;
  meaning: string;
  /** One de-escalation idea to try this week. */
  idea: string;
}

/** Eight statements about the parent's own recent reactions: three of each escalation, two calm habits. */
export const reflectStatements = (): ReflectStatement[] => [
  {
    id: 'shout-back',
    leaning: 'symmetrical',
    text: msg('When my child shouts at me, I end up shouting back.'),
  },
  {
    id: 'give-in',
    leaning: 'complementary',
    text: msg('When my child demands something loudly, I end up giving in.'),
  },
  {
    id: 'wait',
    leaning: 'none',
    text: msg('When things get heated, I wait and come back to it once we are both calm.'),
  },
  {
    id: 'threats',
    leaning: 'symmetrical',
    text: msg('In an argument, I make threats I later wish I hadn’t.'),
  },
  {
    id: 'avoid-asking',
    leaning: 'complementary',
    text: msg('I avoid asking my child to do things, so there won’t be an outburst.'),
  },
  {
    id: 'win',
    leaning: 'symmetrical',
    text: msg('I feel I have to win an argument with my child there and then.'),
  },
  {
    id: 'keep-peace',
    leaning: 'complementary',
    text: msg('I do things I don’t want to do, just to keep the peace.'),
  },
  {
    id: 'talk-to-someone',
    leaning: 'none',
    text: msg('I talk to someone I trust about what happens at home.'),
  },
];

export const profileText = (profile: Profile): ProfileText =>
  ({
    symmetrical: {
      title: msg('You lean towards fighting back (symmetrical escalation)'),
      meaning: msg(
        'In hard moments you often meet anger with anger. That is a very human reaction when you feel pushed. But each harsh reply tends to bring a harsher one back.',
      ),
      idea: msg(
        'This week, when you feel your temper rise, try one sentence: “I won’t argue now. I’ll come back to this.” Then leave the room to calm down.',
      ),
    },
    complementary: {
      title: msg('You lean towards giving in (complementary escalation)'),
      meaning: msg(
        'In hard moments you often give in to keep the peace. That makes sense when you are tired or afraid. But each time giving in works, the demands tend to grow.',
      ),
      idea: msg(
        'This week, choose one demand you will not give in to, only where saying no is safe. Say calmly: “I won’t decide now. I’ll think about it and come back to you.”',
      ),
    },
    mixed: {
      title: msg('You swing between fighting back and giving in'),
      meaning: msg(
        'Sometimes you fight back, and sometimes you give in. The two feed each other: after a big fight, giving in can feel like the only way out, and giving in can make the next fight bigger.',
      ),
      idea: msg(
        'This week, notice which one happens, without blaming yourself. Write down one moment, and what you could say next time to neither fight nor give in.',
      ),
    },
    'non-escalating': {
      title: msg('You mostly manage not to escalate'),
      meaning: msg(
        'Your answers suggest that in hard moments you mostly neither fight back nor give in. That takes a lot of strength. Remember to look after yourself too.',
      ),
      idea: msg(
        'This week, tell one person you trust what is working for you, and ask them to stand with you when things get hard.',
      ),
    },
  })[profile];
