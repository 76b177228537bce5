/**
 * The rules of the open-dialogue decks: which question a draw gives, how many
 * cards may be open at once, when a card is settled, and when it may go back
 * into the deck. Pure: no I/O.
 */
import type { Depth } from '../shared/api';
import { hashString, shuffle } from './deck';

/** The deck of a couple's (or a person's) own questions. */
export const OWN_DECK_ID = 'own';

/** Cards drawn but not yet revealed (or, alone, not yet answered), at most, per couple or person. */
export const MAX_OPEN_CARDS = 3;

/** How long an own question may be, and how many one couple (or person) may keep. */
export const OWN_QUESTION_MIN = 5;
export const OWN_QUESTION_MAX = 300;
export const MAX_OWN_QUESTIONS = 200;

/** A question a deck can give, as far as drawing goes. Own questions have no depth. */
export interface DrawableQuestion {
  id: string;
  depth: Depth | null;
}

export interface DrawInput {
  /** The deck's questions, in any stable order. */
  questions: readonly DrawableQuestion[];
  /** Every question drawn as a card by this couple (or person) so far, repeats included. */
  drawn: readonly string[];
  /** Questions met elsewhere (as a daily question): given later within the same round. */
  elsewhere?: ReadonlySet<string>;
  /** Only questions of this depth; null for any. */
  depth: Depth | null;
  /** Seeds the order: the couple's (or person's) key and the deck. */
  seed: string;
}

/**
 * The order the deck's questions come in from here: those drawn the fewest
 * times first (so nothing repeats until every question of the pool has been
 * drawn), then those not yet met as a daily question, then a seeded shuffle
 * that is new for each round. Both partners get the same order.
 */
export function drawOrder(input: DrawInput): string[] {
  const pool = input.questions.filter((q) => input.depth === null || q.depth === input.depth);
  const counts = new Map<string, number>(pool.map((q) => [q.id, 0]));
  for (const id of input.drawn) {
    const count = counts.get(id);
    if (count !== undefined) counts.set(id, count + 1);
  }
  const ids = pool.map((q) => q.id).sort();
  const rankOf = new Map<string, number>();
  for (const round of new Set(counts.values())) {
    shuffle(ids, hashString(`${input.seed}#${round}`)).forEach((id, index) => {
      if (counts.get(id) === round) rankOf.set(id, index);
    });
  }
  const met = (id: string) => (input.elsewhere?.has(id) ? 1 : 0);
  return [...ids].sort(
    (a, b) =>
      (counts.get(a) ?? 0) - (counts.get(b) ?? 0) ||
      met(a) - met(b) ||
      (rankOf.get(a) ?? 0) - (rankOf.get(b) ?? 0),
  );
}

/** How many of the deck's questions (of a depth, or all) have not been drawn yet. */
export function undrawnCount(input: Omit<DrawInput, 'seed' | 'elsewhere'>): number {
  const drawn = new Set(input.drawn);
  return input.questions.filter(
    (q) => (input.depth === null || q.depth === input.depth) && !drawn.has(q.id),
  ).length;
}

/** Whether one more card may be drawn while this many are open. */
export function canDraw(openCards: number): boolean {
  return openCards < MAX_OPEN_CARDS;
}

/**
 * A card is settled once it has every answer it waits for: both partners'
 * (then it is revealed), or the person's own when alone.
 */
export function isSettled(withPartner: boolean, answers: number): boolean {
  return answers >= (withPartner ? 2 : 1);
}

/** A card goes back into the deck only while nobody has written anything on it. */
export function canPutBack(answers: number): boolean {
  return answers === 0;
}
