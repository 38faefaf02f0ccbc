import { describe, expect, it } from '../../../../test/unit/harness.js';
import fc from 'fast-check';
import { parseBank } from '../../src/model/bank.js';

const valid = (id: string, answer = 'none') => ({
  id,
  scenario: 'Your child shouts. You *wait*.',
  answer,
  explanation: 'Neither fighting nor giving in.',
});

describe('parseBank', () => {
  it('keeps valid questions in order, trimming text and dropping unknown fields', () => {
    const { questions, problems } = parseBank({
      questions: [
        { ...valid(' a '), alternative: ' Say less. ', note: 'for editors' },
        valid('b', 'symmetrical'),
      ],
    });
    expect(problems).to.deep.equal([]);
    expect(questions).to.deep.equal([{ ...valid('a'), alternative: 'Say less.' }, valid('b', 'symmetrical')]);
  });

  it('skips each invalid entry with one problem naming its path and id', () => {
    const { questions, problems } = parseBank({
      questions: [
        valid('ok'),
        { ...valid('wrong-answer'), answer: 'both' },
        { ...valid('no-scenario'), scenario: '   ' },
        'not an object',
        { ...valid('alt'), alternative: 3 },
        valid('ok'),
        { scenario: 'x', answer: 'none', explanation: 'y' },
      ],
    });
    expect(questions.map((q) => q.id)).to.deep.equal(['ok']);
    expect(problems).to.deep.equal([
      {
        field: 'questions[1].answer',
        problem: 'must be "symmetrical", "complementary" or "none" (id "wrong-answer"); question skipped',
      },
      { field: 'questions[2].scenario', problem: 'must not be empty (id "no-scenario"); question skipped' },
      {
        field: 'questions[3]',
        problem: 'must be an object with id, scenario, answer and explanation; question skipped',
      },
      {
        field: 'questions[4].alternative',
        problem: 'must be Markdown (text) when present (id "alt"); question skipped',
      },
      { field: 'questions[5].id', problem: '"ok" is used by an earlier question; question skipped' },
      { field: 'questions[6].id', problem: 'is missing; question skipped' },
    ]);
  });

  it('reports a bank without a questions array', () => {
    for (const value of [null, [], 'text', 3, {}, { questions: {} }]) {
      const { questions, problems } = parseBank(value);
      expect(questions).to.deep.equal([]);
      expect(problems.map((p) => p.field)).to.deep.equal(['questions']);
    }
  });

  it('never throws, whatever JSON value it is given, and keeps only valid, distinct questions', () => {
    const entry = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          id: fc.oneof(fc.string(), fc.jsonValue()),
          scenario: fc.oneof(fc.string(), fc.jsonValue()),
          answer: fc.oneof(fc.constantFrom('symmetrical', 'complementary', 'none'), fc.jsonValue()),
          explanation: fc.oneof(fc.string(), fc.jsonValue()),
          alternative: fc.oneof(fc.string(), fc.jsonValue()),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ questions: fc.array(entry) })), (value) => {
        const { questions, problems } = parseBank(value);
        const list = (value as { questions?: unknown[] })?.questions;
        expect(new Set(questions.map((q) => q.id)).size).to.equal(questions.length);
        for (const q of questions) {
          expect(['symmetrical', 'complementary', 'none']).to.include(q.answer);
          expect(q.scenario.trim()).not.to.equal('');
        }
        if (Array.isArray(list)) expect(questions.length + problems.length).to.equal(list.length);
      }),
    );
  });
});
