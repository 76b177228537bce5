/**
 * A person's last reply of one read route, kept while nothing it was built
 * from can have changed: the person epoch (db/database.ts) has not moved,
 * the key (the day, the week: what the time changes) is the same, and the
 * reply's own next change in time (a date begins, an invitation lapses) has
 * not come. SQLite only: on PostgreSQL other instances write too, so every
 * read asks the database.
 *
 * The epoch is taken before the reply is built, so a write that lands while
 * it is being built leaves it stale-tagged and the next read builds afresh.
 */
import type { FastifyReply } from 'fastify';
import { type Db, personEpochOf } from '../db/database';

interface Entry {
  key: string;
  epoch: number;
  /** Epoch milliseconds from which the reply may differ without any write. */
  until: number;
  body: string;
}

/** What a read builds: its value, and when time alone would change it (ms; Infinity for never within the key). */
export interface Built<T> {
  value: T;
  until: number;
}

export interface PersonalCache {
  /**
   * Sends the person's kept reply when it is still valid, else builds,
   * serializes (through the route's schema) and keeps a new one.
   */
  reply<T>(
    reply: FastifyReply,
    userId: string,
    key: string,
    nowMs: number,
    build: () => Promise<Built<T>>,
  ): Promise<FastifyReply>;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** At most `max` people's replies are kept; the oldest kept goes first. */
export function createPersonalCache(db: Db, max = 5000): PersonalCache | undefined {
  const epochOf = personEpochOf(db);
  if (!epochOf) return undefined;
  const entries = new Map<string, Entry>();
  return {
    async reply(reply, userId, key, nowMs, build) {
      const epoch = epochOf(userId);
      const kept = entries.get(userId);
      if (kept && kept.epoch === epoch && kept.key === key && nowMs < kept.until)
        return reply.type(JSON_TYPE).send(kept.body);
      const built = await build();
      const body = reply.serialize(built.value) as string;
      entries.delete(userId);
      if (entries.size >= max) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      entries.set(userId, { key, epoch, until: built.until, body });
      return reply.type(JSON_TYPE).send(body);
    },
  };
}
