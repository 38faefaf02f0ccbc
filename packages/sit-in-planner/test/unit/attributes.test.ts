import { describe, expect, it } from '../../../../test/unit/harness.js';
import {
  DEFAULT_EXIT_URL,
  DEFAULT_KEY,
  parseExitUrl,
  parseStartStep,
  parseStorage,
  parseStorageKey,
} from '../../src/model/attributes.js';

/** Values a script may set, besides what editors type. */
const odd: unknown[] = [null, undefined, 0, -1, 1e21, NaN, {}, [], true, 'x'.repeat(5000)];

describe('planner attributes', () => {
  it('start-step: a number 1–8 or a step name, any case; anything else is a problem', () => {
    expect(parseStartStep('3')).to.deep.equal({ value: 'people' });
    expect(parseStartStep(' Check ')).to.deep.equal({ value: 'check' });
    expect(parseStartStep(8)).to.deep.equal({ value: 'check' });
    expect(parseStartStep(undefined)).to.deep.equal({ value: undefined });
    for (const bad of ['', '0', '9', '1.5', '-1', 'length', 'tasks'])
      expect(parseStartStep(bad).problem, bad).to.contain('is not a step');
  });

  it('exit-url: https:, http: or relative; never javascript:, mailto: or tel:', () => {
    expect(parseExitUrl('https://example.org/news')).to.deep.equal({ value: 'https://example.org/news' });
    expect(parseExitUrl('/weather')).to.deep.equal({ value: '/weather' });
    expect(parseExitUrl(undefined)).to.deep.equal({ value: DEFAULT_EXIT_URL });
    expect(parseExitUrl('')).to.deep.equal({ value: DEFAULT_EXIT_URL });
    for (const bad of ['javascript:alert(1)', 'mailto:a@b.org', ' tel:999', 'data:text/html,x']) {
      const parsed = parseExitUrl(bad);
      expect(parsed.value, bad).to.equal(DEFAULT_EXIT_URL);
      expect(parsed.problem, bad).to.contain(`using ${DEFAULT_EXIT_URL}`);
    }
  });

  it('storage: local or none; anything else saves on the device, with a problem', () => {
    expect(parseStorage('none')).to.deep.equal({ value: 'none' });
    expect(parseStorage(' LOCAL ')).to.deep.equal({ value: 'local' });
    expect(parseStorage(undefined)).to.deep.equal({ value: 'local' });
    expect(parseStorage('session').value).to.equal('local');
    expect(parseStorage('session').problem).to.contain('"session"');
  });

  it('storage-key: any text, empty means the default key', () => {
    expect(parseStorageKey(' my-plan ')).to.equal('my-plan');
    expect(parseStorageKey('   ')).to.equal(DEFAULT_KEY);
    expect(parseStorageKey(undefined)).to.equal(DEFAULT_KEY);
    expect(parseStorageKey(42)).to.equal('42');
  });

  it('never throws, whatever a script sets', () => {
    for (const value of odd) {
      expect(() => [
        parseStartStep(value),
        parseExitUrl(value),
        parseStorage(value),
        parseStorageKey(value),
      ]).not.to.throw();
      expect(parseExitUrl(value).value).to.be.a('string');
      expect(parseStorageKey(value)).to.be.a('string');
    }
  });
});
