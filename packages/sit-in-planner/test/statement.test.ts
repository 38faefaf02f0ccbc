import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { emptyPlan } from '../src/model/plan.js';
import { behaviourPhrase, readAloudSeconds } from '../src/model/statement.js';
import { readAloudEstimate, statementOf, suggestedStatement } from '../src/content/statement.js';

/** The statement's words (content/, through msg()); its pure rules are tested in Node (test/unit). */

describe('opening statement', () => {
  it('is built from the behaviour, in the pattern of the source: not accepted, wait for a suggestion', () => {
    const text = suggestedStatement({ ...emptyPlan(), behaviour: 'hitting your sister.' });
    expect(text).to.equal(
      'We are here because we care about you. We are no longer willing to accept hitting your sister. ' +
        'We will sit here and wait for you to suggest how this can change, or how you can put things right.',
    );
  });

  it('keeps the parent’s capitals as typed (behaviourPhrase itself: test/unit/statement.test.ts)', () => {
    // Only the parent knows which words are names: "Sam…" used to become "sam…".
    expect(suggestedStatement({ ...emptyPlan(), behaviour: 'Sam being hit.' })).to.contain(
      'no longer willing to accept Sam being hit.',
    );
  });

  it('has a placeholder while no behaviour is written', () => {
    expect(suggestedStatement(emptyPlan())).to.contain('[the behaviour]');
  });

  it('always contains the behaviour the parent wrote (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }), (behaviour) => {
        const phrase = behaviourPhrase(behaviour);
        if (phrase) expect(suggestedStatement({ ...emptyPlan(), behaviour })).to.contain(phrase);
      }),
    );
  });

  it('estimates the reading time in words that read naturally, singular and plural', () => {
    const words = (n: number) => Array(n).fill('word').join(' ');
    expect(readAloudEstimate('')).to.equal('');
    expect(readAloudEstimate(words(1))).to.equal('About 5 seconds to read aloud.');
    expect(readAloudEstimate(words(45))).to.equal('About 20 seconds to read aloud.');
    expect(readAloudEstimate(words(150))).to.equal('About 1 minute to read aloud.');
    expect(readAloudEstimate(words(300))).to.equal('About 2 minutes to read aloud.');
  });

  it('uses the parent’s own words once edited, even the suggestion is kept until then', () => {
    const plan = { ...emptyPlan(), behaviour: 'Shouting' };
    expect(statementOf(plan)).to.equal(suggestedStatement(plan));
    expect(statementOf({ ...plan, statement: 'Our words.', statementEdited: true })).to.equal('Our words.');
  });

  it('the suggested words take 10 to 20 seconds to read aloud (the pace itself: test/unit)', () => {
    expect(readAloudSeconds(suggestedStatement({ ...emptyPlan(), behaviour: 'hitting' }))).to.be.within(
      10,
      20,
    );
  });
});
