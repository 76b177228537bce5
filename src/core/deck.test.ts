import { describe, expect, it } from 'vitest';
import type { Depth } from '../shared/api';
import { type DeckCard, hashString, pickNextQuestion, shuffle } from './deck';

const ALL: Depth[] = ['light', 'deeper', 'deepest'];
const deck: DeckCard[] = Array.from({ length: 12 }, (_, i) => ({
  id: `q-${String(i).padStart(2, '0')}`,
  depth: ALL[i % 3] as Depth,
}));
const ids = (cards: readonly DeckCard[]) => cards.map((c) => c.id);
const ofDepth = (depth: Depth) => deck.filter((c) => c.depth === depth);

function play(
  scope: string,
  days: number,
  depths: readonly Depth[] = ['light'],
  from: readonly DeckCard[] = deck,
  history: string[] = [],
): string[] {
  for (let i = 0; i < days; i++) history.push(pickNextQuestion(from, history, scope, depths));
  return history;
}

describe('pickNextQuestion', () => {
  it('draws from the first wanted depth that has questions', () => {
    expect(ids(ofDepth('deeper'))).toContain(pickNextQuestion(deck, [], 'c:abc', ['deeper']));
    const onlyLight = ofDepth('light');
    expect(ids(onlyLight)).toContain(
      pickNextQuestion(onlyLight, [], 'c:abc', ['deepest', 'light']),
    );
  });

  it('uses every question of a depth before repeating one', () => {
    const light = ids(ofDepth('light'));
    const history = play('c:abc', light.length);
    expect([...history].sort()).toEqual([...light].sort());
  });

  it('starts a fresh order on the second pass, again without repeats', () => {
    const size = ofDepth('light').length;
    const history = play('c:abc', size * 2);
    expect(new Set(history.slice(size)).size).toBe(size);
    expect(history.slice(size)).not.toEqual(history.slice(0, size));
  });

  it('gives the least-given question when depths change on the way', () => {
    const history = play('c:abc', 2, ['light']);
    play('c:abc', 4, ['deeper'], deck, history);
    play('c:abc', 2, ['light'], deck, history);
    expect(new Set(history).size).toBe(history.length);
  });

  it('uses the whole deck before repeating, however the depths are mixed', () => {
    const history: string[] = [];
    for (let i = 0; i < deck.length; i++)
      history.push(pickNextQuestion(deck, history, 'u:solo', [ALL[i % 3] as Depth]));
    expect(new Set(history).size).toBe(deck.length);
  });

  it('moves on to the next wanted depth rather than repeat a question', () => {
    const light = ids(ofDepth('light'));
    const history = play('c:abc', light.length, ['light', 'deeper']);
    expect([...history].sort()).toEqual([...light].sort());
    // Light is used up and deeper is open: deeper, not a light one again.
    const next = pickNextQuestion(deck, history, 'c:abc', ['light', 'deeper']);
    expect(ids(ofDepth('deeper'))).toContain(next);
  });

  it('repeats only once every question of the open depths has been given', () => {
    const open = [...ofDepth('light'), ...ofDepth('deeper')];
    const history = play('c:abc', open.length, ['light', 'deeper']);
    expect([...history].sort()).toEqual(ids(open).sort());
    // A new pass starts with the most wanted depth; the deepest is never drawn while closed.
    const next = pickNextQuestion(deck, history, 'c:abc', ['light', 'deeper']);
    expect(ids(ofDepth('light'))).toContain(next);
  });

  it('with only light open, comes back to light questions once they are all used', () => {
    const light = ids(ofDepth('light'));
    const history = play('c:abc', light.length + 1, ['light']);
    expect(light).toContain(history[light.length]);
  });

  it('is deterministic for a scope and history', () => {
    expect(play('c:abc', 5)).toEqual(play('c:abc', 5));
  });

  it('differs between couples', () => {
    expect(play('c:abc', 4, ['light'])).not.toEqual(play('c:xyz', 4, ['light']));
  });

  it('does not depend on the order content files list the deck in', () => {
    expect(play('c:abc', 6, ['light', 'deeper'], [...deck].reverse())).toEqual(
      play('c:abc', 6, ['light', 'deeper']),
    );
  });

  it('ignores retired questions in the history', () => {
    const history = ['retired-1', ...play('c:abc', 3)];
    expect(history).not.toContain(pickNextQuestion(deck, history, 'c:abc', ['light']));
  });

  it('falls back to the whole deck when no wanted depth has questions', () => {
    const light = ofDepth('light');
    expect(ids(light)).toContain(pickNextQuestion(light, [], 'c:abc', []));
  });

  it('refuses an empty deck', () => {
    expect(() => pickNextQuestion([], [], 'c:abc', ['light'])).toThrow();
  });
});

describe('shuffle and hashString', () => {
  it('keep every item and are stable', () => {
    const plain = ids(deck);
    const shuffled = shuffle(plain, 42);
    expect([...shuffled].sort()).toEqual(plain);
    expect(shuffle(plain, 42)).toEqual(shuffled);
    expect(hashString('a')).toBe(hashString('a'));
    expect(hashString('a')).not.toBe(hashString('b'));
  });
});
