import { describe, expect, it } from '../../../../test/unit/harness.js';
import fc from 'fast-check';
import { behaviourPhrase, readAloudSeconds, vagueWords } from '../../src/model/statement.js';

describe('opening statement: rules', () => {
  it('keeps the parent’s capitals as typed, and tidies spaces', () => {
    expect(behaviourPhrase('  taking   money from\nmy purse!! ')).to.equal('taking money from my purse');
    // Only the parent knows which words are names: "Sam…" used to become "sam…".
    expect(behaviourPhrase('Sam being pushed around')).to.equal('Sam being pushed around');
    expect(behaviourPhrase('I’m being sworn at')).to.equal('I’m being sworn at');
    expect(behaviourPhrase('TV in the night')).to.equal('TV in the night');
  });

  it('estimates read-aloud time at 130 words a minute', () => {
    expect(readAloudSeconds('')).to.equal(0);
    expect(readAloudSeconds('one two three')).to.equal(2);
    expect(readAloudSeconds(Array(130).fill('word').join(' '))).to.equal(60);
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
