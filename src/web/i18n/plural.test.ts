import { describe, expect, it } from 'vitest';
import { plural } from './index';

describe('plural', () => {
  it.each([
    [0, '0 weeks'],
    [1, '1 week'],
    [2, '2 weeks'],
    [1000, '1,000 weeks'],
  ])('%i → %s', (count, text) => {
    expect(plural('common.weeks', count)).toBe(text);
  });

  it('fills other placeholders beside the count, which chooses the form', () => {
    expect(plural('common.daysOf', 7, { done: 2 })).toBe('2 of 7 days');
    expect(plural('common.daysOf', 7, { done: 1 })).toBe('1 of 7 days');
    expect(plural('common.daysOf', 1, { done: 0 })).toBe('0 of 1 day');
  });
});
