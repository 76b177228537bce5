import { describe, expect, it } from 'vitest';
import { findPasswordProblem } from './password-policy';

const common = new Set(['password123', 'qwertyuiop']);
const who = { email: 'sam.rivera@example.com', displayName: 'Sam Rivera' };

describe('findPasswordProblem', () => {
  it.each([
    ['short', 'too_short'],
    ['Password123', 'too_common'],
    ['aaaaaaaaaaaa', 'too_repetitive'],
    ['abababababab', 'too_repetitive'],
    ['my sam.rivera key', 'too_personal'],
    ['samrivera', 'too_short'],
    ['SamRivera ', 'too_personal'],
    ['x'.repeat(257), 'too_long'],
    ['lantern orchard velvet', null],
    ['🙂🌙 hold on tight', null],
    ['🙂🙂🙂🙂🙂🙂🙂🙂🙂x', 'too_repetitive'],
  ])('%s → %s', (password, expected) => {
    expect(findPasswordProblem(password, who, common)).toBe(expected);
  });
});
