import { describe, expect, it } from 'vitest';
import { canChangeAnswer } from './reveal';

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
