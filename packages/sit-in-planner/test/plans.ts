import fc from 'fast-check';
import {
  ANSWERS,
  GESTURES,
  HELP,
  MAX_ADULTS,
  MAX_SUPPORTERS,
  PLACES,
  REPEATS,
  RULES,
  STEPS,
  emptyPlan,
  type Readiness,
  type SitInPlan,
} from '../src/model/plan.js';

/** Step 1 answered with no risk at all: no question shows its guidance. */
export const SAFE_READINESS: Readiness = {
  dangerNow: 'no',
  calmNow: 'yes',
  substances: 'no',
  violentBefore: 'no',
  weapons: 'no',
  siblings: 'no',
  selfHarm: 'no',
  sensory: 'no',
  adultsHarm: 'no',
  hasSupport: 'yes',
};

/** A plan whose every step is answered and valid. */
export function completePlan(): SitInPlan {
  return {
    ...emptyPlan(),
    ...SAFE_READINESS,
    behaviour: 'hitting your sister',
    adults: [
      { name: 'Sam', relationship: 'Mum' },
      { name: 'Jo', relationship: 'Aunt' },
    ],
    supporters: [{ name: 'Pat', help: 'call' }],
    place: 'bedroom',
    day: '5',
    month: '12',
    year: '2036',
    time: '19:30',
    minutes: '30',
    ifEscalates: 'We stop and leave calmly.',
    gestures: ['drink'],
    repeat: 'week',
    done: STEPS.filter((s) => s !== 'check'),
  };
}

export const text = fc.string({ maxLength: 60, unit: 'grapheme' });
export const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
export const subset = <T>(values: readonly T[]) => fc.subarray([...values]);

/** One edit a parent can make in the planner: a field and a valid value for it. */
export const edit: fc.Arbitrary<Partial<SitInPlan>> = fc.oneof(
  fc.record({ calmNow: pick(['', ...ANSWERS] as const) }),
  fc.record({ dangerNow: pick(['', ...ANSWERS] as const) }),
  fc.record({ weapons: pick(['', ...ANSWERS] as const), selfHarm: pick(['', ...ANSWERS] as const) }),
  fc.record({ calendarTitle: text }),
  fc.record({ behaviour: text }),
  fc.record({
    adults: fc.array(fc.record({ name: text, relationship: text }), { minLength: 2, maxLength: MAX_ADULTS }),
  }),
  fc.record({
    supporters: fc.array(fc.record({ name: text, help: pick(['', ...HELP] as const) }), {
      maxLength: MAX_SUPPORTERS,
    }),
  }),
  fc.record({ place: pick(['', ...PLACES] as const), placeOther: text }),
  fc.record({ day: text, month: text, year: text, time: text, minutes: text }),
  fc.record({ statement: text, statementEdited: fc.boolean() }),
  fc.record({ rules: subset(RULES), ifEscalates: text, ifLeaves: text, ifSuggestion: text }),
  fc.record({ gestures: subset(GESTURES), otherGesture: text, repeat: pick(['', ...REPEATS] as const) }),
  fc.record({ messages: text, done: subset(STEPS), hideOnExit: fc.boolean(), locked: fc.boolean() }),
);
