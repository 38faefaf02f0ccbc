import { describe, expect, it } from '../../../../test/unit/harness.js';
import { emptyPlan } from '../../src/model/plan.js';
import { formatDate, formatTime } from '../../src/model/format.js';
import { completePlan } from '../plans.js';

describe('plan dates and times as words', () => {
  it('shows a date that is not real as typed, and formats real ones in the page language', () => {
    expect(formatDate({ ...emptyPlan(), day: '31', month: '2', year: '2027' }, 'en-GB')).to.equal(
      '31 / 2 / 2027',
    );
    expect(formatDate(completePlan(), 'de')).to.equal('Freitag, 5. Dezember 2036');
    expect(formatDate(completePlan(), 'not a language!')).to.match(/^Friday,? 5 December 2036$/);
  });

  it('writes a time as HH:MM, or as typed if it is not a time', () => {
    expect(formatTime({ ...emptyPlan(), time: '7:05pm' })).to.equal('19:05');
    expect(formatTime({ ...emptyPlan(), time: ' after tea ' })).to.equal('after tea');
  });
});
