/**
 * Choosing the daily question: the same for both partners, deterministic per
 * couple and day, and never repeated until the whole deck has been used.
 */

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

/**
 * The next question for a scope (a couple, or one person alone).
 * `history` is every question id already given to this scope, oldest first.
 * Each pass through the deck is its own seeded order, so the deck is used up
 * before anything repeats, and a new pass starts a fresh order.
 */
export function pickNextQuestion(
  deck: readonly string[],
  history: readonly string[],
  scope: string,
): string {
  if (deck.length === 0) throw new Error('The question deck is empty');
  const deckSet = new Set(deck);
  const past = history.filter((id) => deckSet.has(id));
  const cycle = Math.floor(past.length / deck.length);
  const usedThisCycle = new Set(past.slice(cycle * deck.length));
  const order = shuffle([...deck].sort(), hashString(`${scope}#${cycle}`));
  const next = order.find((id) => !usedThisCycle.has(id));
  return next ?? (order[0] as string);
}
