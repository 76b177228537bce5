/**
 * The moment a deck is in: which depths of question its use has opened, and
 * which depth the next question is drawn from, given what the person or
 * couple asked for. The first days are light; deeper questions open as days
 * are answered, and a choice ("lighter", "deeper") steers within what is open.
 */
import type { Depth } from '../shared/api';

/** Lightest first. */
export const DEPTHS = ['light', 'deeper', 'deepest'] as const satisfies readonly Depth[];

/** What a person or couple can ask of the questions to come. */
export const DEPTH_CHOICES = ['lighter', 'as-it-comes', 'deeper'] as const;
export type DepthChoice = (typeof DEPTH_CHOICES)[number];
export const DEFAULT_DEPTH_CHOICE: DepthChoice = 'as-it-comes';

/**
 * Answered days a deck needs before each depth may come: a day counts when
 * the person answered it (alone), or when both partners did (a couple).
 */
export const DEPTH_OPENS_AFTER: Readonly<Record<Depth, number>> = {
  light: 0,
  deeper: 5,
  deepest: 14,
};

/** Counting answered days beyond this changes nothing, so counts stop here. */
export const ANSWERED_DAYS_THAT_MATTER = Math.max(...Object.values(DEPTH_OPENS_AFTER));

/** The depths a deck's use has opened, lightest first (light is always open). */
export function openDepths(answeredDays: number): Depth[] {
  return DEPTHS.filter((depth) => answeredDays >= DEPTH_OPENS_AFTER[depth]);
}

/** The next depth to open and how many answered days it needs; null once all are open. */
export function nextDepthToOpen(answeredDays: number): { depth: Depth; after: number } | null {
  const depth = DEPTHS.find((d) => answeredDays < DEPTH_OPENS_AFTER[d]);
  return depth ? { depth, after: DEPTH_OPENS_AFTER[depth] } : null;
}

/**
 * "As it comes": a gentle mix that leans on the middle once everything is
 * open. Indexed by how many days the deck has been given a question.
 */
const MIX: Readonly<Record<number, readonly Depth[]>> = {
  1: ['light'],
  2: ['light', 'deeper'],
  3: ['light', 'deeper', 'deepest', 'deeper'],
};

/** Open depths ordered by closeness to `wanted` (the wanted one first, lighter before deeper on a tie). */
function byCloseness(open: readonly Depth[], wanted: Depth): Depth[] {
  const at = (d: Depth) => DEPTHS.indexOf(d);
  return [...open].sort(
    (a, b) => Math.abs(at(a) - at(wanted)) - Math.abs(at(b) - at(wanted)) || at(a) - at(b),
  );
}

/**
 * The depths to draw the next question from, most wanted first; the rest are
 * fallbacks for a depth that has no questions. Never a depth that is not open.
 * `daysGiven` is how many days the deck has already had a question.
 */
export function depthsToDraw(
  choice: DepthChoice,
  answeredDays: number,
  daysGiven: number,
): Depth[] {
  const open = openDepths(answeredDays);
  const lightest = open[0] ?? 'light';
  const deepest = open[open.length - 1] ?? 'light';
  switch (choice) {
    case 'lighter':
      return byCloseness(open, lightest);
    case 'deeper':
      return byCloseness(open, deepest);
    case 'as-it-comes': {
      const mix = MIX[open.length] ?? [lightest];
      return byCloseness(open, mix[Math.abs(daysGiven) % mix.length] ?? lightest);
    }
  }
}
