import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { emptyPlan } from '../src/model/plan.js';
import {
  behaviourPhrase,
  readAloudEstimate,
  readAloudSeconds,
  statementOf,
  suggestedStatement,
  vagueWords,
} from '../src/statement.js';

describe('opening statement', () => {
  it('is built from the behaviour, in the pattern of the source: not accepted, wait for a suggestion', () => {
    const text = suggestedStatement({ ...emptyPlan(), behaviour: 'hitting your sister.' });
    expect(text).to.equal(
      'We are here because we care about you. We are no longer willing to accept hitting your sister. ' +
        'We will sit here and wait for you to suggest how this can change, or how you can put things right.',
    );
  });

  it('keeps the parent’s capitals as typed, and tidies spaces', () => {
    expect(behaviourPhrase('  taking   money from\nmy purse!! ')).to.equal('taking money from my purse');
    // Only the parent knows which words are names: "Sam…" used to become "sam…".
    expect(behaviourPhrase('Sam being pushed around')).to.equal('Sam being pushed around');
    expect(suggestedStatement({ ...emptyPlan(), behaviour: 'Sam being hit.' })).to.contain(
      'no longer willing to accept Sam being hit.',
    );
    expect(behaviourPhrase('I’m being sworn at')).to.equal('I’m being sworn at');
    expect(behaviourPhrase('TV in the night')).to.equal('TV in the night');
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

  it('estimates read-aloud time at 130 words a minute', () => {
    expect(readAloudSeconds('')).to.equal(0);
    expect(readAloudSeconds('one two three')).to.equal(2);
    expect(readAloudSeconds(Array(130).fill('word').join(' '))).to.equal(60);
    expect(readAloudSeconds(suggestedStatement({ ...emptyPlan(), behaviour: 'hitting' }))).to.be.within(
      10,
      20,
    );
  });
});

describe('vague wording', () => {
  const list = ['attitude', 'rude', 'bad'];
  it('finds words that describe a child rather than a behaviour, as whole words in any case', () => {
    expect(vagueWords('His Attitude, and being rude!', list)).to.deep.equal(['attitude', 'rude']);
    expect(vagueWords('Hitting his sister', list)).to.deep.equal([]);
    expect(vagueWords('badminton racket thrown', list)).to.deep.equal([]);
  });

  it('only ever returns words of the list that are in the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        for (const word of vagueWords(text, list)) expect(text.toLowerCase()).to.contain(word);
      }),
    );
  });
});
