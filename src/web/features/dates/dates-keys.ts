/** Date nights' query keys: its mutations and the live stream refresh the same things. */
export const datesKeys = {
  /** Every date-night query starts with this. */
  all: ['dates'] as const,
  /** GET /api/dates/ideas (the whole library, filtered on the device) */
  ideas: ['dates', 'ideas'] as const,
  /** GET /api/dates/matches */
  matches: ['dates', 'matches'] as const,
  /** GET /api/dates */
  planned: ['dates', 'planned'] as const,
  /** GET /api/dates/feed */
  feed: ['dates', 'feed'] as const,
};
