import { describe, expect, it } from 'vitest';
import { addDays, isoWeek, localDay } from './calendar';

describe('localDay', () => {
  it.each([
    ['2026-03-02T12:00:00Z', 'UTC', '2026-03-02'],
    ['2026-03-02T23:30:00Z', 'Europe/Berlin', '2026-03-03'],
    ['2026-03-02T03:00:00Z', 'America/Los_Angeles', '2026-03-01'],
    ['2026-03-02T11:00:00Z', 'Pacific/Kiritimati', '2026-03-03'],
    ['2026-03-29T00:30:00Z', 'Europe/London', '2026-03-29'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(localDay(new Date(instant), zone)).toBe(expected);
  });
});

describe('isoWeek and addDays', () => {
  it.each([
    ['2026-01-01', '2026-W01'],
    ['2026-03-02', '2026-W10'],
    ['2027-01-01', '2026-W53'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
  ])('%s is in %s', (day, week) => {
    expect(isoWeek(day)).toBe(week);
  });
  it('adds days across months', () => {
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
  });
});
