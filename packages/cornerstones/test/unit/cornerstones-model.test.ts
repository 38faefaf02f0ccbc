import { describe, expect, it } from '../../../../test/unit/harness.js';
import fc from 'fast-check';
import { parseHeadingLevel } from '@nvr-widgets/core/pure.js';
import { HEADING_LEVELS, indexFromHash, parseOpen, sectionHash } from '../../src/model/cornerstones-model.js';

describe('parseOpen', () => {
  const cases: [string | null, boolean, number[], boolean][] = [
    // raw, single, expected indices, has problem
    [null, false, [], false],
    ['', false, [], false],
    ['2', false, [1], false],
    ['1,3', false, [0, 2], false],
    [' 1 , 3 ', false, [0, 2], false],
    ['3 1', false, [2, 0], false],
    ['all', false, [0, 1, 2, 3, 4], false],
    ['ALL', false, [0, 1, 2, 3, 4], false],
    ['2,2', false, [1], false],
    ['0', false, [], true],
    ['6', false, [], true],
    ['two', false, [], true],
    ['1.5', false, [], true],
    ['-1', false, [], true],
    ['1,x,3', false, [0, 2], true],
    ['all', true, [0], true],
    ['1,3', true, [0], true],
    ['4', true, [3], false],
  ];
  for (const [raw, single, expected, problem] of cases) {
    it(`${JSON.stringify(raw)}${single ? ' (single)' : ''} → [${expected}]`, () => {
      const result = parseOpen(raw, 5, single);
      expect(result.value).to.deep.equal(expected);
      expect(Boolean(result.problem)).to.equal(problem);
    });
  }

  it('names the bad parts in its problem', () => {
    expect(parseOpen('1,seven,9', 5).problem).to.contain('"seven", "9" are not section numbers');
  });

  it('never throws and only returns distinct in-range indices, for any string', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 12 }), fc.boolean(), (raw, count, single) => {
        const { value } = parseOpen(raw, count, single);
        expect(new Set(value).size).to.equal(value.length);
        for (const i of value) expect(i >= 0 && i < count).to.equal(true);
        if (single) expect(value.length).to.be.at.most(1);
      }),
    );
  });
});

describe('heading-level (core parseHeadingLevel with HEADING_LEVELS)', () => {
  const parseLevel = (raw: string | null) => parseHeadingLevel(raw, HEADING_LEVELS);
  for (const ok of ['2', '3', '4', '5', '6', ' 4 ']) {
    it(`accepts ${JSON.stringify(ok)}`, () => {
      expect(parseLevel(ok)).to.deep.equal({ value: Number(ok) });
    });
  }
  for (const bad of ['1', '7', '2.5', 'h2', 'NaN', '-3']) {
    it(`falls back to 3 for ${JSON.stringify(bad)} and says why`, () => {
      const { value, problem } = parseLevel(bad);
      expect(value).to.equal(3);
      expect(problem).to.contain(`"${bad}" is not a heading level from 2 to 6`);
    });
  }
  it('defaults to 3 without a value', () => {
    expect(parseLevel(null)).to.deep.equal({ value: 3 });
  });
});

describe('deep-link hashes', () => {
  it('round-trips every section number', () => {
    for (let i = 0; i < 5; i++) expect(indexFromHash(sectionHash(i), 5)).to.equal(i);
    expect(sectionHash(2)).to.equal('#nvr-cornerstone-3');
  });
  for (const hash of [
    '',
    '#',
    '#nvr-cornerstone-0',
    '#nvr-cornerstone-6',
    '#nvr-cornerstone-x',
    '#other-3',
    '#nvr-cornerstone-3x',
  ]) {
    it(`ignores ${JSON.stringify(hash)}`, () => {
      expect(indexFromHash(hash, 5)).to.equal(undefined);
    });
  }
});
