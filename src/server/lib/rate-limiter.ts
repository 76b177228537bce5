/**
 * Fixed-window rate limits kept in the database, so a limit holds across
 * every app instance sharing it. Keys are keyed hashes: no raw IPs or emails stored.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database';
import type { Clock } from './clock';
import { DomainError } from './errors';
import { keyedHash } from './tokens';

export interface Limit {
  max: number;
  windowMs: number;
}

export interface RateLimiter {
  /** Counts one attempt for `key`; throws rate_limited (with Retry-After) once over the limit. */
  consume(key: string, limit: Limit): Promise<void>;
}

export function createRateLimiter(db: Db, clock: Clock, secret: string): RateLimiter {
  return {
    consume: async (key, limit) => {
      const now = clock.now();
      const nowIso = now.toISOString();
      const resetAt = new Date(now.getTime() + limit.windowMs).toISOString();
      const row = await db
        .insertInto('rate_limits')
        .values({ key: keyedHash(secret, `rate:${key}`), count: 1, reset_at: resetAt })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            count: sql<number>`case when rate_limits.reset_at <= ${nowIso} then 1 else rate_limits.count + 1 end`,
            reset_at: sql<string>`case when rate_limits.reset_at <= ${nowIso} then ${resetAt} else rate_limits.reset_at end`,
          }),
        )
        .returning(['count', 'reset_at'])
        .executeTakeFirstOrThrow();
      if (Number(row.count) > limit.max) {
        const seconds = Math.max(1, Math.ceil((Date.parse(row.reset_at) - now.getTime()) / 1000));
        throw new DomainError(
          'rate_limited',
          'Too many attempts. Please wait a little and try again.',
          seconds,
        );
      }
    },
  };
}

/** Removes windows that have ended. */
export async function pruneRateLimits(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('rate_limits').where('reset_at', '<=', now.toISOString()).execute();
}
