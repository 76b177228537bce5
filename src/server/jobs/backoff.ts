/** How long a failed job waits before its next try. */

const MINUTE_MS = 60_000;
const LONGEST_MS = 6 * 60 * MINUTE_MS;

/**
 * The wait after the `attempt`-th try failed: 1, 4, 16 and 64 minutes, then
 * about four hours, never more than six. A passing outage is ridden out
 * without hammering the mail server.
 */
export function retryDelayMs(attempt: number): number {
  return Math.min(MINUTE_MS * 4 ** Math.max(0, attempt - 1), LONGEST_MS);
}
