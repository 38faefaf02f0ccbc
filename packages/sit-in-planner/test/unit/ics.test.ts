import { describe, expect, it } from '../../../../test/unit/harness.js';
import fc from 'fast-check';
import { buildIcs, escapeText, foldLine } from '../../src/model/ics.js';

const encoder = new TextEncoder();

/** Unfolds and splits content lines the way a calendar reads them (RFC 5545 §3.1). */
const contentLines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

/** Reverses TEXT escaping (§3.3.11). */
const unescapeText = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** What a TEXT value can carry: no control characters but tab; line breaks become \n. */
const normalise = (s: string) =>
  // eslint-disable-next-line no-control-regex
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/\r\n|\r|\n/g, '\n');

const event = (summary: string, description?: string) =>
  buildIcs({
    uid: 'abc-123@nvr-widgets',
    now: new Date(Date.UTC(2026, 10, 23, 18, 5, 9)),
    start: { year: 2026, month: 12, day: 5, hour: 19, minute: 30 },
    minutes: 30,
    summary,
    description,
  });

describe('.ics export', () => {
  it('writes one event with UID, DTSTAMP in UTC, floating DTSTART and a DURATION, with CRLF', () => {
    const ics = event('Sit-in', 'Bring your plan');
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    expect(contentLines(ics)).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//NVR Widgets//Planner//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:abc-123@nvr-widgets',
      'DTSTAMP:20261123T180509Z',
      'DTSTART:20261205T193000',
      'DURATION:PT30M',
      'SUMMARY:Sit-in',
      'DESCRIPTION:Bring your plan',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting an emoji or accented letter', () => {
    const line = `DESCRIPTION:${'é'.repeat(40)}${'🙂'.repeat(30)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).to.be.above(1);
    for (const part of folded) {
      expect(encoder.encode(part).length).to.be.at.most(75);
      expect(part).not.to.contain('\uFFFD');
      // A lone surrogate would mean a split inside a character.
      expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(part)).to.equal(
        false,
      );
    }
    expect(folded.slice(1).every((p) => p.startsWith(' '))).to.equal(true);
  });

  it('always parses back to the same text, for any text (commas, semicolons, newlines, emoji)', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({
        unit: fc.constantFrom(',', ';', '\\', '\n', '\r\n', ' ', 'a', '🙂', 'é', ':', '"'),
        maxLength: 200,
      }),
      fc.string({ unit: 'binary', maxLength: 200 }),
    );
    fc.assert(
      fc.property(anyText, anyText, (summary, description) => {
        const ics = event(summary, description || undefined);
        for (const physical of ics.split('\r\n')) expect(encoder.encode(physical).length).to.be.at.most(75);
        const lines = contentLines(ics);
        const value = (name: string) => lines.find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1);
        expect(unescapeText(value('SUMMARY')!)).to.equal(normalise(summary));
        if (description) expect(unescapeText(value('DESCRIPTION')!)).to.equal(normalise(description));
        // Every content line is NAME:VALUE and the structure is intact.
        expect(lines.filter(Boolean).every((l) => /^[A-Z-]+:/.test(l))).to.equal(true);
        expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(1);
      }),
      { numRuns: 300 },
    );
  });
});
