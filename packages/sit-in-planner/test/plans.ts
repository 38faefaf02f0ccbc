import { emptyPlan, STEPS, type SitInPlan } from '../src/plan-model.js';

/** A plan whose every step is answered and valid. */
export function completePlan(): SitInPlan {
  return {
    ...emptyPlan(),
    calmNow: 'yes',
    violentBefore: 'no',
    dangerNow: 'no',
    hasSupport: 'yes',
    behaviour: 'Hitting your sister',
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
