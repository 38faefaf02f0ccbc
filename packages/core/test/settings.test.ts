import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseLinks } from '../src/settings.js';
import { isSafeUrl } from '../src/urls.js';

describe('parseLinks', () => {
  it('keeps safe links by name and reports each bad one with its path', () => {
    expect(parseLinks({ find: '/find', call: 'tel:999', bad: 'javascript:x', n: 3 })).to.deep.equal({
      links: { find: '/find', call: 'tel:999' },
      problems: [
        {
          field: 'links.bad',
          problem: '"javascript:x" is not an https:, http:, mailto:, tel: or relative URL; ignored',
        },
        { field: 'links.n', problem: '3 is not an https:, http:, mailto:, tel: or relative URL; ignored' },
      ],
    });
  });

  for (const value of [null, 'text', 5, ['/a'], true]) {
    it(`refuses ${JSON.stringify(value)} as a whole`, () => {
      expect(parseLinks(value)).to.deep.equal({
        problems: [{ field: 'links', problem: 'is not a JSON object of names and URLs; ignored' }],
      });
    });
  }

  it('never throws, and keeps only safe string URLs, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { links = {} } = parseLinks(value);
        for (const url of Object.values(links)) expect(isSafeUrl(url)).to.equal(true);
      }),
    );
  });
});
