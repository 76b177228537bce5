import { describe, expect, it } from 'vitest';
import {
  canReflect,
  datePhase,
  type IdeaFilter,
  type IdeaTraits,
  instantOfLocal,
  isLocalDateTime,
  matchesIdeaFilter,
  scheduleProblem,
  timeNeededOf,
} from './dates';
import { wallTimeOf } from './wall-clock';

const picnic: IdeaTraits = {
  kinds: ['emotional', 'physical'],
  setting: 'out',
  cost: '$',
  minutes: 120,
  energy: 'medium',
  seasons: ['spring', 'summer'],
};
const letters: IdeaTraits = {
  kinds: ['emotional'],
  setting: 'home',
  cost: 'free',
  minutes: 45,
  energy: 'low',
  seasons: ['any'],
  distance: true,
};

describe('time needed', () => {
  it.each([
    [5, 'short'],
    [60, 'short'],
    [61, 'medium'],
    [180, 'medium'],
    [181, 'long'],
    [600, 'long'],
  ] as const)('%i minutes is %s', (minutes, band) => {
    expect(timeNeededOf(minutes)).toBe(band);
  });
});

describe('the library filter', () => {
  it.each<[string, IdeaFilter, boolean, boolean]>([
    ['no filter', {}, true, true],
    ['out', { setting: 'out' }, true, false],
    ['at home', { setting: 'home' }, false, true],
    ['free', { cost: 'free' }, false, true],
    ['$', { cost: '$' }, true, false],
    ['short', { time: 'short' }, false, true],
    ['an evening', { time: 'medium' }, true, false],
    ['low energy', { energy: 'low' }, false, true],
    ['summer', { season: 'summer' }, true, true],
    ['winter: "any" fits every season', { season: 'winter' }, false, true],
    ['physical', { kind: 'physical' }, true, false],
    ['emotional', { kind: 'emotional' }, true, true],
    ['intellectual', { kind: 'intellectual' }, false, false],
    ['long distance', { distance: true }, false, true],
    ['distance off is no filter', { distance: false }, true, true],
    ['several at once', { setting: 'home', cost: 'free', season: 'autumn' }, false, true],
  ])('%s', (_name, filter, picnicPasses, lettersPass) => {
    expect(matchesIdeaFilter(picnic, filter)).toBe(picnicPasses);
    expect(matchesIdeaFilter(letters, filter)).toBe(lettersPass);
  });
});

describe('local date and time', () => {
  it.each([
    ['2026-03-06T18:30', true],
    ['2026-02-29T10:00', false],
    ['2028-02-29T10:00', true],
    ['2026-13-01T10:00', false],
    ['2026-03-06T24:00', false],
    ['2026-03-06T18:60', false],
    ['2026-03-06 18:30', false],
    ['2026-03-06T18:30:00', false],
  ])('%s is well formed: %s', (value, ok) => {
    expect(isLocalDateTime(value)).toBe(ok);
  });

  it.each([
    ['2026-03-06T18:30', 'UTC', '2026-03-06T18:30:00.000Z'],
    ['2026-03-06T18:30', 'Europe/Berlin', '2026-03-06T17:30:00.000Z'],
    ['2026-07-06T18:30', 'Europe/Berlin', '2026-07-06T16:30:00.000Z'],
    ['2026-07-06T18:30', 'America/New_York', '2026-07-06T22:30:00.000Z'],
    ['2026-03-06T09:00', 'Asia/Kolkata', '2026-03-06T03:30:00.000Z'],
    ['2026-03-06T09:00', 'Pacific/Kiritimati', '2026-03-05T19:00:00.000Z'],
    ['2026-03-06T09:00', 'Australia/Lord_Howe', '2026-03-05T22:00:00.000Z'],
    // Summer time starts: 02:30 does not exist in Berlin and moves forward to 03:30.
    ['2026-03-29T02:30', 'Europe/Berlin', '2026-03-29T01:30:00.000Z'],
    // Summer time ends: 02:30 happens twice; the first one is meant.
    ['2026-10-25T02:30', 'Europe/Berlin', '2026-10-25T00:30:00.000Z'],
    ['2026-11-01T01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'],
  ])('%s in %s is %s', (local, zone, iso) => {
    expect(instantOfLocal(local, zone).toISOString()).toBe(iso);
  });

  it.each([
    ['2026-03-06T17:30:00Z', 'Europe/Berlin', '2026-03-06T18:30'],
    ['2026-03-05T19:00:00Z', 'Pacific/Kiritimati', '2026-03-06T09:00'],
    ['2026-03-06T00:00:00Z', 'America/Los_Angeles', '2026-03-05T16:00'],
  ])('%s shows as %s', (iso, zone, local) => {
    expect(wallTimeOf(new Date(iso), zone)).toBe(local);
  });

  it('round-trips quarter hours across a year in a zone with summer time', () => {
    const zone = 'Europe/London';
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 15 * 60_000 * 13) {
      const instant = new Date(t);
      const local = wallTimeOf(instant, zone);
      const back = instantOfLocal(local, zone);
      // The repeated autumn hour maps to its first occurrence.
      expect(wallTimeOf(back, zone)).toBe(local);
      expect(back.getTime() <= instant.getTime()).toBe(true);
    }
  });

  it('refuses what is not a local date and time', () => {
    expect(() => instantOfLocal('tomorrow', 'UTC')).toThrow(RangeError);
  });
});

describe('where a date stands', () => {
  const start = new Date('2026-03-06T18:00:00Z');
  it.each([
    ['2026-03-06T17:59:59Z', 'upcoming', false],
    ['2026-03-06T18:00:00Z', 'now', true],
    ['2026-03-06T19:59:59Z', 'now', true],
    ['2026-03-06T20:00:00Z', 'past', true],
    ['2026-03-09T10:00:00Z', 'past', true],
  ] as const)('at %s it is %s (reflection open: %s)', (now, phase, reflect) => {
    expect(datePhase(start, 120, new Date(now))).toBe(phase);
    expect(canReflect(start, new Date(now))).toBe(reflect);
  });

  it.each([
    ['2026-01-04T12:00:00Z', null],
    ['2026-01-03T11:00:00Z', 'too-far-back'],
    ['2028-03-05T12:00:00Z', null],
    ['2028-03-06T12:00:00Z', 'too-far-ahead'],
  ] as const)('planning for %s: %s', (when, problem) => {
    expect(scheduleProblem(new Date(when), new Date('2026-03-04T12:00:00Z'))).toBe(problem);
  });
});
