/**
 * Values of track 6 (play: the weekly challenge, shared hobbies, travel and
 * adventure) that the content, the server and the web share. No zod here:
 * the web imports this file without pulling in the schemas.
 */

/** Where a novelty challenge happens. */
export const CHALLENGE_SETTINGS = ['home', 'out'] as const;
export type ChallengeSetting = (typeof CHALLENGE_SETTINGS)[number];

/** What a novelty challenge costs, cheapest first. */
export const COST_BANDS = ['free', '$', '$$', '$$$'] as const;
export type CostBand = (typeof COST_BANDS)[number];

/** What a trip costs, cheapest first. */
export const BUDGET_BANDS = ['$', '$$', '$$$', '$$$$'] as const;
export type BudgetBand = (typeof BUDGET_BANDS)[number];

/** How big a trip is, smallest first. */
export const TRAVEL_SCALES = ['day-trip', 'weekend', 'week', 'big-trip'] as const;
export type TravelScale = (typeof TRAVEL_SCALES)[number];

/** How much a trip asks of the body: "gentle" ones suit nearly everyone. */
export const TRAVEL_PACES = ['gentle', 'moderate', 'active'] as const;
export type TravelPace = (typeof TRAVEL_PACES)[number];

export const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
export type Season = (typeof SEASONS)[number];

/** When a trip idea is at its best: some seasons, or `any` alone. */
export const SEASON_HINTS = [...SEASONS, 'any'] as const;
export type SeasonHint = (typeof SEASON_HINTS)[number];

export const HOBBY_CATEGORIES = [
  'creative',
  'outdoors',
  'movement',
  'learning',
  'games',
  'food',
  'music',
  'community',
  'home',
] as const;
export type HobbyCategory = (typeof HOBBY_CATEGORIES)[number];

/** Someone's answer to this week's challenge: in, or not this week (private). */
export const CHALLENGE_ANSWERS = ['in', 'not-now'] as const;
export type ChallengeAnswer = (typeof CHALLENGE_ANSWERS)[number];

export const PLAY_LIMITS = {
  /** A short reflection after a challenge. */
  reflection: 1000,
  /** A couple's own travel wish. */
  wishTitle: 80,
  wishDescription: 280,
  /** Own wishes a couple (or a person alone) keeps at once. */
  wishes: 100,
  /** One checklist item of a trip plan. */
  checklistItem: 120,
  /** Items in one trip plan's checklist. */
  checklistItems: 40,
  /** How long a planned trip's dates may span. */
  tripDays: 90,
} as const;
