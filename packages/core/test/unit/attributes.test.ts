import { describe, expect, it } from '../../../../test/unit/harness.js';
import fc from 'fast-check';
import { attributeText, parseHeadingLevel, parseKeyword, parseLink } from '../../src/attributes.js';

describe('attributeText', () => {
  it('gives the text of any value a script sets, and undefined for none or no text form', () => {
    const noText = Object.create(null);
    const throwing = {
      toString: () => {
        throw new Error('no');
      },
    };
    expect([undefined, null, '', ' 2 ', 3, true, noText, throwing].map(attributeText)).to.deep.equal([
      undefined,
      undefined,
      '',
      ' 2 ',
      '3',
      'true',
      undefined,
      undefined,
    ]);
  });

  it('never throws, whatever the value', () => {
    fc.assert(fc.property(fc.anything(), (value) => (attributeText(value), true)));
  });
});

describe('parseKeyword', () => {
  const modes = ['learn', 'reflect'] as const;
  it('takes an allowed value in any case, and defaults to the first', () => {
    expect(parseKeyword(' Reflect ', [...modes])).to.deep.equal({ value: 'reflect' });
    expect(parseKeyword(undefined, [...modes])).to.deep.equal({ value: 'learn' });
  });
  it('names the allowed values when refusing one', () =>
    expect(parseKeyword('quiz', [...modes])).to.deep.equal({
      value: 'learn',
      problem: '"quiz" is not "learn" or "reflect"; using "learn"',
    }));
  it('always gives an allowed value', () =>
    fc.assert(
      fc.property(fc.string(), (raw) => {
        expect(modes).to.include(parseKeyword(raw, [...modes]).value);
      }),
    ));
});

describe('parseHeadingLevel', () => {
  it('keeps a level within the range, else the fallback with a problem naming the range', () => {
    expect(parseHeadingLevel('2')).to.deep.equal({ value: 2 });
    expect(parseHeadingLevel(6)).to.deep.equal({ value: 6 });
    expect(parseHeadingLevel('')).to.deep.equal({ value: 3 });
    expect(parseHeadingLevel('5', { max: 4 })).to.deep.equal({
      value: 3,
      problem: '"5" is not a heading level from 2 to 4; using 3',
    });
  });
  it('never gives a level outside the range', () =>
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer()), (raw) => {
        const { value } = parseHeadingLevel(raw, { min: 2, max: 4 });
        expect(value).to.be.within(2, 4);
      }),
    ));
});

describe('parseLink', () => {
  it('keeps web, mailto and tel links; refuses scripts', () => {
    expect(parseLink(' /help ').value).to.equal('/help');
    expect(parseLink('tel:0800').value).to.equal('tel:0800');
    expect(parseLink('javascript:alert(1)')).to.deep.equal({
      value: undefined,
      problem: '"javascript:alert(1)" is not an https:, http:, mailto:, tel: or relative URL',
    });
  });
  it('refuses mailto: and tel: where a page is needed', () =>
    expect(parseLink('tel:999', { webOnly: true }).problem).to.contain('https:, http: or relative'));
});
