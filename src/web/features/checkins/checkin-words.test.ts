import { describe, expect, it } from 'vitest';
import {
  instantDayText,
  instantTimeText,
  isFocusStep,
  isNoteStep,
  localTimeText,
  normalizeTime,
  weekdayName,
} from './checkin-words';

describe('check-in words', () => {
  it.each([
    [1, 'Monday'],
    [3, 'Wednesday'],
    [7, 'Sunday'],
  ])('weekday %i is %s', (weekday, name) => {
    expect(weekdayName(weekday, 'en-GB')).toBe(name);
  });

  it('writes times as the reader’s language does', () => {
    expect(localTimeText('19:00', 'en-GB')).toBe('19:00');
    expect(localTimeText('07:05', 'en-US')).toBe('7:05 AM');
  });

  it('reads instants on the clock it is given', () => {
    expect(instantTimeText('2026-03-29T17:00:00Z', 'en-GB', 'Europe/Berlin')).toBe('19:00');
    expect(instantDayText('2026-03-29T22:30:00Z', 'en-GB', 'Europe/Berlin')).toBe(
      'Monday 30 March',
    );
  });

  it.each([
    ['19:00', '19:00'],
    ['7:30', '07:30'],
    ['07:30:00', '07:30'],
    ['24:00', null],
    ['', null],
    ['noon', null],
  ])('normalizes "%s" to %s', (value, expected) => {
    expect(normalizeTime(value)).toBe(expected);
  });

  it('tells the steps apart', () => {
    expect(isFocusStep('waiting')).toBe(false);
    expect(isFocusStep('agreements')).toBe(true);
    expect(isNoteStep('agreements')).toBe(false);
    expect(isNoteStep('concerns')).toBe(true);
  });
});
