import { describe, expect, it } from 'vitest';
import { shortDate, shortWeekDate, weekStart, whole } from './week-label';

const NOW = new Date('2026-12-01T10:00:00Z');

describe('weekStart', () => {
  it.each([
    ['2026-W01', '2025-12-29'],
    ['2026-W48', '2026-11-23'],
    ['2026-W49', '2026-11-30'],
    ['2026-W53', '2026-12-28'],
    ['2020-W53', '2020-12-28'],
    ['2021-W01', '2021-01-04'],
    ['2024-W01', '2024-01-01'],
  ])('%s starts on Monday %s', (week, monday) => {
    expect(weekStart(week)).toBe(monday);
    expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
  });

  it.each(['W48', '2026-48', '2026-W00', '2026-W54', '', 'next week'])('is null for %o', (text) => {
    expect(weekStart(text)).toBeNull();
  });
});

describe('shortWeekDate', () => {
  it.each([
    ['en-GB', '2026-W48', '23 Nov'],
    ['en-US', '2026-W48', 'Nov 23'],
    ['de-DE', '2026-W48', '23. Nov.'],
    ['en-GB', '2026-W01', '29 Dec 2025'],
    ['en-GB', '2025-W30', '21 Jul 2025'],
  ])('writes it in the reader’s locale (%s): %s is %s', (locale, week, expected) => {
    expect(shortWeekDate(week, locale, NOW)).toBe(expected);
  });

  it('leaves text that is not a week as it is', () => {
    expect(shortWeekDate('soon', 'en-GB', NOW)).toBe('soon');
  });
});

describe('shortDate', () => {
  it.each([
    ['2026-11-02', 'en-GB', '2 Nov'],
    ['2026-11-02', 'en-US', 'Nov 2'],
    ['2025-11-02', 'en-GB', '2 Nov 2025'],
    ['2026-11-02T09:30:00.000Z', 'en-GB', '2 Nov'],
    ['not a date', 'en-GB', 'not a date'],
  ])('%s in %s is %s', (value, locale, expected) => {
    expect(shortDate(value, locale, NOW)).toBe(expected);
  });
});

describe('whole', () => {
  it.each([
    [4.4, 4],
    [4.5, 5],
    [6.96, 7],
    [7, 7],
  ])('%s shows as %s', (value, expected) => {
    expect(whole(value)).toBe(expected);
  });
});
