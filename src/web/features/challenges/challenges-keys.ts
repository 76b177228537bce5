/** The weekly challenge's query keys: every one starts with `challenges`, so one live event refreshes them all. */
export const challengeKeys = {
  all: ['challenges'] as const,
  current: ['challenges', 'current'] as const,
  past: ['challenges', 'past'] as const,
};
