import { emptyPlan, STEPS, type Readiness, type SitInPlan } from '../src/plan-model.js';

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
