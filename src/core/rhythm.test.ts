import { describe, expect, it } from 'vitest';
import type { RhythmEntry } from './plan';
import {
  countDaysByWeek,
  countWeekLabels,
  countWeeks,
  isWelcomeBack,
  KEPT_SHARE,
  mondayOf,
  summarizeWeek,
  weekIndexOf,
  weeksUpTo,
  weeksWithEntry,
} from './rhythm';

const daily = (id: RhythmEntry['id'], times = 7): RhythmEntry => ({
  id,
  cadence: 'daily',
  timesPerWeek: times,
  minutes: 5,
  track: 3,
  together: true,
});
const weekly = (id: RhythmEntry['id']): RhythmEntry => ({
  id,
  cadence: 'weekly',
  timesPerWeek: 1,
  minutes: 20,
  track: 3,
  together: id !== 'weekly-pulse',
});

describe('weeks', () => {
  it.each([
    ['2026-03-02', '2026-03-02'], // a Monday
    ['2026-03-08', '2026-03-02'], // a Sunday
    ['2026-01-01', '2025-12-29'], // across a year
  ])('the Monday of %s is %s', (day, monday) => {
    expect(mondayOf(day)).toBe(monday);
  });

  it('lists the current week and the ones before it, newest first, across a year', () => {
    expect(weeksUpTo('2026-01-07', 3)).toEqual([
      { week: '2026-W02', start: '2026-01-05', end: '2026-01-11' },
      { week: '2026-W01', start: '2025-12-29', end: '2026-01-04' },
      { week: '2025-W52', start: '2025-12-22', end: '2025-12-28' },
    ]);
  });

  it.each([
    ['2026-01-05', 0],
    ['2026-01-04', 1],
    ['2025-12-22', 2],
    ['2025-12-21', -1],
    ['2026-01-12', -1],
  ])('finds the week of %s at %i', (day, index) => {
    expect(weekIndexOf(weeksUpTo('2026-01-07', 3), day)).toBe(index);
  });

  it('counts each day once, and leaves out days outside the weeks', () => {
    const weeks = weeksUpTo('2026-03-04', 2);
    const days = ['2026-03-02', '2026-03-02', '2026-03-03', '2026-02-27', '2026-01-01'];
    expect(countDaysByWeek(days, weeks)).toEqual([2, 1]);
    expect(countWeekLabels(['2026-W09', '2026-W09', '2025-W01'], weeks)).toEqual([0, 1]);
  });
});

describe('a week', () => {
  const plan = [daily('daily-question'), daily('small-gesture', 5), weekly('weekly-checkin')];

  it.each<[string, Record<string, number>, number, boolean, boolean]>([
    [
      'nothing at all',
      { 'daily-question': 0, 'small-gesture': 0, 'weekly-checkin': 0 },
      0,
      false,
      false,
    ],
    ['everything', { 'daily-question': 7, 'small-gesture': 5, 'weekly-checkin': 1 }, 1, true, true],
    // (4/7 + 0 + 1) / 3 = 0.52: kept
    [
      'the check-in and four questions',
      { 'daily-question': 4, 'small-gesture': 0, 'weekly-checkin': 1 },
      11 / 21,
      true,
      true,
    ],
    // (3/7 + 2/5 + 0) / 3 = 0.28: not kept, but something happened
    [
      'a few things',
      { 'daily-question': 3, 'small-gesture': 2, 'weekly-checkin': 0 },
      (3 / 7 + 2 / 5) / 3,
      false,
      true,
    ],
    // More than asked counts as all of it, never more.
    [
      'more than asked',
      { 'daily-question': 7, 'small-gesture': 7, 'weekly-checkin': 3 },
      1,
      true,
      true,
    ],
  ])('%s', (_name, done, share, kept, active) => {
    const week = summarizeWeek(plan, done);
    expect(week.share).toBeCloseTo(share, 6);
    expect(week.kept).toBe(kept);
    expect(week.active).toBe(active);
  });

  it('keeps exactly at half, not below', () => {
    const two = [weekly('weekly-checkin'), weekly('weekly-pulse')];
    expect(summarizeWeek(two, { 'weekly-checkin': 1, 'weekly-pulse': 0 }).kept).toBe(true);
    expect(KEPT_SHARE).toBe(0.5);
    const three = [...two, weekly('active-listening')];
    expect(
      summarizeWeek(three, { 'weekly-checkin': 1, 'weekly-pulse': 0, 'active-listening': 0 }).kept,
    ).toBe(false);
  });

  it('shows only planned entries that have a count, and is never kept with none', () => {
    const week = summarizeWeek(plan, { 'daily-question': 2, 'weekly-pulse': 1 });
    expect(week.entries).toEqual([{ id: 'daily-question', done: 2, target: 7, together: true }]);
    expect(summarizeWeek(plan, {})).toEqual({ entries: [], share: 0, kept: false, active: false });
  });
});

describe('counts over weeks', () => {
  const weeks = [
    { kept: true, active: true },
    { kept: false, active: true },
    { kept: false, active: false },
    { kept: true, active: true },
  ];

  it('counts kept and active weeks; a quiet week resets nothing', () => {
    expect(countWeeks(weeks)).toEqual({ weeks: 4, kept: 2, active: 3 });
    expect(countWeeks([])).toEqual({ weeks: 0, kept: 0, active: 0 });
  });

  it('counts, per entry, the weeks it was asked and happened', () => {
    const summaries = [
      summarizeWeek([daily('daily-question'), weekly('weekly-pulse')], {
        'daily-question': 2,
        'weekly-pulse': 0,
      }),
      summarizeWeek([daily('daily-question')], { 'daily-question': 0 }),
    ];
    expect(weeksWithEntry(summaries)).toEqual([
      { id: 'daily-question', asked: 2, happened: 1 },
      { id: 'weekly-pulse', asked: 1, happened: 0 },
    ]);
  });

  it.each<[boolean, boolean[], boolean]>([
    [true, [false, true], true],
    [true, [true, false], false],
    [false, [false], false],
    [true, [], false],
  ])('welcome back when this week is %s after %j: %s', (current, before, expected) => {
    expect(
      isWelcomeBack(
        { active: current },
        before.map((active) => ({ active })),
      ),
    ).toBe(expected);
  });
});
