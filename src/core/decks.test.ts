import { describe, expect, it } from 'vitest';
import type { Depth } from '../shared/api';
import {
  canDraw,
  canPutBack,
  type DrawableQuestion,
  drawOrder,
  isSettled,
  MAX_OPEN_CARDS,
  undrawnCount,
} from './decks';

const DEPTHS: Depth[] = ['light', 'deeper', 'deepest'];
const questions: DrawableQuestion[] = Array.from({ length: 9 }, (_, i) => ({
  id: `q-${i}`,
  depth: DEPTHS[i % 3] as Depth,
}));

/** Draws `times` cards one after another, as a couple would. */
function drawMany(times: number, depth: Depth | null = null, drawn: string[] = []): string[] {
  for (let i = 0; i < times; i++) {
    const next = drawOrder({ questions, drawn, depth, seed: 'c:one#deck' })[0];
    if (!next) throw new Error('nothing to draw');
    drawn.push(next);
  }
  return drawn;
}

describe('drawOrder', () => {
  it('gives every question once before any repeats, in a fresh order each round', () => {
    const drawn = drawMany(18);
    const first = drawn.slice(0, 9);
    const second = drawn.slice(9);
    expect(new Set(first).size).toBe(9);
    expect(new Set(second).size).toBe(9);
    expect(second).not.toEqual(first);
  });

  it.each([
    ['light', ['q-0', 'q-3', 'q-6']],
    ['deeper', ['q-1', 'q-4', 'q-7']],
    ['deepest', ['q-2', 'q-5', 'q-8']],
  ] as const)('keeps to the chosen depth (%s)', (depth, pool) => {
    expect([...drawMany(3, depth)].sort()).toEqual([...pool].sort());
  });

  it('is the same for the same couple and deck, and differs between couples', () => {
    const order = (seed: string) => drawOrder({ questions, drawn: [], depth: null, seed });
    expect(order('c:one#deck')).toEqual(order('c:one#deck'));
    expect(order('c:one#deck')).not.toEqual(order('c:two#deck'));
  });

  it('gives questions met as a daily question later in the same round', () => {
    const elsewhere = new Set(['q-0', 'q-1', 'q-2', 'q-3', 'q-4', 'q-5', 'q-6', 'q-7']);
    const order = drawOrder({ questions, drawn: [], elsewhere, depth: null, seed: 's' });
    expect(order[0]).toBe('q-8');
    // A question already drawn as a card still waits for the next round.
    const drawnOnce = drawOrder({ questions, drawn: ['q-8'], elsewhere, depth: null, seed: 's' });
    expect(drawnOnce.at(-1)).toBe('q-8');
  });

  it('ignores drawn questions that are not in the deck (retired, or of another deck)', () => {
    const order = drawOrder({ questions, drawn: ['gone', 'other'], depth: null, seed: 's' });
    expect(order).toHaveLength(9);
  });

  it.each([
    [null, [], 9],
    [null, ['q-0', 'q-0', 'q-1'], 7],
    ['light', ['q-0', 'q-1'], 2],
    ['deepest', [], 3],
  ] as const)('counts undrawn questions (depth %s, drawn %j) → %i', (depth, drawn, expected) => {
    expect(undrawnCount({ questions, drawn, depth })).toBe(expected);
  });

  it('has nothing to give from an empty pool', () => {
    const own = [{ id: 'mine', depth: null }];
    expect(drawOrder({ questions: own, drawn: [], depth: 'light', seed: 's' })).toEqual([]);
    expect(drawOrder({ questions: own, drawn: [], depth: null, seed: 's' })).toEqual(['mine']);
  });
});

describe('card rules', () => {
  it.each([
    [0, true],
    [MAX_OPEN_CARDS - 1, true],
    [MAX_OPEN_CARDS, false],
    [MAX_OPEN_CARDS + 1, false],
  ])('with %i open cards, drawing is allowed: %s', (open, expected) => {
    expect(canDraw(open)).toBe(expected);
  });

  it.each([
    [true, 0, false],
    [true, 1, false],
    [true, 2, true],
    [false, 0, false],
    [false, 1, true],
  ])('with a partner %s and %i answers, settled: %s', (withPartner, answers, expected) => {
    expect(isSettled(withPartner, answers)).toBe(expected);
  });

  it.each([
    [0, true],
    [1, false],
    [2, false],
  ])('with %i answers, it may go back into the deck: %s', (answers, expected) => {
    expect(canPutBack(answers)).toBe(expected);
  });
});
