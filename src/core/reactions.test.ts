import { describe, expect, it } from 'vitest';
import { canReactTo, isReaction, REACTIONS, reactionOf } from './reactions';

describe('reactions', () => {
  it('offers a small set of warm reactions', () => {
    expect(REACTIONS.length).toBeGreaterThanOrEqual(5);
    expect(REACTIONS.length).toBeLessThanOrEqual(6);
    expect(new Set(REACTIONS).size).toBe(REACTIONS.length);
  });

  it.each([
    ['heart', true],
    ['me-too', true],
    ['angry', false],
    ['', false],
    [null, false],
    [3, false],
  ])('%j is a reaction: %s', (value, expected) => {
    expect(isReaction(value)).toBe(expected);
  });

  it.each([
    ['hug', 'hug'],
    ['retired-reaction', null],
    [null, null],
  ])('reads back %j as %j', (stored, expected) => {
    expect(reactionOf(stored)).toBe(expected);
  });

  it.each([
    [{ revealed: true, sharedIn: 'c1', viewerCouple: 'c1' }, true],
    [{ revealed: false, sharedIn: 'c1', viewerCouple: 'c1' }, false],
    [{ revealed: true, sharedIn: 'c1', viewerCouple: 'c2' }, false],
    [{ revealed: true, sharedIn: 'c1', viewerCouple: null }, false],
    [{ revealed: true, sharedIn: null, viewerCouple: null }, false],
  ])('%j → may react: %s', (input, expected) => {
    expect(canReactTo(input)).toBe(expected);
  });
});
