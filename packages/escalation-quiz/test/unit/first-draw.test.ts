import { describe, expect, it } from '../../../../test/unit/harness.js';
import fc from 'fast-check';
import { dayNumber, drawIds, firstDrawIds, PRERENDERED_UNSEEDED } from '../../src/model/quiz.js';

const bankOf = (size: number) => Array.from({ length: size }, (_, i) => ({ id: `q${i}` }));

describe('firstDrawIds (the draw a pre-rendered quiz and its no-script view share)', () => {
  it('with a seed, is exactly the seeded draw the quiz makes in the browser', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.string({ minLength: 1 }),
        fc.nat(),
        (size, seed, day) => {
          fc.pre(seed.trim() !== '');
          const options = { count: '6', seed };
          expect(firstDrawIds(bankOf(size), options)).to.deep.equal(
            drawIds(bankOf(size), { ...options, attempt: 0, unseeded: day }),
          );
        },
      ),
    );
  });

  it('without a seed, never depends on the day: the build cannot know the visitor’s', () => {
    const bank = bankOf(20);
    const fixed = drawIds(bank, { seed: undefined, attempt: 0, unseeded: PRERENDERED_UNSEEDED });
    for (const seed of [undefined, '', '   ']) {
      expect(firstDrawIds(bank, { seed }).ids).to.deep.equal(fixed.ids);
    }
    // Today's draw is another one (the fixed number is not a day anyone visits on).
    const today = drawIds(bank, { seed: undefined, attempt: 0, unseeded: dayNumber(Date.now()) });
    expect(today.ids).to.not.deep.equal(fixed.ids);
  });

  it('draws `count` distinct questions and passes a bad count on as a problem', () => {
    expect(firstDrawIds(bankOf(20), { count: '4', seed: '1' }).ids).to.have.length(4);
    const bad = firstDrawIds(bankOf(20), { count: 'lots', seed: '1' });
    expect(bad.ids).to.have.length(6);
    expect(new Set(bad.ids).size).to.equal(6);
    expect(bad.problem).to.equal('"lots" is not a whole number of questions; using 6');
  });
});
