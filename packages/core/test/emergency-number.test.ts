import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ConfigProblems } from '../src/config-problems.js';
import { parseEmergencyNumber, resolveEmergencyNumber } from '../src/emergency-number.js';
import { withWarnings } from '../../../test/helpers.js';

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
  it('prefers the widget’s own number, then the provider’s, then 999, reporting each bad one once', async () => {
    await withWarnings(async (warnings, errors) => {
      const host = document.createElement('div');
      document.body.append(host);
      const problems = new ConfigProblems(host);
      expect(resolveEmergencyNumber('112', '911', problems).href).to.equal('tel:112');
      expect(resolveEmergencyNumber(undefined, '911', problems).href).to.equal('tel:911');
      expect(resolveEmergencyNumber('999 or 112', '911', problems).href).to.equal('tel:911');
      expect(resolveEmergencyNumber('999 or 112', '911', problems).href).to.equal('tel:911');
      expect(resolveEmergencyNumber('', 'javascript:alert(1)', problems)).to.deep.equal({
        text: '999',
        href: 'tel:999',
      });
      expect(errors.details.map((d) => d.field)).to.deep.equal([
        'emergency-number',
        '<nvr-provider> emergency-number',
      ]);
      expect(warnings.messages[0]).to.contain('"999 or 112" is not one telephone number');
      host.remove();
    });
  });
});
