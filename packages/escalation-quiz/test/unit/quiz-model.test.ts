import { describe, expect, it } from '../../../../test/unit/harness.js';
import fc from 'fast-check';
import { parseHeadingLevel, parseKeyword } from '@nvr-widgets/core/pure.js';
import {
  ANSWERS,
  DEFAULT_COUNT,
  draw,
  drawSeed,
  HEADING_LEVELS,
  MODES,
  mulberry32,
  parseCount,
  scoreQuiz,
  seedFromText,
  TIMINGS,
  type Answer,
} from '../../src/model/quiz.js';
import { computeProfile, FREQUENCIES, type Frequency, type Statement } from '../../src/model/reflect.js';

const bankArb = fc.uniqueArray(
  fc.record({ id: fc.string({ minLength: 1 }), answer: fc.constantFrom(...ANSWERS) }),
  { selector: (q) => q.id, maxLength: 40 },
);

/** A bank the size of the built-in one (18); test/content.test.ts draws from the real one too. */
const builtIn = Array.from({ length: 18 }, (_, i) => ({ id: `q${i}`, answer: ANSWERS[i % 3] }));

describe('draw', () => {
  it('the same seed gives the same questions in the same order; another seed usually does not', () => {
    const bank = builtIn;
    const ids = (seed: number) => draw(bank, 6, seed).map((q) => q.id);
    expect(ids(42)).to.deep.equal(ids(42));
    const others = [1, 2, 3, 4, 5].map(ids);
    expect(others.some((o) => o.join() !== ids(42).join())).to.equal(true);
  });

  it('any bank, count and seed → min(count, bank) distinct questions from the bank', () => {
    fc.assert(
      fc.property(bankArb, fc.integer({ min: -5, max: 60 }), fc.integer(), (bank, count, seed) => {
        const drawn = draw(bank, count, seed);
        expect(drawn).to.have.length(Math.max(0, Math.min(count, bank.length)));
        expect(new Set(drawn).size).to.equal(drawn.length);
        for (const q of drawn) expect(bank).to.include(q);
      }),
    );
  });

  it('does not change the bank it draws from', () => {
    const bank = builtIn.map((q) => q.id);
    const copy = [...bank];
    draw(bank, 6, 7);
    expect(bank).to.deep.equal(copy);
  });

  it('reaches every question: over many seeds each of 18 scenarios is drawn first at least once', () => {
    const firsts = new Set(Array.from({ length: 400 }, (_, seed) => draw(builtIn, 1, seed)[0].id));
    expect(firsts.size).to.equal(builtIn.length);
  });
});

describe('seeds', () => {
  it('text seeds are stable 32-bit numbers', () => {
    expect(seedFromText('spring-course')).to.equal(seedFromText('spring-course'));
    expect(seedFromText('a')).not.to.equal(seedFromText('b'));
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = seedFromText(s);
        expect(Number.isInteger(n) && n >= 0 && n < 2 ** 32).to.equal(true);
      }),
    );
  });

  it('drawSeed: the seed text (per attempt after a retry), else the unseeded number; any type of seed', () => {
    expect(drawSeed(' spring ', 0, 5)).to.equal(seedFromText('spring'));
    expect(drawSeed('spring', 2, 5)).to.equal(seedFromText('spring#2'));
    expect(drawSeed(42, 0, 5)).to.equal(seedFromText('42'));
    for (const none of [undefined, null, '', '   ']) expect(drawSeed(none, 3, 5)).to.equal(5);
  });

  it('mulberry32 yields numbers in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const random = mulberry32(seed);
        for (let i = 0; i < 20; i++) {
          const x = random();
          expect(x >= 0 && x < 1).to.equal(true);
        }
      }),
    );
  });
});

describe('attributes', () => {
  const cases: [string | null, number, number, boolean][] = [
    [null, 18, DEFAULT_COUNT, false],
    ['', 18, DEFAULT_COUNT, false],
    ['8', 18, 8, false],
    [' 3 ', 18, 3, false],
    ['40', 18, 18, false],
    ['6', 4, 4, false],
    [null, 4, 4, false],
    ['0', 18, DEFAULT_COUNT, true],
    ['-2', 18, DEFAULT_COUNT, true],
    ['2.5', 18, DEFAULT_COUNT, true],
    ['six', 18, DEFAULT_COUNT, true],
  ];
  for (const [raw, size, value, problem] of cases) {
    it(`count=${JSON.stringify(raw)} with ${size} questions → ${value}`, () => {
      const result = parseCount(raw, size);
      expect(result.value).to.equal(value);
      expect(Boolean(result.problem)).to.equal(problem);
    });
  }

  it('keywords: known values in any case, else the default with a problem naming the choices', () => {
    expect(parseKeyword('REFLECT', MODES)).to.deep.equal({ value: 'reflect' });
    expect(parseKeyword(undefined, MODES)).to.deep.equal({ value: 'learn' });
    expect(parseKeyword(' End ', TIMINGS)).to.deep.equal({ value: 'end' });
    const bad = parseKeyword('quiz', MODES);
    expect(bad.value).to.equal('learn');
    expect(bad.problem).to.equal('"quiz" is not "learn" or "reflect"; using "learn"');
  });

  it('heading-level: 2 to 4, else 3 (with a problem for anything given that is not one)', () => {
    expect(
      [undefined, null, '', ' 2 ', 4, '3'].map((raw) => parseHeadingLevel(raw, HEADING_LEVELS)),
    ).to.deep.equal([{ value: 3 }, { value: 3 }, { value: 3 }, { value: 2 }, { value: 4 }, { value: 3 }]);
    for (const raw of ['1', '5', '2.5', 'h2', -3]) {
      const { value, problem } = parseHeadingLevel(raw, HEADING_LEVELS);
      expect([value, problem]).to.deep.equal([3, `"${raw}" is not a heading level from 2 to 4; using 3`]);
    }
  });
});

describe('scoreQuiz', () => {
  const questions = [
    { id: 'a', answer: 'symmetrical' as const },
    { id: 'b', answer: 'complementary' as const },
    { id: 'c', answer: 'none' as const },
    { id: 'd', answer: 'none' as const },
  ];

  it('counts right answers overall and per type; unanswered counts as not right', () => {
    const result = scoreQuiz(questions, { a: 'symmetrical', b: 'none', c: 'none' });
    expect(result).to.deep.equal({
      score: 2,
      total: 4,
      byType: {
        symmetrical: { correct: 1, total: 1 },
        complementary: { correct: 0, total: 1 },
        none: { correct: 1, total: 2 },
      },
    });
  });

  it('never gives a score above its total, overall or per type, for any answers', () => {
    fc.assert(
      fc.property(
        bankArb,
        fc.dictionary(fc.string(), fc.constantFrom<Answer>(...ANSWERS)),
        (bank, answers) => {
          const all = Object.fromEntries(bank.map((q, i) => [q.id, Object.values(answers)[i] ?? q.answer]));
          const { score, total, byType } = scoreQuiz(bank, { ...answers, ...all });
          expect(score).to.be.within(0, total);
          expect(total).to.equal(bank.length);
          let sum = 0;
          for (const type of ANSWERS) {
            expect(byType[type].correct).to.be.within(0, byType[type].total);
            sum += byType[type].total;
          }
          expect(sum).to.equal(total);
        },
      ),
    );
  });
});

describe('computeProfile', () => {
  const statements: Statement[] = [
    { id: 's1', leaning: 'symmetrical' },
    { id: 's2', leaning: 'symmetrical' },
    { id: 'c1', leaning: 'complementary' },
    { id: 'c2', leaning: 'complementary' },
    { id: 'n1', leaning: 'none' },
  ];
  const answersOf = (s: Frequency, c: Frequency, n: Frequency) => ({ s1: s, s2: s, c1: c, c2: c, n1: n });

  const cases: [Frequency, Frequency, Frequency, string][] = [
    [4, 0, 0, 'symmetrical'],
    [3, 2, 2, 'symmetrical'],
    [0, 4, 0, 'complementary'],
    [1, 3, 1, 'complementary'],
    [3, 3, 0, 'mixed'],
    [4, 4, 4, 'mixed'],
    [0, 0, 0, 'non-escalating'],
    [1, 1, 4, 'non-escalating'],
    [1, 0, 0, 'non-escalating'],
    [2, 0, 0, 'symmetrical'],
  ];
  for (const [s, c, n, profile] of cases) {
    it(`symmetrical ${s}, complementary ${c}, calm habits ${n} → ${profile}`, () => {
      expect(computeProfile(statements, answersOf(s, c, n))).to.equal(profile);
    });
  }

  it('between "rarely" and "sometimes" counts as non-escalating only when calm habits are often used', () => {
    const answers = { s1: 1, s2: 1, c1: 2, c2: 1 } as const;
    expect(computeProfile(statements, { ...answers, n1: 3 })).to.equal('non-escalating');
    expect(computeProfile(statements, { ...answers, n1: 2 })).to.equal('complementary');
  });

  it('leaves unanswered statements out', () => {
    expect(computeProfile(statements, { s1: 4 })).to.equal('symmetrical');
    expect(computeProfile(statements, {})).to.equal('non-escalating');
  });

  it('answering a symmetrical statement more often never moves the profile towards complementary', () => {
    const frequency = fc.constantFrom<Frequency>(...FREQUENCIES);
    fc.assert(
      fc.property(
        fc.tuple(frequency, frequency, frequency, frequency, frequency),
        fc.integer({ min: 0, max: 4 }),
        (f, up) => {
          const before = { s1: f[0], s2: f[1], c1: f[2], c2: f[3], n1: f[4] };
          const after = { ...before, s1: Math.max(f[0], up) as Frequency };
          const p0 = computeProfile(statements, before);
          const p1 = computeProfile(statements, after);
          if (p1 === 'complementary') expect(p0).to.equal('complementary');
          if (p0 === 'symmetrical') expect(p1).to.equal('symmetrical');
        },
      ),
    );
  });
});
