/** The check-in's query keys: its mutations and the live stream refresh the same things. */
export const checkinKeys = {
  /** GET /api/checkins/current */
  state: ['checkin'] as const,
  /** GET /api/agreements */
  agreements: ['agreements'] as const,
  /** GET /api/checkins/history */
  history: ['checkin-history'] as const,
};
