import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { emptyPlan } from '../src/model/plan.js';
import { planSummary, planText } from '../src/content/plan-text.js';
import { completePlan } from './plans.js';

describe('plain-text plan', () => {
  it('lists every step with the parent’s answers, in words', () => {
    const text = planText({ ...completePlan(), otherGesture: 'A hug' }, 'en-GB');
    for (const expected of [
      'Our sit-in plan',
      '1. Is now the right time?',
      '2. The behaviour',
      '  hitting your sister',
      '  Sam, Mum',
      '  Jo, Aunt',
      '  Pat, Be on call during the sit-in',
      '  The young person’s bedroom',
      '  19:30',
      '  30 minutes',
      '  Nobody blocks the door or holds the young person. Anyone can leave.',
      '  Make them a favourite drink or snack',
      '  A hug',
      '  In about a week',
    ]) {
      expect(text.split('\r\n'), expected).to.include(expected);
    }
    expect(text).to.contain(
      '\r\n  We are here because we care about you. We are no longer willing to accept hitting',
    );
    expect(text).to.match(/\r\n {2}Friday,? 5 December 2036\r\n/);
  });

  it('puts how to end with the during rules, and what to do afterwards with step 7', () => {
    const text = planText(completePlan(), 'en-GB');
    const at = (s: string) => text.indexOf(s);
    expect(at('If no suggestion comes, leave at the agreed time')).to.be.within(
      at('6. During and ending'),
      at('7. Afterwards'),
    );
    expect(at('Do not talk about the sit-in later that day.')).to.be.above(at('7. Afterwards'));
  });

  it('says "Not answered" for empty answers, and gives each risky answer its own guidance', () => {
    const text = planText({ ...emptyPlan(), dangerNow: 'yes', weapons: 'unsure' }, 'en-GB', '112');
    expect(text).to.contain('Not answered');
    expect(text).to.contain('  Right now, safety comes first. This is not the time for a sit-in.');
    expect(text).to.contain('  If anyone is in danger, call 112.');
    expect(text).to.contain('  Lock them away or take them out of the home before the sit-in.');
    const safe = planText(completePlan(), 'en-GB');
    expect(safe).not.to.contain('This is not the time');
    expect(safe).not.to.contain('Lock them away');
  });

  it('always has when to call the emergency number, in "During and ending", whatever step 1 says', () => {
    for (const plan of [completePlan(), emptyPlan(), { ...completePlan(), dangerNow: 'yes' as const }]) {
      const text = planText(plan, 'en-GB', '112');
      const at = text.indexOf(
        '  Call 112 at once if someone is hurt, if there is a weapon, if someone’s life is in danger, or if someone cannot leave.',
      );
      expect(at).to.be.within(text.indexOf('6. During and ending'), text.indexOf('7. Afterwards'));
      // The general safety reminders are there too, for everyone attending.
      expect(text).to.contain('  Do not do a sit-in alone.');
    }
  });

  it('keeps every line of free text, as text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (behaviour) => {
        const rows = planSummary({ ...emptyPlan(), behaviour }, 'en-GB')[1].rows[0].lines;
        expect(rows.join('\n')).to.equal(behaviour.trim().replace(/\r\n|\r/g, '\n'));
      }),
    );
  });
});
