import { describe, expect, it } from 'vitest';
import {
  checkVisibleFrom,
  fromWallTime,
  isFound,
  MAX_SLEEP_MS,
  NOTE_LIMITS,
  sleepUntil,
  titleFits,
} from './notes';
import { wallTimeOf } from './wall-clock';

const NOW = new Date('2026-03-02T12:00:00.000Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe('hidden-until-time delivery', () => {
  it.each([
    { name: 'a moment before', visibleFrom: at(1), found: false },
    { name: 'at the very instant', visibleFrom: at(0), found: true },
    { name: 'after', visibleFrom: at(-1), found: true },
  ])('a note is found $name its time: $found', ({ visibleFrom, found }) => {
    expect(isFound(visibleFrom, NOW)).toBe(found);
  });

  it.each([
    { name: 'not hidden', chosen: null, out: { ok: true, visibleFrom: NOW, hidden: false } },
    {
      name: 'an hour ahead',
      chosen: at(60 * MINUTE),
      out: { ok: true, visibleFrom: at(60 * MINUTE), hidden: true },
    },
    {
      name: 'exactly 30 days ahead',
      chosen: at(30 * DAY),
      out: { ok: true, visibleFrom: at(30 * DAY), hidden: true },
    },
    { name: 'past 30 days', chosen: at(30 * DAY + 1), out: { ok: false, reason: 'too-far' } },
    {
      name: 'a minute ago (the picker lagged)',
      chosen: at(-MINUTE),
      out: { ok: true, visibleFrom: NOW, hidden: false },
    },
    {
      name: 'at the edge of the grace',
      chosen: at(-NOTE_LIMITS.pastGraceMs),
      out: { ok: true, visibleFrom: NOW, hidden: false },
    },
    { name: 'long past', chosen: at(-DAY), out: { ok: false, reason: 'past' } },
  ])('$name', ({ chosen, out }) => {
    expect(checkVisibleFrom(chosen, NOW)).toEqual(out);
  });

  it.each([
    { kind: 'celebrate', title: 'First 10k', fits: true },
    { kind: 'celebrate', title: null, fits: false },
    { kind: 'celebrate', title: '', fits: false },
    { kind: 'thank-you', title: null, fits: true },
    { kind: 'compliment', title: 'A title', fits: false },
  ] as const)('a $kind with title $title fits: $fits', ({ kind, title, fits }) => {
    expect(titleFits(kind, title)).toBe(fits);
  });

  it.each([
    { name: 'nothing waiting', due: null, ms: MAX_SLEEP_MS },
    { name: 'due in 3 s', due: at(3000), ms: 3000 },
    { name: 'due already', due: at(-5000), ms: 0 },
    { name: 'due in 20 days', due: at(20 * DAY), ms: MAX_SLEEP_MS },
  ])('the timer sleeps until the next note ($name)', ({ due, ms }) => {
    expect(sleepUntil(due, NOW)).toBe(ms);
  });
});

describe('wall clock of a time zone', () => {
  it.each([
    { zone: 'UTC', wall: '2026-03-02T12:00', iso: '2026-03-02T12:00:00.000Z' },
    { zone: 'Europe/Berlin', wall: '2026-03-02T13:00', iso: '2026-03-02T12:00:00.000Z' },
    { zone: 'America/New_York', wall: '2026-07-01T08:30', iso: '2026-07-01T12:30:00.000Z' },
    { zone: 'Asia/Kolkata', wall: '2026-03-02T17:30', iso: '2026-03-02T12:00:00.000Z' },
    { zone: 'Pacific/Kiritimati', wall: '2026-03-03T02:00', iso: '2026-03-02T12:00:00.000Z' },
    // Clocks go back at 03:00 in Berlin: 02:30 happens twice; the first is meant.
    { zone: 'Europe/Berlin', wall: '2026-10-25T02:30', iso: '2026-10-25T00:30:00.000Z' },
    // Clocks go forward at 02:00 in Berlin: 02:30 never happens; just after the gap is meant.
    { zone: 'Europe/Berlin', wall: '2026-03-29T02:30', iso: '2026-03-29T01:30:00.000Z' },
  ])('$wall in $zone is $iso', ({ zone, wall, iso }) => {
    expect(fromWallTime(wall, zone)?.toISOString()).toBe(iso);
  });

  it.each([
    { zone: 'Europe/Berlin', iso: '2026-03-02T12:00:00.000Z', wall: '2026-03-02T13:00' },
    { zone: 'America/Los_Angeles', iso: '2026-03-02T07:59:59.000Z', wall: '2026-03-01T23:59' },
    { zone: 'UTC', iso: '2026-12-31T23:59:00.000Z', wall: '2026-12-31T23:59' },
  ])('$iso shows $wall in $zone', ({ zone, iso, wall }) => {
    expect(wallTimeOf(new Date(iso), zone)).toBe(wall);
  });

  it.each(['2026-02-30T10:00', '2026-03-02T24:00', '2026-03-02 10:00', 'tomorrow'])(
    'rejects %s',
    (wall) => {
      expect(fromWallTime(wall, 'UTC')).toBeNull();
    },
  );
});
