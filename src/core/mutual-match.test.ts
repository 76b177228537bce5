import { describe, expect, it } from 'vitest';
import {
  isMatch,
  MATCHING_PICKS,
  matchStrength,
  mutualMatches,
  PICKS,
  type Pick,
} from './mutual-match';

const marks: (Pick | undefined)[] = [...PICKS, undefined];

describe('isMatch', () => {
  it.each([
    ['yes', 'yes', true],
    ['yes', 'maybe', true],
    ['maybe', 'yes', true],
    ['maybe', 'maybe', true],
    ['yes', 'no', false],
    ['no', 'yes', false],
    ['maybe', 'no', false],
    ['no', 'no', false],
    ['yes', undefined, false],
    [undefined, 'yes', false],
    [undefined, undefined, false],
  ] as const)('%s and %s → %s', (mine, theirs, expected) => {
    expect(isMatch(mine, theirs)).toBe(expected);
  });

  it('tells nobody a "no" from no mark at all, whatever they marked themselves', () => {
    for (const mine of marks) {
      expect(isMatch(mine, 'no')).toBe(isMatch(mine, undefined));
      expect(matchStrength(mine, 'no')).toBe(matchStrength(mine, undefined));
    }
  });

  it('is symmetric', () => {
    for (const a of marks) for (const b of marks) expect(isMatch(a, b)).toBe(isMatch(b, a));
  });

  it('matches exactly the picks SQL is given', () => {
    for (const a of PICKS)
      for (const b of PICKS)
        expect(isMatch(a, b)).toBe(
          (MATCHING_PICKS as readonly Pick[]).includes(a) &&
            (MATCHING_PICKS as readonly Pick[]).includes(b),
        );
  });
});

describe('matchStrength', () => {
  it.each([
    ['yes', 'yes', 'both-yes'],
    ['yes', 'maybe', 'yes-and-maybe'],
    ['maybe', 'yes', 'yes-and-maybe'],
    ['maybe', 'maybe', 'both-maybe'],
    ['yes', 'no', null],
    ['no', undefined, null],
  ] as const)('%s and %s → %s', (mine, theirs, expected) => {
    expect(matchStrength(mine, theirs)).toBe(expected);
  });
});

describe('mutualMatches', () => {
  it('lists only mutual items, strongest first, then by id', () => {
    const mine = new Map<string, Pick>([
      ['picnic', 'maybe'],
      ['museum', 'yes'],
      ['concert', 'yes'],
      ['hike', 'no'],
      ['cooking', 'yes'],
    ]);
    const theirs = new Map<string, Pick>([
      ['picnic', 'maybe'],
      ['museum', 'yes'],
      ['concert', 'maybe'],
      ['hike', 'yes'],
      ['dancing', 'yes'],
    ]);
    expect(mutualMatches(mine, theirs)).toEqual([
      { id: 'museum', strength: 'both-yes' },
      { id: 'concert', strength: 'yes-and-maybe' },
      { id: 'picnic', strength: 'both-maybe' },
    ]);
  });

  it('is the same list whichever partner asks', () => {
    const a = new Map<string, Pick>([
      ['x', 'yes'],
      ['y', 'maybe'],
      ['z', 'no'],
    ]);
    const b = new Map<string, Pick>([
      ['x', 'maybe'],
      ['y', 'maybe'],
      ['z', 'yes'],
    ]);
    expect(mutualMatches(a, b)).toEqual(mutualMatches(b, a));
  });
});
