/**
 * The weekly novelty challenge: which one a couple gets each ISO week, and
 * where the week stands. The same for both partners and deterministic per
 * couple and week; nothing given to the couple (done, declined, swapped away
 * or let pass) comes back until every challenge that fits them was given.
 */
import type { ChallengeAnswer, CostBand } from '../shared/play-limits';
import { COST_BANDS } from '../shared/play-limits';
import { hashString, shuffle } from './deck';

/** One challenge, as far as choosing goes. */
export interface ChallengeCard {
  id: string;
  cost: CostBand;
  /** It works for a couple living apart. */
  distance: boolean;
}

/** What fits the couple now: living apart for a while, and how much a week may cost. */
export interface ChallengeFit {
  apart: boolean;
  maxCost: CostBand;
}

export const DEFAULT_FIT: ChallengeFit = { apart: false, maxCost: '$$$' };

/**
 * Whether a couple's challenges are for living apart. A "long distance"
 * life event sets it: while one holds, yes; once it is over, no. What the
 * couple chose by hand since the event last began or ended stands, so they
 * can still change it; a choice from before gives way to the event.
 */
export function apartFor(input: {
  /** The couple's own setting and when they saved it, if ever. */
  saved: { apart: boolean; at: string } | null;
  /** A "long distance" life event holds today. */
  livesApart: boolean;
  /** When such an event last began or ended (ISO instant), if ever. */
  eventChangedAt: string | null;
}): boolean {
  const { saved, livesApart, eventChangedAt } = input;
  if (saved === null) return livesApart;
  if (eventChangedAt !== null && eventChangedAt > saved.at) return livesApart;
  return saved.apart;
}

/** Whether a challenge fits the couple's week. */
export function fits(card: ChallengeCard, fit: ChallengeFit): boolean {
  if (fit.apart && !card.distance) return false;
  return COST_BANDS.indexOf(card.cost) <= COST_BANDS.indexOf(fit.maxCost);
}

function givenCounts(ids: readonly string[], history: readonly string[]): Map<string, number> {
  const given = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const id of history) {
    const count = given.get(id);
    if (count !== undefined) given.set(id, count + 1);
  }
  return given;
}

/**
 * The challenge for a couple's week. `history` is every challenge already
 * given to the couple (swapped-away ones too); `avoid` are ids that may not
 * be drawn now (this week's, when swapping). The challenges that fit come
 * first; among them the least given, in an order seeded by couple and week
 * (and `draw`, so a swap is a new draw). If nothing fits, any challenge
 * rather than none.
 */
export function pickWeeklyChallenge(
  cards: readonly ChallengeCard[],
  input: {
    history: readonly string[];
    couple: string;
    week: string;
    fit: ChallengeFit;
    avoid?: readonly string[];
    draw?: number;
  },
): string {
  if (cards.length === 0) throw new Error('There are no challenges');
  const avoid = new Set(input.avoid ?? []);
  const fitting = cards.filter((card) => fits(card, input.fit) && !avoid.has(card.id));
  const open = cards.filter((card) => !avoid.has(card.id));
  const pool = fitting.length > 0 ? fitting : open.length > 0 ? open : cards;
  const ids = pool.map((card) => card.id).sort();
  const given = givenCounts(ids, input.history);
  const fewest = Math.min(...ids.map((id) => given.get(id) ?? 0));
  const order = shuffle(ids, hashString(`${input.couple}#${input.week}#${input.draw ?? 0}`));
  const next = order.find((id) => given.get(id) === fewest);
  // Unreachable: `fewest` is the count of some id in the pool.
  if (!next) throw new Error('No challenge could be picked');
  return next;
}

/** Where a couple's week stands: open (not both in yet), on (both in), or done. */
export type ChallengeStage = 'open' | 'on' | 'done';

export function stageOf(input: {
  mine: ChallengeAnswer | null;
  partnerIn: boolean;
  done: boolean;
}): ChallengeStage {
  if (input.done) return 'done';
  return input.mine === 'in' && input.partnerIn ? 'on' : 'open';
}

/**
 * Whether I may give this answer now. While the week is open I may say I am
 * in, or "not this week", and change my mind; once both are in (or it is
 * done) it stays as it is, and saying the same again changes nothing.
 */
export function canAnswer(
  stage: ChallengeStage,
  mine: ChallengeAnswer | null,
  next: ChallengeAnswer,
) {
  return stage === 'open' || mine === next;
}

/** One swap a week, before both are in. */
export function canSwap(stage: ChallengeStage, swapped: boolean): boolean {
  return stage === 'open' && !swapped;
}

/**
 * The week's place on my Today, or null for none: nothing once it is done,
 * nothing after my own "not this week", and nothing in a week the couple has
 * not touched unless novelty is part of my plan. A partner's "I'm in" is a
 * warm nudge, so it comes early; waiting on the partner is not a next step.
 */
export function todayPlaceOf(input: {
  mine: ChallengeAnswer | null;
  partnerIn: boolean;
  done: boolean;
  inPlan: boolean;
}): { status: 'todo' | 'waiting'; priority: number } | null {
  const stage = stageOf(input);
  if (stage === 'done' || input.mine === 'not-now') return null;
  if (stage === 'on') return { status: 'todo', priority: TODAY_PRIORITY.on };
  if (input.mine === 'in') return { status: 'waiting', priority: TODAY_PRIORITY.waiting };
  if (input.partnerIn) return { status: 'todo', priority: TODAY_PRIORITY.partnerIn };
  return input.inPlan ? { status: 'todo', priority: TODAY_PRIORITY.fresh } : null;
}

/**
 * After the day's question (20) and a tomorrow's check-in (25), before the
 * weekly pulse (30) — except a fresh week's challenge, which can wait behind it.
 */
export const TODAY_PRIORITY = { partnerIn: 22, on: 26, waiting: 40, fresh: 34 } as const;
