import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  CRLF,
  escapeText,
  foldLine,
  formatUtc,
  type IcsEvent,
  isNeutral,
  MAX_LINE_OCTETS,
  NEUTRAL_SUMMARY,
  SENSITIVE_WORDS,
} from './ics';

function event(overrides: Partial<IcsEvent> = {}): IcsEvent {
  return {
    uid: 'Zr4k2W9xYb3c7dEf1gHiJk@rekindle.example',
    stamp: new Date('2026-03-02T09:15:00.000Z'),
    created: new Date('2026-03-01T08:00:00.000Z'),
    start: new Date('2026-03-06T18:30:00.000Z'),
    end: new Date('2026-03-06T21:00:00.000Z'),
    sequence: 2,
    place: 'Lakeside café, table by the window',
    status: 'CONFIRMED',
    ...overrides,
  };
}

const PRODUCT = '-//Rekindle//Time together//EN';

function octets(line: string): number {
  return new TextEncoder().encode(line).length;
}

describe('escaping TEXT values', () => {
  it.each([
    ['plain words', 'plain words'],
    ['a, b', 'a\\, b'],
    ['one; two', 'one\\; two'],
    ['back\\slash', 'back\\\\slash'],
    ['line\nbreak', 'line\\nbreak'],
    ['windows\r\nbreak', 'windows\\nbreak'],
    ['old mac\rbreak', 'old mac\\nbreak'],
    ['all: \\,;\n', 'all: \\\\\\,\\;\\n'],
    ['colons stay: 10:30', 'colons stay: 10:30'],
  ])('%j → %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('folding lines at 75 octets', () => {
  it.each([
    ['short', 'SUMMARY:Time together', 1],
    ['exactly 75', `X:${'a'.repeat(73)}`, 1],
    ['76 ASCII', `X:${'a'.repeat(74)}`, 2],
    ['long ASCII', `LOCATION:${'b'.repeat(300)}`, 5],
    ['two-octet letters', `LOCATION:${'é'.repeat(100)}`, 3],
    ['four-octet emoji', `LOCATION:${'🌿'.repeat(40)}`, 3],
  ])('%s', (_name, line, physicalLines) => {
    const folded = foldLine(line);
    const parts = folded.split(CRLF);
    expect(parts).toHaveLength(physicalLines);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    // Unfolding (§3.1: remove CRLF followed by one space) gives the line back, characters whole.
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('UTC times', () => {
  it.each([
    ['2026-03-06T18:30:00.000Z', '20260306T183000Z'],
    ['2026-12-31T23:59:59.999Z', '20261231T235959Z'],
    ['2027-01-01T00:00:00.000Z', '20270101T000000Z'],
  ])('%s → %s', (iso, expected) => {
    expect(formatUtc(new Date(iso))).toBe(expected);
  });
});

describe('neutral words', () => {
  it.each([
    ['Lakeside café', true],
    ['Home', true],
    ['Essex Road 12', true],
    ['Sussex Gardens', true],
    ['Couples therapy, room 3', false],
    ['Our bedroom', false],
    ['The Sensual Spa', false],
    ['SEX shop', false],
    ['Intimacy workshop', false],
    ['counselling centre', false],
  ])('%j is neutral: %s', (text, neutral) => {
    expect(isNeutral(text)).toBe(neutral);
  });
});

describe('a calendar', () => {
  const text = buildCalendar({ productId: PRODUCT, events: [event()], refreshMinutes: 60 });

  it('ends every line with CRLF, and no line with a bare LF or CR', () => {
    expect(text.endsWith(CRLF)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split(CRLF)) expect(octets(line)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
  });

  it('carries the required properties, in UTC, with a stable UID, DTSTAMP and sequence', () => {
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:');
    expect(unfolded).toContain('UID:Zr4k2W9xYb3c7dEf1gHiJk@rekindle.example\r\n');
    expect(unfolded).toContain('DTSTAMP:20260302T091500Z\r\n');
    expect(unfolded).toContain('DTSTART:20260306T183000Z\r\n');
    expect(unfolded).toContain('DTEND:20260306T210000Z\r\n');
    expect(unfolded).toContain('SEQUENCE:2\r\n');
    expect(unfolded).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT60M\r\n');
    expect(unfolded).toContain(`SUMMARY:${NEUTRAL_SUMMARY}\r\n`);
    expect(unfolded).toContain('LOCATION:Lakeside café\\, table by the window\r\n');
    // The same input gives the same bytes: a feed's ETag only changes when a date does.
    expect(buildCalendar({ productId: PRODUCT, events: [event()], refreshMinutes: 60 })).toBe(text);
  });

  it('leaves out a place that is not neutral, and never says anything but "Time together"', () => {
    const out = buildCalendar({
      productId: PRODUCT,
      events: [
        event({ place: 'Couples therapy at the clinic' }),
        event({ uid: 'b@x', place: null }),
      ],
    });
    expect(out).not.toContain('LOCATION');
    const lower = out.toLowerCase();
    for (const word of SENSITIVE_WORDS) expect(lower, word).not.toContain(word);
    expect(out.match(/^SUMMARY:.*$/gm)).toEqual([
      `SUMMARY:${NEUTRAL_SUMMARY}`,
      `SUMMARY:${NEUTRAL_SUMMARY}`,
    ]);
  });

  it('is read back by a real iCalendar parser (ical.js), long and odd places included', () => {
    const place = `Botanic garden, north gate; "the old glasshouse" — bring a scarf 🌿 ${'x'.repeat(90)}`;
    const out = buildCalendar({
      productId: PRODUCT,
      refreshMinutes: 60,
      events: [
        event({ place }),
        event({
          uid: 'second@rekindle.example',
          start: new Date('2026-07-01T07:00:00Z'),
          end: new Date('2026-07-01T08:00:00Z'),
          place: null,
          status: 'CANCELLED',
          sequence: 0,
        }),
      ],
    });
    const calendar = new ICAL.Component(ICAL.parse(out));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(PRODUCT);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    const [first, second] = events;
    expect(first?.uid).toBe('Zr4k2W9xYb3c7dEf1gHiJk@rekindle.example');
    expect(first?.summary).toBe(NEUTRAL_SUMMARY);
    expect(first?.location).toBe(place);
    expect(first?.startDate.toJSDate().toISOString()).toBe('2026-03-06T18:30:00.000Z');
    expect(first?.endDate.toJSDate().toISOString()).toBe('2026-03-06T21:00:00.000Z');
    expect(first?.startDate.zone.tzid).toBe('UTC');
    expect(first?.sequence).toBe(2);
    expect(second?.location).toBeNull();
    expect(second?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(second?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe(
      '2026-03-02T09:15:00Z',
    );
  });

  it('is a valid empty calendar when nothing is planned', () => {
    const out = buildCalendar({ productId: PRODUCT, events: [] });
    const calendar = new ICAL.Component(ICAL.parse(out));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
  });
});
