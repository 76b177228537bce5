import { describe, expect, it } from 'vitest';
import type { CardQuestion } from '../../../shared/decks-api';
import {
  canKeep,
  initialTogether,
  perform,
  type TogetherAction,
  type TogetherState,
  writerOf,
} from './together-flow';

const question: CardQuestion = {
  id: 'q-1',
  text: 'What made you smile today?',
  kinds: ['emotional'],
  depth: 'light',
  writtenBy: null,
};

function run(...actions: TogetherAction[]): TogetherState {
  return actions.reduce(perform, initialTogether('our-story'));
}

const toBoth: TogetherAction[] = [
  { type: 'start', question },
  { type: 'write', text: 'The bus driver waved' },
  { type: 'done-writing' },
  { type: 'ready' },
  { type: 'write', text: 'Your message at lunch' },
  { type: 'done-writing' },
];

describe('sitting together', () => {
  it('goes write, hand over, write, then both, each answer with its writer', () => {
    const state = run(...toBoth);
    expect(state.step).toBe('both');
    expect(state.answers).toEqual({ me: 'The bus driver waved', partner: 'Your message at lunch' });
    expect(state.question).toEqual(question);
  });

  it('lets the partner write first', () => {
    const state = run({ type: 'choose-first', writer: 'partner' }, ...toBoth);
    expect(state.answers).toEqual({ partner: 'The bus driver waved', me: 'Your message at lunch' });
  });

  it.each([
    ['an empty answer', '   '],
    ['an answer over the limit', 'x'.repeat(4001)],
  ])('does not hand over with %s', (_name, text) => {
    const state = run(
      { type: 'start', question },
      { type: 'write', text },
      { type: 'done-writing' },
    );
    expect(state.step).toBe('write-first');
  });

  it.each([
    [false, false, false],
    [true, false, false],
    [false, true, false],
    [true, true, true],
  ])('keeps only when both agree (me %s, partner %s) → %s', (me, partner, expected) => {
    const state = run(
      ...toBoth,
      { type: 'keep', who: 'me', keep: me },
      { type: 'keep', who: 'partner', keep: partner },
    );
    expect(canKeep(state)).toBe(expected);
    expect(perform(state, { type: 'saved', cardId: 'c1' }).step).toBe(expected ? 'saved' : 'both');
  });

  it('ignores writing outside the writing steps, and hides who writes while handing over', () => {
    const handOver = run(...toBoth.slice(0, 3));
    expect(handOver.step).toBe('hand-over');
    expect(writerOf(handOver)).toBeNull();
    expect(perform(handOver, { type: 'write', text: 'sneaky' })).toBe(handOver);
  });

  it('starts the next card afresh, the other partner first, nothing carried over', () => {
    const next = perform(run(...toBoth), { type: 'next-card' });
    expect(next).toMatchObject({
      step: 'choose',
      offset: 1,
      firstWriter: 'partner',
      answers: { me: '', partner: '' },
      keep: { me: false, partner: false },
      question: null,
    });
  });
});
