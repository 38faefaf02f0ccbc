import { describe, expect, it } from '../../../../test/unit/harness.js';
import fc from 'fast-check';
import { parseEmergencyNumber, resolveEmergencyNumber } from '@nvr-widgets/core/pure.js';

describe('parseEmergencyNumber', () => {
  for (const [raw, text, href] of [
    ['999', '999', 'tel:999'],
    [' 112 ', '112', 'tel:112'],
    ['15', '15', 'tel:15'],
    ['+44 20 7946 0000', '+44 20 7946 0000', 'tel:+442079460000'],
    ['(020) 7946-0000', '(020) 7946-0000', 'tel:02079460000'],
    ['0800.1111', '0800.1111', 'tel:08001111'],
  ]) {
    it(`dials ${JSON.stringify(raw)} as ${href}`, () =>
      expect(parseEmergencyNumber(raw)).to.deep.equal({ text, href }));
  }
  // Each of these used to become a link that dialled something other than what the page showed.
  for (const raw of [
    '999 or 112',
    'javascript:alert(1)',
    'tel:999',
    '9',
    '1234567890123456',
    '+',
    '',
    '１１２',
    '99+9',
  ]) {
    it(`refuses ${JSON.stringify(raw)}`, () => expect(parseEmergencyNumber(raw)).to.equal(undefined));
  }
  it('always dials exactly the digits it shows, or refuses', () =>
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), (raw) => {
        const parsed = parseEmergencyNumber(raw);
        if (!parsed) return;
        expect(parsed.text).to.equal(raw.trim());
        expect(parsed.href.slice(4)).to.equal(parsed.text.replace(/[^\d+]/g, ''));
        expect(parsed.href).to.match(/^tel:\+?\d{2,15}$/);
      }),
    ));
});

describe('resolveEmergencyNumber', () => {
  it('prefers the widget’s own number, then the provider’s, then 999, naming where a bad one came from', () => {
    const reported: string[] = [];
    const problems = { report: (field: string, problem: string) => reported.push(`${field}: ${problem}`) };
    expect(resolveEmergencyNumber('112', '911', problems).href).to.equal('tel:112');
    expect(resolveEmergencyNumber(undefined, '911', problems).href).to.equal('tel:911');
    expect(reported).to.deep.equal([]);
    expect(resolveEmergencyNumber('999 or 112', '911', problems).href).to.equal('tel:911');
    expect(resolveEmergencyNumber('', 'javascript:alert(1)', problems)).to.deep.equal({
      text: '999',
      href: 'tel:999',
    });
    expect(reported).to.deep.equal([
      'emergency-number: "999 or 112" is not one telephone number; using the next choice or 999',
      '<nvr-provider> emergency-number: "javascript:alert(1)" is not one telephone number; using the next choice or 999',
    ]);
  });
});
