import { msg } from '@lit/localize';

/** One built-in cornerstone, in plain text (rendered as text, never as HTML). */
export interface Cornerstone {
  /** Stable id, used in events and deep links; not translated. */
  id: string;
  title: string;
  summary: string;
  /** What it means, one paragraph per entry. */
  body: string[];
  /** Two or three things a parent might actually do or say. */
  examples: string[];
}

/**
 * The five cornerstones of NVR in the order of the source course page (seed 003): de-escalation,
 * prioritising, breaking the seal of silence, raising parental presence, reconciliation and
 * repair. A function, not a constant, so `msg()` runs in the current locale on every render.
 */
export const builtInCornerstones = (): Cornerstone[] => [
  {
    id: 'de-escalation',
    title: msg('De-escalation'),
    summary: msg('Stay calm in the heat of the moment, and respond later, when things have cooled down.'),
    body: [
      msg(
        'When tempers rise, fighting back and giving in both make things worse. You do not have to win the argument or answer straight away. Looking after your own feelings comes first: a calmer you is safer for everyone.',
      ),
    ],
    examples: [
      msg('“I don’t accept that. I’ll think about what to do and come back to you.”'),
      msg('Not answering a demand for “Now!”, and leaving the room to calm down if you need to.'),
      msg('Keeping your voice low and your words few. No threats that start with “If you… then…”.'),
    ],
  },
  {
    id: 'prioritising',
    title: msg('Prioritising'),
    summary: msg('Choose the one or two behaviours that matter most, and let smaller things go for now.'),
    body: [
      msg(
        'You cannot tackle everything at once. Many parents sort behaviours into a large, a medium and a small basket. Only the large basket gets your full response: violence, risks to safety, and the behaviour that harms most.',
      ),
    ],
    examples: [
      msg('Naming one clear behaviour, like “hitting your sister”, not “your attitude”.'),
      msg('Letting an untidy bedroom or a rude word pass for now, so you have energy for what matters.'),
    ],
  },
  {
    id: 'support',
    title: msg('Breaking the silence and building support'),
    summary: msg('You are not alone. Tell people you trust what is happening, and ask them to help.'),
    body: [
      msg(
        'Violence at home often stays secret, out of fear or shame, and that leaves parents alone with it. Tell family, friends, neighbours or other adults who care about your child. It gives you strength, and it shows your child that others care too.',
      ),
    ],
    examples: [
      msg('Asking a grandparent, aunt or family friend to send your child a message after an incident.'),
      msg('Supporters noticing good moments too, however small, and saying so.'),
      msg('Having someone you can phone when things get difficult.'),
    ],
  },
  {
    id: 'presence',
    title: msg('Raising your presence through nonviolent action'),
    summary: msg(
      'Show, calmly and firmly, that you are here, that you care, and that you will not accept the harm.',
    ),
    body: [
      msg(
        'Parental presence means being there in your child’s life: interested in where they are and who they are with, and clear about what you will resist. Instead of punishments, Non-Violent Resistance (NVR) uses planned, peaceful steps. You take them together with your supporters.',
      ),
    ],
    examples: [
      msg(
        'An announcement: a letter you read aloud. It says you will resist the harm without violence, and will not keep it secret.',
      ),
      msg(
        'A sit-in, planned with your supporters: a few caring adults say which harmful behaviour they will no longer accept. Then they sit quietly with your child and wait for a suggestion.',
      ),
      msg('Delaying your response until you have thought it through, instead of punishing on the spot.'),
    ],
  },
  {
    id: 'reconciliation',
    title: msg('Reconciliation and repair'),
    summary: msg('Keep showing your love with small acts of kindness that do not depend on behaviour.'),
    body: [
      msg(
        'The main aim of NVR is to repair and rebuild your relationship. Reconciliation gestures are not rewards and do not have to be earned. They keep the door open, even on difficult days. If you lose your temper, saying sorry is part of repair too. Repair also means your child making amends: putting right what they did.',
      ),
    ],
    examples: [
      msg('Bringing a cup of tea or a favourite snack, without asking for anything back.'),
      msg('Inviting your child to watch a film together, or to help you cook.'),
      msg('Saying sorry for shouting yesterday, without adding a “but”.'),
    ],
  },
];
