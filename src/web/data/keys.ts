/** Query keys in one place, so live events and mutations invalidate the same things. */
export const queryKeys = {
  me: ['me'] as const,
  /** The composite Today (GET /api/today). */
  today: ['today'] as const,
  /** Today's daily question (GET /api/questions/today). */
  question: ['question'] as const,
  history: ['history'] as const,
  couple: ['couple'] as const,
  sessions: ['sessions'] as const,
  plan: ['plan'] as const,
  progress: ['progress'] as const,
  primer: ['primer'] as const,
  forYou: ['for-you'] as const,
  resources: (country: string) => ['resources', country] as const,
  check: ['check'] as const,
  checkResults: ['check-results'] as const,
  comparison: ['comparison'] as const,
  sharing: ['sharing'] as const,
  pulse: ['pulse'] as const,
  /** Vulnerability prompts: the overview and each entry (all under this prefix). */
  vulnerability: ['vulnerability'] as const,
  /** Shared projects: the list and each project (all under this prefix). */
  projects: ['projects'] as const,
  /** Listening sessions, the summary and the prompts (all under this prefix). */
  listening: ['listening'] as const,
  /** Small gestures: today's and the library (all under this prefix). */
  gestures: ['gestures'] as const,
  /** Appreciation notes: received and sent (all under this prefix). */
  notes: ['notes'] as const,
};
