/**
 * A one-event iCalendar file (RFC 5545) that Google, Apple and Outlook calendars open: CRLF line
 * ends, lines folded at 75 octets without splitting a UTF-8 sequence, TEXT values escaped, a UID,
 * DTSTAMP in UTC and DTSTART in floating local time (the sit-in happens at 19:30 wherever the
 * parent is), with a DURATION. Pure: the caller supplies the UID and the current time.
 */

export interface CalendarEvent {
  uid: string;
  /** When the file is made (DTSTAMP, written in UTC). */
  now: Date;
  start: { year: number; month: number; day: number; hour: number; minute: number };
  minutes: number;
  summary: string;
  description?: string;
}

const encoder = new TextEncoder();
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and newlines as `\n`. */
export function escapeText(value: string): string {
  return (
    value
      // Control characters other than tab and line breaks are not allowed in TEXT: drop them.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
  );
}

/**
 * Folds one content line into lines of at most 75 octets (§3.1): each continuation starts with a
 * space. Cuts fall between code points, so a multi-byte character (an emoji) is never split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const utcStamp = (d: Date) =>
  `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T` +
  `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;

export function buildIcs(event: CalendarEvent): string {
  const { start } = event;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//NVR Widgets//Planner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(event.now)}`,
    `DTSTART:${pad(start.year, 4)}${pad(start.month)}${pad(start.day)}T${pad(start.hour)}${pad(start.minute)}00`,
    `DURATION:PT${Math.max(1, Math.round(event.minutes))}M`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
