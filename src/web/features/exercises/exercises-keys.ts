/** Every exercises query key starts with this, so one live event refreshes them all. */
export const EXERCISES_KEY = ['exercises'] as const;
