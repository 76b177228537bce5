/**
 * iCalendar (RFC 5545) text for planned dates: one event as a file to
 * download, or every planned date as a feed a calendar app subscribes to.
 *
 * What a calendar shows can be read by anyone who glances at a phone, so an
 * event says only neutral words: its summary is always "Time together", and
 * its location is the place the couple typed only when that place is
 * neutral (see `isNeutral`). Idea titles, notes and reflections never go in.
 *
 * Times are UTC ("…Z"): every calendar app shows them in its own zone, and
 * no VTIMEZONE is needed. Lines end in CRLF and are folded at 75 octets.
 */

export const CRLF = '\r\n';
/** RFC 5545 §3.1: a content line is at most 75 octets, excluding the line break. */
export const MAX_LINE_OCTETS = 75;
/** The words of every event's summary. */
export const NEUTRAL_SUMMARY = 'Time together';

/**
 * Words that would tell a passer-by what the couple is working on. A place
 * (the one thing a person types that reaches a calendar) holding any of them
 * is left out of the calendar; the feed and the file never carry the rest.
 */
export const SENSITIVE_WORDS = [
  'abuse',
  'affair',
  'arousal',
  'bedroom',
  'counseling',
  'counselling',
  'counselor',
  'counsellor',
  'crisis',
  'desire',
  'divorce',
  'erotic',
  'foreplay',
  'intimacy',
  'intimate',
  'kink',
  'lingerie',
  'lovemaking',
  'naked',
  'nude',
  'orgasm',
  'separation',
  'sensual',
  'sex',
  'sexual',
  'sexy',
  'therapist',
  'therapy',
] as const;

const SENSITIVE = new RegExp(`\\b(?:${SENSITIVE_WORDS.join('|')})`, 'i');

/** True when a text holds none of the sensitive words (as a word or a word's start). */
export function isNeutral(text: string): boolean {
  return !SENSITIVE.test(text);
}

/** Escapes a TEXT value (§3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** How many octets one character (one code point) takes in UTF-8. */
function utf8Octets(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line (§3.1): no physical line longer than 75 octets; each
 * continuation starts with one space. A UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char);
    if (octets + size > MAX_LINE_OCTETS) {
      out.push(current);
      current = ` ${char}`;
      octets = 1 + size;
    } else {
      current += char;
      octets += size;
    }
  }
  out.push(current);
  return out.join(CRLF);
}

/** A UTC DATE-TIME (§3.3.5, form #2): 20260305T180000Z. */
export function formatUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

export interface IcsEvent {
  /** Stable for the life of the date: the same in the file and the feed, across edits. */
  uid: string;
  /** When the event was last revised (with no METHOD, DTSTAMP means exactly this). */
  stamp: Date;
  created: Date;
  start: Date;
  end: Date;
  /** Raises with each edit, so calendar apps take the newer version. */
  sequence: number;
  /** Typed by the couple; dropped unless neutral. */
  place: string | null;
  status: 'CONFIRMED' | 'CANCELLED';
}

export interface IcsCalendar {
  /** PRODID (§3.7.3): who made the file; calendar apps do not show it. */
  productId: string;
  events: readonly IcsEvent[];
  /** For a feed: how often a calendar app should look again, in minutes. */
  refreshMinutes?: number;
}

function property(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

function eventLines(event: IcsEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    property('UID', event.uid),
    property('DTSTAMP', formatUtc(event.stamp)),
    property('CREATED', formatUtc(event.created)),
    property('LAST-MODIFIED', formatUtc(event.stamp)),
    property('DTSTART', formatUtc(event.start)),
    property('DTEND', formatUtc(event.end)),
    property('SEQUENCE', String(event.sequence)),
    property('SUMMARY', escapeText(NEUTRAL_SUMMARY)),
  ];
  if (event.place && isNeutral(event.place))
    lines.push(property('LOCATION', escapeText(event.place)));
  lines.push(
    property('STATUS', event.status),
    property('TRANSP', 'OPAQUE'),
    property('CLASS', 'PRIVATE'),
    'END:VEVENT',
  );
  return lines;
}

/** The whole iCalendar object, CRLF line ends included (the last line too). */
export function buildCalendar(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    property('PRODID', calendar.productId),
    'CALSCALE:GREGORIAN',
    property('X-WR-CALNAME', escapeText(NEUTRAL_SUMMARY)),
  ];
  if (calendar.refreshMinutes !== undefined) {
    const duration = `PT${Math.max(1, Math.round(calendar.refreshMinutes))}M`;
    lines.push(
      property('REFRESH-INTERVAL;VALUE=DURATION', duration),
      property('X-PUBLISHED-TTL', duration),
    );
  }
  for (const event of calendar.events) lines.push(...eventLines(event));
  lines.push('END:VCALENDAR');
  return lines.join(CRLF) + CRLF;
}
