import { describe, expect, it } from 'vitest';
import {
  effectiveNudgeTime,
  isDueNow,
  isQuiet,
  isQuietAt,
  localTimeOf,
  type NudgeSchedule,
  nextNudge,
  nudgeInstant,
  type QuietHours,
} from './quiet-hours';

const NIGHT: QuietHours = { from: '22:00', to: '08:00' };
const AFTERNOON: QuietHours = { from: '13:00', to: '15:00' };

describe('isQuiet: quiet hours in local time, across midnight too', () => {
  it.each([
    ['21:59', NIGHT, false],
    ['22:00', NIGHT, true],
    ['23:59', NIGHT, true],
    ['00:00', NIGHT, true],
    ['03:00', NIGHT, true],
    ['07:59', NIGHT, true],
    ['08:00', NIGHT, false],
    ['12:00', NIGHT, false],
    ['12:59', AFTERNOON, false],
    ['13:00', AFTERNOON, true],
    ['14:59', AFTERNOON, true],
    ['15:00', AFTERNOON, false],
    ['03:00', null, false],
    ['09:00', { from: '09:00', to: '09:00' }, false],
  ] as const)('%s with %j is %s', (time, quiet, expected) => {
    expect(isQuiet(time, quiet)).toBe(expected);
  });
});

describe('effectiveNudgeTime: a nudge inside quiet hours waits for their end', () => {
  it.each([
    ['19:00', NIGHT, '19:00'],
    ['21:59', NIGHT, '21:59'],
    ['22:00', NIGHT, '08:00'],
    ['23:30', NIGHT, '08:00'],
    ['07:00', NIGHT, '08:00'],
    ['08:00', NIGHT, '08:00'],
    ['14:00', AFTERNOON, '15:00'],
    ['19:00', null, '19:00'],
  ] as const)('%s with %j comes at %s', (time, quiet, expected) => {
    expect(effectiveNudgeTime(time, quiet)).toBe(expected);
  });
});

const schedule = (
  nudgeTime: string,
  timeZone: string,
  quiet: QuietHours | null = null,
): NudgeSchedule => ({ nudgeTime, timeZone, quiet });

describe('nudgeInstant: the local time stays when the clocks change', () => {
  it.each([
    // Berlin: CET (+1) until 29 March 2026, CEST (+2) after; back on 25 October.
    ['2026-03-28', schedule('19:00', 'Europe/Berlin'), '2026-03-28T18:00:00.000Z'],
    ['2026-03-29', schedule('19:00', 'Europe/Berlin'), '2026-03-29T17:00:00.000Z'],
    ['2026-10-24', schedule('19:00', 'Europe/Berlin'), '2026-10-24T17:00:00.000Z'],
    ['2026-10-25', schedule('19:00', 'Europe/Berlin'), '2026-10-25T18:00:00.000Z'],
    // 02:30 does not exist on the spring-forward night: 03:30 CEST.
    ['2026-03-29', schedule('02:30', 'Europe/Berlin'), '2026-03-29T01:30:00.000Z'],
    // ... and when 03:30 is quiet that night, the nudge waits for the end of quiet hours.
    [
      '2026-03-29',
      schedule('02:30', 'Europe/Berlin', { from: '03:00', to: '07:00' }),
      '2026-03-29T05:00:00.000Z',
    ],
    [
      '2026-03-28',
      schedule('02:30', 'Europe/Berlin', { from: '03:00', to: '07:00' }),
      '2026-03-28T01:30:00.000Z',
    ],
    // 02:30 happens twice on the fall-back night: the first one.
    ['2026-10-25', schedule('02:30', 'Europe/Berlin'), '2026-10-25T00:30:00.000Z'],
    // New York: EST (−5) until 8 March 2026, EDT (−4) after.
    ['2026-03-07', schedule('08:00', 'America/New_York'), '2026-03-07T13:00:00.000Z'],
    ['2026-03-08', schedule('08:00', 'America/New_York'), '2026-03-08T12:00:00.000Z'],
    ['2026-11-01', schedule('20:00', 'America/New_York'), '2026-11-02T01:00:00.000Z'],
    // Half-hour offset; quiet hours across midnight in Tokyo move a late nudge to the morning.
    ['2026-03-02', schedule('09:15', 'Asia/Kolkata'), '2026-03-02T03:45:00.000Z'],
    [
      '2026-03-02',
      schedule('23:00', 'Asia/Tokyo', { from: '22:00', to: '07:30' }),
      '2026-03-01T22:30:00.000Z',
    ],
  ] as const)('on %s with %j at %s', (day, nudge, expected) => {
    expect(nudgeInstant(day, nudge).toISOString()).toBe(expected);
  });
});

describe('nextNudge: today’s when its time has not passed, else tomorrow’s', () => {
  it.each([
    ['2026-03-02T12:00:00Z', schedule('19:00', 'UTC'), '2026-03-02', '2026-03-02T19:00:00.000Z'],
    ['2026-03-02T19:00:00Z', schedule('19:00', 'UTC'), '2026-03-02', '2026-03-02T19:00:00.000Z'],
    ['2026-03-02T19:01:00Z', schedule('19:00', 'UTC'), '2026-03-03', '2026-03-03T19:00:00.000Z'],
    // 19:30 in Berlin on the eve of the change: the next one is 23 hours away, not 24.
    [
      '2026-03-28T18:30:00Z',
      schedule('19:00', 'Europe/Berlin'),
      '2026-03-29',
      '2026-03-29T17:00:00.000Z',
    ],
    // ... and 25 hours away on the eve of the change back.
    [
      '2026-10-24T17:30:00Z',
      schedule('19:00', 'Europe/Berlin'),
      '2026-10-25',
      '2026-10-25T18:00:00.000Z',
    ],
    // Auckland is already on 3 March; Los Angeles is still on 2 March.
    [
      '2026-03-02T12:00:00Z',
      schedule('19:00', 'Pacific/Auckland'),
      '2026-03-03',
      '2026-03-03T06:00:00.000Z',
    ],
    [
      '2026-03-02T12:00:00Z',
      schedule('19:00', 'America/Los_Angeles'),
      '2026-03-02',
      '2026-03-03T03:00:00.000Z',
    ],
    // A nudge chosen inside quiet hours comes when they end.
    [
      '2026-03-02T12:00:00Z',
      schedule('23:00', 'UTC', NIGHT),
      '2026-03-03',
      '2026-03-03T08:00:00.000Z',
    ],
  ] as const)('from %s with %j: %s at %s', (from, nudge, day, at) => {
    const next = nextNudge(new Date(from), nudge);
    expect(next.day).toBe(day);
    expect(next.at.toISOString()).toBe(at);
  });
});

describe('reading instants in a time zone', () => {
  it.each([
    ['2026-03-29T01:30:00Z', 'Europe/Berlin', '03:30', true],
    ['2026-03-28T22:30:00Z', 'Europe/Berlin', '23:30', true],
    ['2026-03-02T06:59:00Z', 'UTC', '06:59', true],
    ['2026-03-02T08:00:00Z', 'UTC', '08:00', false],
    ['2026-03-29T06:00:00Z', 'Europe/Berlin', '08:00', false],
    ['2026-03-02T23:30:00Z', 'Asia/Kolkata', '05:00', true],
  ] as const)('%s in %s is %s (quiet at night: %s)', (instant, zone, time, quiet) => {
    expect(localTimeOf(new Date(instant), zone)).toBe(time);
    expect(isQuietAt(new Date(instant), NIGHT, zone)).toBe(quiet);
  });
});

describe('isDueNow: not early, and not long after', () => {
  const at = new Date('2026-03-02T19:00:00Z');
  it.each([
    ['2026-03-02T18:59:59Z', false],
    ['2026-03-02T19:00:00Z', true],
    ['2026-03-02T19:30:00Z', true],
    ['2026-03-02T19:30:01Z', false],
  ] as const)('at %s: %s', (now, expected) => {
    expect(isDueNow(at, new Date(now))).toBe(expected);
  });
});
