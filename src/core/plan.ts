/**
 * The personal plan: which tracks to start with and a weekly rhythm, from the
 * person's own check (and, when both chose to share, their partner's).
 * Busy lives → shorter, schedulable items; communication breakdown →
 * communication first; routine and boredom → novelty and shared experiences first.
 */
import type { IntimacyKind } from '../shared/api';
import {
  adjustFocus,
  adjustRhythm,
  canonicalKinds,
  combineEffects,
  type LifeEventKind,
} from './life-events';
import { mayOfferCoupleActivities, type Route } from './private-screen';
import { type CauseGroup, type CheckResult, widestGap } from './scoring';

export type TrackId = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/**
 * Every rhythm entry a plan can hold. A feature that counts progress for one
 * (Today's `week`) and the web's words for it are keyed by this union, so a
 * typo or a forgotten entry is a compile error, not a week that goes missing.
 */
export const RHYTHM_IDS = [
  'private-journal',
  'support-resources',
  'weekly-pulse',
  'daily-question',
  'small-gesture',
  'active-listening',
  'weekly-checkin',
  'novelty-challenge',
  'date-or-shared-time',
] as const;
export type RhythmId = (typeof RHYTHM_IDS)[number];

/** Rhythm items that only exist for two: someone not linked has none of them in their plan. */
const NEEDS_A_PARTNER: ReadonlySet<RhythmId> = new Set([
  'active-listening',
  'weekly-checkin',
  'novelty-challenge',
  'date-or-shared-time',
]);

export interface RhythmEntry {
  id: RhythmId;
  cadence: 'daily' | 'weekly';
  timesPerWeek: number;
  minutes: number;
  track: TrackId;
  together: boolean;
}

export interface PlanInput {
  mine: CheckResult | null;
  /** The partner's result, only when both opted in to share. */
  partner: CheckResult | null;
  linked: boolean;
  route: Route;
  /** Life events that hold now (core/life-events.ts): they make the plan lighter and reorder it. */
  lifeEvents?: readonly LifeEventKind[];
}

export interface PlanOutput {
  basis: 'none' | 'mine' | 'both';
  focus: TrackId[];
  mainCause: CauseGroup | null;
  widestGap: IntimacyKind | null;
  rhythm: RhythmEntry[];
  individual: boolean;
  /** The life events this plan was reshaped for (none on the individual track). */
  adjustedFor: LifeEventKind[];
}

const privateJournal: RhythmEntry = {
  id: 'private-journal',
  cadence: 'daily',
  timesPerWeek: 7,
  minutes: 3,
  track: 3,
  together: false,
};

const FOCUS_BY_CAUSE: Record<CauseGroup, TrackId[]> = {
  communication: [3, 5, 4],
  'busy-lives': [4, 3, 5],
  routine: [6, 4, 3],
};

const FOCUS_BY_KIND: Record<IntimacyKind, TrackId> = { emotional: 5, physical: 4, intellectual: 3 };

/** The heaviest cause group across the results given (weights added up). */
function mainCauseOf(results: CheckResult[]): CauseGroup | null {
  const totals = new Map<CauseGroup, number>();
  for (const result of results)
    for (const c of result.causes) totals.set(c.group, (totals.get(c.group) ?? 0) + c.weight);
  const order: CauseGroup[] = ['communication', 'busy-lives', 'routine'];
  let best: CauseGroup | null = null;
  for (const group of order)
    if ((totals.get(group) ?? 0) > (best ? (totals.get(best) ?? 0) : 0)) best = group;
  return best;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Builds the plan. Pure: the same input gives the same plan. */
export function buildPlan(input: PlanInput): PlanOutput {
  const results = [input.mine, input.partner].filter((r): r is CheckResult => r !== null);
  const basis = input.partner && input.mine ? 'both' : input.mine ? 'mine' : 'none';
  const mainCause = mainCauseOf(results);
  const gap = input.mine ? widestGap(input.mine) : null;

  if (!mayOfferCoupleActivities(input.route)) {
    // S1/S2: no couple exercises; an individual track of support and reflection.
    return {
      basis,
      focus: [7, 1],
      mainCause,
      widestGap: gap,
      rhythm: [
        // Alone, the daily question is a private journal; with a partner it is a couple exercise.
        ...(input.linked ? [] : [privateJournal]),
        {
          id: 'support-resources',
          cadence: 'weekly',
          timesPerWeek: 1,
          minutes: 5,
          track: 7,
          together: false,
        },
        {
          id: 'weekly-pulse',
          cadence: 'weekly',
          timesPerWeek: 1,
          minutes: 2,
          track: 8,
          together: false,
        },
      ],
      individual: true,
      adjustedFor: [],
    };
  }

  const focus: TrackId[] = unique([
    ...(mainCause ? FOCUS_BY_CAUSE[mainCause] : [3]),
    ...(gap ? [FOCUS_BY_KIND[gap]] : []),
    8,
  ]).slice(0, 3) as TrackId[];

  const busy = mainCause === 'busy-lives';
  const together = input.linked;
  const rhythm: RhythmEntry[] = [
    {
      id: 'daily-question',
      cadence: 'daily',
      timesPerWeek: 7,
      minutes: busy ? 2 : 5,
      track: 3,
      together,
    },
    {
      id: 'small-gesture',
      cadence: 'daily',
      timesPerWeek: busy ? 5 : 7,
      minutes: 1,
      track: 4,
      together,
    },
  ];
  if (mainCause === 'communication' || !busy) {
    rhythm.push({
      id: 'active-listening',
      cadence: 'weekly',
      timesPerWeek: 1,
      minutes: busy ? 10 : 20,
      track: 3,
      together,
    });
  }
  rhythm.push({
    id: 'weekly-checkin',
    cadence: 'weekly',
    timesPerWeek: 1,
    minutes: busy ? 10 : 20,
    track: 3,
    together,
  });
  if (mainCause === 'routine') {
    rhythm.push({
      id: 'novelty-challenge',
      cadence: 'weekly',
      timesPerWeek: 1,
      minutes: 30,
      track: 6,
      together,
    });
  }
  rhythm.push({
    id: 'date-or-shared-time',
    cadence: 'weekly',
    timesPerWeek: 1,
    minutes: busy ? 30 : 90,
    track: 4,
    together,
  });
  rhythm.push({
    id: 'weekly-pulse',
    cadence: 'weekly',
    timesPerWeek: 1,
    minutes: 2,
    track: 8,
    together: false,
  });

  const adjustedFor = canonicalKinds(input.lifeEvents ?? []);
  const effect = combineEffects(adjustedFor);
  return {
    basis,
    focus: adjustFocus(focus, effect),
    mainCause,
    widestGap: gap,
    rhythm: adjustRhythm(
      together
        ? rhythm
        : rhythm.filter((r) => !NEEDS_A_PARTNER.has(r.id)).map((r) => ({ ...r, together: false })),
      effect,
    ),
    individual: false,
    adjustedFor,
  };
}
