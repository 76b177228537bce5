/** Query keys of the rhythm view and life events: every one starts with `rhythm`, so one live event refreshes them all. */
export const rhythmKeys = {
  all: ['rhythm'] as const,
  view: (weeks: number) => ['rhythm', 'view', weeks] as const,
  lifeEvents: ['rhythm', 'life-events'] as const,
};
