import { describe, expect, it } from 'vitest';
import { reliableChangeThreshold, summarizeChange } from './reliable-change';

const config = { version: 'test', sd: 1.5, r: 0.8 };

describe('reliableChangeThreshold', () => {
  it.each([
    [1, 0.9, 0.876],
    [1, 0.8, 1.239],
    [1.5, 0.8, 1.858],
    [2, 0.75, 2.77],
  ])('sd=%s r=%s → %s', (sd, r, expected) => {
    expect(reliableChangeThreshold({ sd, r })).toBeCloseTo(expected, 3);
  });
});

describe('summarizeChange', () => {
  it.each([
    ['no readings', [], 'not-enough-data'],
    ['one reading', [5], 'not-enough-data'],
    ['baseline only', [5, 6, 5], 'not-enough-data'],
    ['flat', [5, 5, 5, 5, 6, 5, 5], 'usual-range'],
    ['small rise stays in range', [5, 5, 5, 6, 6, 6, 6], 'usual-range'],
    ['clear rise', [4, 4, 4, 6, 7, 7, 7], 'went-up'],
    ['clear fall', [7, 7, 8, 5, 5, 5, 4], 'went-down'],
    ['just over the threshold', [5, 5, 5, 6.86, 6.86], 'went-up'],
    ['just under the threshold', [5, 5, 5, 6.85, 6.85], 'usual-range'],
  ] as [string, number[], string][])('%s → %s', (_name, readings, verdict) => {
    expect(summarizeChange(readings, config).verdict).toBe(verdict);
  });

  it('uses the first readings as baseline and the last four as current', () => {
    const summary = summarizeChange([2, 4, 3, 9, 1, 5, 5, 5, 5], config);
    expect(summary.baseline).toBe(3);
    expect(summary.current).toBe(5);
    expect(summary.band?.low).toBeCloseTo(3 - 1.858, 3);
  });
});
