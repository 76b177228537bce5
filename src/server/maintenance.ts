/**
 * Housekeeping that keeps the database small: ended rate-limit windows and
 * expired sessions are removed. Idempotent, so any number of instances may
 * run it at any time.
 */

import { deleteExpiredSessions } from './auth/sessions';
import type { Db } from './db/database';
import type { Clock } from './lib/clock';
import { pruneRateLimits } from './lib/rate-limiter';

export async function runMaintenance(db: Db, clock: Clock): Promise<void> {
  const now = clock.now();
  await pruneRateLimits(db, now);
  await deleteExpiredSessions(db, now.toISOString());
}

/** Runs maintenance now and then every hour; the timer never keeps the process alive. */
export function scheduleMaintenance(
  db: Db,
  clock: Clock,
  onError: (error: unknown) => void,
  everyMs = 60 * 60 * 1000,
): () => void {
  const run = () => void runMaintenance(db, clock).catch(onError);
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
