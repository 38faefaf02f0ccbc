import { describe, expect, it } from '../../../../test/unit/harness.js';
import fc from 'fast-check';
import { isSafeUrl } from '../../src/urls.js';

describe('isSafeUrl', () => {
  for (const url of [
    'https://example.org/a?b#c',
    'http://x.test',
    'mailto:help@example.org',
    'tel:+448088005000',
    '/find',
    'find.md',
    '../up',
    '#nvr-cornerstone-2',
    '?q=1',
    'HTTPS://EXAMPLE.ORG',
  ]) {
    it(`allows ${url}`, () => expect(isSafeUrl(url)).to.equal(true));
  }
  for (const url of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:x',
    '\u0000javascript:x',
    'data:text/html,<script>',
    'vbscript:x',
    'file:///etc/passwd',
    'blob:https://x/1',
  ]) {
    it(`refuses ${JSON.stringify(url)}`, () => expect(isSafeUrl(url)).to.equal(false));
  }

  it('agrees with the browser: whatever it allows parses to http(s), mailto, tel or this origin', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string().map((s) => `javascript:${s}`),
        ),
        (url) => {
          if (!isSafeUrl(url)) return;
          let parsed: URL;
          try {
            parsed = new URL(url, 'https://page.example/dir/');
          } catch {
            return; // not a URL at all: a link to it goes nowhere
          }
          expect(['https:', 'http:', 'mailto:', 'tel:']).to.include(parsed.protocol);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
