import { describe, expect, it } from '../../../../test/unit/harness.js';
import fc from 'fast-check';
import { FeeSession } from '../../src/state/fee-session.js';
import { computeQuote } from '../../src/model/quote.js';
import { config as list, item } from './fixtures.js';

const config = list(
  [
    item('course', 50_000, 'exclusive', { group: 'Level' }),
    item('plus', 66_000, 'exclusive', { group: 'Level' }),
    item('book', 2_000, 'exclusive', { requires: ['course'] }),
  ],
  {
    participants: { min: 1, max: 10, default: 2 },
    discounts: [{ id: 'club', label: 'Club', type: 'percent', value: 100_000, code: 'NVR' }],
  },
);

/** A session that records what it reported and how often it asked to render. */
function session() {
  const reported: string[] = [];
  let renders = 0;
  const s = new FeeSession(
    (field, problem) => reported.push(`${field}: ${problem}`),
    () => renders++,
  );
  s.pricer = computeQuote;
  return { s, reported, renders: () => renders };
}

describe('FeeSession', () => {
  it('starts from the attributes: selection in order, count clamped, each mistake reported once in the list', () => {
    const { s, reported } = session();
    s.setConfig(config, 'book, nope', '99');
    expect(s.items).to.have.members(['course', 'book']);
    expect(s.participants).to.equal(10);
    expect(reported).to.deep.equal([
      'selected: "nope" is not the id of an item; ignored',
      'participants: "99" is not a whole number from 1 to 10; using 10',
    ]);
    s.startWith('99');
    expect(s.problems).to.have.length(2);
    expect(reported, 'the console warning is the element’s to deduplicate').to.have.length(3);
  });

  it('uses the list’s default count when none is given, and reports what is not a number', () => {
    const { s, reported } = session();
    s.setConfig(config, undefined, undefined);
    expect([s.participants, reported]).to.deep.equal([2, []]);
    s.startWith('lots');
    expect(s.participants).to.equal(2);
    expect(reported).to.deep.equal(['participants: "lots" is not a whole number from 1 to 10; using 2']);
  });

  it('keeps one option per group and lets go of what required an option let go', () => {
    const { s, renders } = session();
    s.setConfig(config, 'course, book', undefined);
    s.toggle('plus', true);
    expect(s.items).to.deep.equal(['plus']);
    s.toggle('book', true);
    expect(s.items).to.have.members(['course', 'book']);
    s.toggle('course', false);
    expect(s.items).to.deep.equal([]);
    expect(renders()).to.be.greaterThan(3);
  });

  it('flags a typed count that is not allowed without changing the quote’s count', () => {
    const { s } = session();
    s.setConfig(config, 'course', '3');
    for (const typed of ['', '0', '11', '2.5', 'e', ' ']) {
      s.typeParticipants(typed);
      expect([s.badCount, s.participants], typed).to.deep.equal([true, 3]);
    }
    s.typeParticipants('4');
    expect([s.badCount, s.participants]).to.deep.equal([false, 4]);
  });

  it('prices with the applied code, and gives the nvr-fee-change detail in minor units', () => {
    const { s } = session();
    s.setConfig(config, 'course', '1');
    s.applyCode('  nvr ');
    const quote = s.quote(new Date(2026, 0, 1));
    expect(quote && s.detail(quote)).to.deep.equal({
      currency: 'GBP',
      participants: 1,
      items: [{ id: 'course', quantity: 1, net: 45_000, vat: 9_000, gross: 54_000 }],
      discounts: [{ id: 'club', amount: 5_000 }],
      net: 45_000,
      vat: 9_000,
      gross: 54_000,
      dueLater: 0,
    });
  });

  it('reports an unknown show-vat and compare id, and keeps what was valid', () => {
    const { s, reported } = session();
    s.setConfig(config, undefined, undefined);
    s.setVat('including');
    s.setVat('gross');
    expect(s.vat).to.equal('including');
    expect(s.compared('course, later', true).map((i) => i.id)).to.deep.equal(['course']);
    expect(reported).to.deep.equal([
      'show-vat: "gross" is not "excluding" or "including"',
      'compare: "later" is not the id of an item; ignored',
    ]);
  });

  it('prices without discounts until it is given the discount rules', () => {
    const s = new FeeSession(
      () => {},
      () => {},
    );
    s.setConfig(config, 'course', '1');
    s.applyCode('NVR');
    expect(s.quote()?.gross).to.equal(60_000);
    s.pricer = computeQuote;
    expect(s.quote()?.gross).to.equal(54_000);
  });

  it('before any list, ignores input and gives no quote (never throws)', () => {
    const { s } = session();
    s.toggle('course', true);
    s.typeParticipants('3');
    s.select('course');
    expect([s.items, s.quote(), s.compared('a,b')]).to.deep.equal([[], undefined, []]);
  });

  it('whatever the visitor does, the count stays allowed and every total is a whole number of minor units', () => {
    const action = fc.oneof(
      fc.record({ toggle: fc.constantFrom('course', 'plus', 'book', 'x'), on: fc.boolean() }),
      fc.record({ typed: fc.oneof(fc.string(), fc.integer({ min: -5, max: 20 }).map(String)) }),
      fc.record({ code: fc.constantFrom('', 'NVR', 'nope') }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 20 }), (actions) => {
        const { s } = session();
        s.setConfig(config, undefined, undefined);
        for (const a of actions) {
          if ('toggle' in a) s.toggle(a.toggle, a.on);
          else if ('typed' in a) s.typeParticipants(a.typed);
          else s.applyCode(a.code);
        }
        const { min, max } = config.participants;
        expect(s.participants >= min && s.participants <= max).to.equal(true);
        expect(s.items.filter((id) => id === 'course' || id === 'plus').length).to.be.at.most(1);
        if (s.items.includes('book')) expect(s.items).to.include('course');
        const quote = s.quote();
        expect(Number.isSafeInteger(quote?.gross)).to.equal(true);
      }),
      { numRuns: 1_000 },
    );
  });
});
