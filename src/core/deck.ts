/**
 * Choosing the daily question: the same for both partners, deterministic per
 * couple and day, and never repeated until the questions of its depth have
 * all been given.
 */
import type { Depth } from '../shared/api';

/** FNV-1a, 32 bit: a small stable hash for seeding. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny seeded PRNG returning numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded Fisher–Yates shuffle; the input is not changed. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  const next = random(seed);
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const a = result[i] as T;
    result[i] = result[j] as T;
    result[j] = a;
  }
  return result;
}

/** One question of the deck, as far as choosing goes. */
export interface DeckCard {
  id: string;
  depth: Depth;
}

/** How often each question of the deck has been given (retired ids in the history are ignored). */
function givenCounts(deck: readonly DeckCard[], history: readonly string[]): Map<string, number> {
  const given = new Map<string, number>(deck.map((card) => [card.id, 0]));
  for (const id of history) {
    const count = given.get(id);
    if (count !== undefined) given.set(id, count + 1);
  }
  return given;
}

/** A question of the pool given `times` times so far, in the pool's seeded order for that pass. */
function pickFrom(
  pool: readonly DeckCard[],
  given: ReadonlyMap<string, number>,
  seed: string,
  times: number,
): string | undefined {
  // Each pass is its own order, so a new pass does not replay the last one.
  const order = shuffle(pool.map((card) => card.id).sort(), hashString(`${seed}#${times}`));
  return order.find((id) => given.get(id) === times);
}

/**
 * The next question for a scope (a couple, or one person alone).
 * `history` is every question id already given to this scope, oldest first;
 * `depths` are the depths it may draw from, most wanted first (see
 * core/question-moment.ts). Nothing repeats while any question of those
 * depths is still unused: the most wanted depth with an unused question is
 * drawn from, and only when all are used does a new pass begin. The order is
 * seeded by the scope, so both partners get the same question.
 */
export function pickNextQuestion(
  deck: readonly DeckCard[],
  history: readonly string[],
  scope: string,
  depths: readonly Depth[],
): string {
  if (deck.length === 0) throw new Error('The question deck is empty');
  const given = givenCounts(deck, history);
  const pools = depths
    .map((depth): { name: string; cards: readonly DeckCard[] } => ({
      name: depth,
      cards: deck.filter((card) => card.depth === depth),
    }))
    .filter((pool) => pool.cards.length > 0);
  // None of the wanted depths has a question: any question rather than none.
  if (pools.length === 0) pools.push({ name: 'any', cards: deck });
  const fewest = Math.min(...pools.flatMap((pool) => pool.cards.map((c) => given.get(c.id) ?? 0)));
  for (const pool of pools) {
    const next = pickFrom(pool.cards, given, `${scope}#${pool.name}`, fewest);
    if (next) return next;
  }
  // Unreachable: `fewest` is the count of some question in some pool.
  throw new Error('No question could be picked');
}
