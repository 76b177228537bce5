import { describe, expect, it } from 'vitest';
import {
  formatStart,
  formatTime,
  hoursAndMinutes,
  isEvening,
  nearestDuration,
  suggestedStart,
  zoneCity,
} from './date-words';

describe('words for planned dates', () => {
  it.each([
    ['Europe/Berlin', 'Berlin'],
    ['America/New_York', 'New York'],
    ['America/Argentina/Buenos_Aires', 'Buenos Aires'],
    ['UTC', 'UTC'],
  ])('%s is %s', (zone, city) => {
    expect(zoneCity(zone)).toBe(city);
  });

  it('shows the start on the date’s own clock, whatever the viewer’s', () => {
    expect(formatStart('2026-03-06T18:30:00.000Z', 'Europe/Berlin', 'en-GB')).toBe(
      'Fri 6 Mar, 19:30',
    );
    expect(formatTime('2026-03-06T18:30:00.000Z', 'Asia/Tokyo', 'en-GB')).toBe('03:30');
  });

  it.each([
    ['2026-03-06T15:59:00Z', 'UTC', false],
    ['2026-03-06T17:00:00Z', 'UTC', true],
    ['2026-03-06T16:30:00Z', 'Europe/Berlin', true],
    ['2026-03-06T20:00:00Z', 'America/Los_Angeles', false],
  ])('%s in %s is an evening: %s', (iso, zone, evening) => {
    expect(isEvening(iso, zone)).toBe(evening);
  });

  it.each([
    [15, 30],
    [45, 60],
    [100, 90],
    [105, 120],
    [150, 180],
    [300, 360],
    [600, 480],
    [2000, 1440],
  ])('%i minutes plans as %i', (minutes, choice) => {
    expect(nearestDuration(minutes)).toBe(choice);
  });

  it('splits a length into hours and minutes', () => {
    expect(hoursAndMinutes(150)).toEqual({ hours: 2, minutes: 30 });
    expect(hoursAndMinutes(45)).toEqual({ hours: 0, minutes: 45 });
  });

  it('suggests tomorrow evening on the couple’s clock', () => {
    expect(suggestedStart(new Date('2026-03-06T23:30:00Z'), 'Europe/Berlin')).toEqual({
      day: '2026-03-08',
      time: '19:00',
    });
    expect(suggestedStart(new Date('2026-12-31T12:00:00Z'), 'UTC')).toEqual({
      day: '2027-01-01',
      time: '19:00',
    });
  });
});
