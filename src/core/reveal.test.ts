import { describe, expect, it } from 'vitest';
import { canChangeAnswer, revealState } from './reveal';

describe('revealState', () => {
  it.each([
    [false, false, 'unanswered'],
    [true, false, 'waiting-for-partner'],
    [false, true, 'waiting-for-me'],
    [true, true, 'revealed'],
  ] as const)('mine=%s partner=%s → %s', (mine, partner, expected) => {
    expect(revealState(mine, partner)).toBe(expected);
  });
});

describe('canChangeAnswer', () => {
  it.each([
    [false, true, true],
    [true, true, false],
    [true, false, true],
    [false, false, true],
  ])('partner answered=%s, with partner=%s → %s', (hasPartner, withPartner, expected) => {
    expect(canChangeAnswer(hasPartner, withPartner)).toBe(expected);
  });
});
