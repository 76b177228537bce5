import { describe, expect, it } from 'vitest';
import { hashString, pickNextQuestion, shuffle } from './deck';

const deck = Array.from({ length: 12 }, (_, i) => `q-${String(i).padStart(2, '0')}`);

function play(scope: string, days: number, from: readonly string[] = deck): string[] {
  const history: string[] = [];
  for (let i = 0; i < days; i++) history.push(pickNextQuestion(from, history, scope));
  return history;
}

describe('pickNextQuestion', () => {
  it('uses the whole deck before repeating anything', () => {
    const history = play('c:abc', deck.length);
    expect(new Set(history).size).toBe(deck.length);
  });

  it('starts a fresh order on the second pass, again without repeats', () => {
    const history = play('c:abc', deck.length * 2);
    expect(new Set(history.slice(deck.length)).size).toBe(deck.length);
    expect(history.slice(deck.length)).not.toEqual(history.slice(0, deck.length));
  });

  it('is deterministic for a scope and history', () => {
    expect(play('c:abc', 5)).toEqual(play('c:abc', 5));
  });

  it('differs between couples', () => {
    expect(play('c:abc', 6)).not.toEqual(play('c:xyz', 6));
  });

  it('does not depend on the order content files list the deck in', () => {
    expect(play('c:abc', 6, [...deck].reverse())).toEqual(play('c:abc', 6));
  });

  it('ignores retired questions in the history', () => {
    const history = ['retired-1', ...play('c:abc', 3)];
    expect(history).not.toContain(pickNextQuestion(deck, history, 'c:abc'));
  });

  it('refuses an empty deck', () => {
    expect(() => pickNextQuestion([], [], 'c:abc')).toThrow();
  });
});

describe('shuffle and hashString', () => {
  it('keep every item and are stable', () => {
    const shuffled = shuffle(deck, 42);
    expect([...shuffled].sort()).toEqual(deck);
    expect(shuffle(deck, 42)).toEqual(shuffled);
    expect(hashString('a')).toBe(hashString('a'));
    expect(hashString('a')).not.toBe(hashString('b'));
  });
});
