import { describe, expect, it } from '../../../../test/unit/harness.js';
import fc from 'fast-check';
import { readAttributes } from '../../src/model/attributes.js';
import { draw, drawIds, drawSeed, inOrder, parseCount } from '../../src/model/quiz.js';

describe('readAttributes', () => {
  it('no attributes: the learn quiz, immediate feedback, level 3, no link, no problem', () => {
    expect(readAttributes({})).to.deep.equal({
      mode: 'learn',
      immediate: true,
      headingLevel: 3,
      deEscalationUrl: undefined,
      problems: [],
    });
  });

  it('reads valid values whatever their type or case', () => {
    const read = readAttributes({
      mode: 'Reflect',
      feedback: 'END',
      headingLevel: 2,
      deEscalationUrl: '/calm',
    });
    expect(read).to.deep.equal({
      mode: 'reflect',
      immediate: false,
      headingLevel: 2,
      deEscalationUrl: '/calm',
      problems: [],
    });
  });

  it('each wrong value falls back to its default and names its attribute', () => {
    const read = readAttributes({
      mode: 'quiz',
      feedback: 7,
      headingLevel: 'h2',
      deEscalationUrl: 'javascript:alert(1)',
    });
    expect([read.mode, read.immediate, read.headingLevel, read.deEscalationUrl]).to.deep.equal([
      'learn',
      true,
      3,
      undefined,
    ]);
    expect(read.problems.map((p) => p.field)).to.deep.equal([
      'mode',
      'feedback',
      'heading-level',
      'de-escalation-url',
    ]);
    expect(read.problems[3].problem).to.match(/javascript:alert\(1\).*; ignored$/);
  });

  it('never throws, and always gives a usable quiz, for any values at all', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.anything(),
        fc.anything(),
        fc.anything(),
        (mode, feedback, level, url) => {
          const read = readAttributes({ mode, feedback, headingLevel: level, deEscalationUrl: url });
          return (
            ['learn', 'reflect'].includes(read.mode) &&
            read.headingLevel >= 2 &&
            read.headingLevel <= 4 &&
            read.problems.every((p) => p.problem.length > 0)
          );
        },
      ),
    );
  });
});

describe('drawIds and inOrder', () => {
  const bank = Array.from({ length: 12 }, (_, i) => ({ id: `q${i}` }));

  it('draws `count` ids as draw() does with the same seed, and reports a count that is not a number', () => {
    const drawn = drawIds(bank, { count: '4', seed: 'spring', attempt: 0, unseeded: 1 });
    const expected = draw(bank, 4, drawSeed('spring', 0, 1)).map((q) => q.id);
    expect(drawn).to.deep.equal({ ids: expected, problem: undefined });
    const bad = drawIds(bank, { count: 'six', seed: undefined, attempt: 0, unseeded: 9 });
    expect(bad.ids).to.have.length(parseCount(undefined, bank.length).value);
    expect(bad.problem).to.equal('"six" is not a whole number of questions; using 6');
  });

  it('gives the questions back in the order of the ids, skipping ids the bank no longer has', () => {
    expect(inOrder(bank, ['q3', 'gone', 'q0']).map((q) => q.id)).to.deep.equal(['q3', 'q0']);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 1, max: 12 }),
        (seed, count) => {
          const { ids } = drawIds(bank, {
            count: String(count),
            seed: undefined,
            attempt: 0,
            unseeded: seed,
          });
          return (
            inOrder(bank, ids)
              .map((q) => q.id)
              .join() === ids.join() && new Set(ids).size === count
          );
        },
      ),
    );
  });
});
