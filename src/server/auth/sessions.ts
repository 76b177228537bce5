/**
 * Sessions: the shared auth module owns the `sessions` table. The session
 * plugin (infrastructure) and the features (accounts, personal) use it; no
 * feature's code is imported here. Its identity query is the one place that
 * joins the person, their couple and their own routing flag.
 */
import type { Db } from '../db/database';
import { prepareQuery, slot } from '../db/prepared';

export interface SessionContextRow {
  session_id: string;
  last_used_at: string;
  expires_at: string;
  user_id: string;
  email: string;
  display_name: string;
  time_zone: string;
  user_created_at: string;
  couple_id: string | null;
  couple_time_zone: string | null;
  couple_created_at: string | null;
  partner_id: string | null;
  partner_name: string | null;
  session_route: string | null;
  account_route: string | null;
}

const sessionContextQuery = prepareQuery((db) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('couples as c', 'c.id', 'u.couple_id')
    .leftJoin('screen_flags as sf', 'sf.user_id', 'u.id')
    .leftJoin('users as p', (join) =>
      join.onRef('p.couple_id', '=', 'u.couple_id').onRef('p.id', '!=', 'u.id'),
    )
    .select([
      's.id as session_id',
      's.last_used_at',
      's.expires_at',
      'u.id as user_id',
      'u.email',
      'u.display_name',
      'u.time_zone',
      'u.created_at as user_created_at',
      'u.couple_id',
      'c.time_zone as couple_time_zone',
      'c.created_at as couple_created_at',
      'p.id as partner_id',
      'p.display_name as partner_name',
      's.screen_route as session_route',
      'sf.route as account_route',
    ])
    .where('s.id', '=', slot('sessionId'))
    .where('s.expires_at', '>', slot('now')),
);

/**
 * Everything a request needs to know about who is asking, in one query:
 * the session, the person, their couple, their partner's name, and their own
 * routing flag (never the partner's).
 */
async function findSessionContext(
  db: Db,
  sessionId: string,
  nowIso: string,
): Promise<SessionContextRow | undefined> {
  const rows = await sessionContextQuery(db, { sessionId, now: nowIso });
  return rows[0];
}

/** At most this many sessions are kept in memory; past it the cache starts afresh. */
const CACHE_LIMIT = 20_000;

export interface SessionLookup {
  /** The session's context, or undefined when it does not exist or has expired. */
  find(sessionId: string, now: Date): Promise<SessionContextRow | undefined>;
  /** Records a refreshed last use, so a cached row does not ask for it again. */
  touched(sessionId: string, lastUsedAt: string, expiresAt: string): void;
}

/**
 * The identity query, with a cache when the database can tell that nothing it
 * reads has changed (`epoch`: SQLite, one process). A row is served from
 * memory only while no write to users, sessions, couples or screen flags has
 * run since it was read, so logout, unlink or a password change is seen by
 * the very next request. Without an epoch (PostgreSQL, several instances)
 * every request asks the database.
 */
export function createSessionLookup(db: Db, epoch?: () => number): SessionLookup {
  if (!epoch) {
    return {
      find: (sessionId, now) => findSessionContext(db, sessionId, now.toISOString()),
      touched: () => {},
    };
  }
  const cache = new Map<string, { row: SessionContextRow; epoch: number }>();
  return {
    find: async (sessionId, now) => {
      const current = epoch();
      const hit = cache.get(sessionId);
      const nowIso = now.toISOString();
      if (hit && hit.epoch === current && hit.row.expires_at > nowIso) return hit.row;
      // Tagged with the epoch seen before reading: a write meanwhile makes it stale at once.
      const row = await findSessionContext(db, sessionId, nowIso);
      if (!row) {
        cache.delete(sessionId);
        return undefined;
      }
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(sessionId, { row, epoch: current });
      return row;
    },
    touched: (sessionId, lastUsedAt, expiresAt) => {
      const hit = cache.get(sessionId);
      if (hit) hit.row = { ...hit.row, last_used_at: lastUsedAt, expires_at: expiresAt };
    },
  };
}

export async function insertSession(
  db: Db,
  row: { id: string; userId: string; device: string; nowIso: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: row.id,
      user_id: row.userId,
      device: row.device,
      created_at: row.nowIso,
      last_used_at: row.nowIso,
      expires_at: row.expiresAt,
    })
    .execute();
}

const touchSessionQuery = prepareQuery((db) =>
  db
    .updateTable('sessions')
    .set({ last_used_at: slot('now'), expires_at: slot('expiresAt') })
    .where('id', '=', slot('sessionId')),
);

export async function touchSession(
  db: Db,
  sessionId: string,
  nowIso: string,
  expiresAt: string,
): Promise<void> {
  await touchSessionQuery(db, { sessionId, now: nowIso, expiresAt });
}

export async function listSessions(db: Db, userId: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'device', 'created_at', 'last_used_at'])
    .where('user_id', '=', userId)
    .orderBy('last_used_at', 'desc')
    .execute();
}

/** Deletes one of the user's sessions; returns whether it existed (for that user). */
export async function deleteSession(db: Db, userId: string, sessionId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('sessions')
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function deleteOtherSessions(
  db: Db,
  userId: string,
  keepSessionId: string,
): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id', '!=', keepSessionId)
    .execute();
}

export async function deleteExpiredSessions(db: Db, nowIso: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', nowIso).execute();
}

/** "Don't remember my answer": the private screen's flag that lives and dies with this session. */
export async function setSessionRoute(
  db: Db,
  sessionId: string,
  route: string | null,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ screen_route: route })
    .where('id', '=', sessionId)
    .execute();
}

/** Every session of a person (account deletion). */
export async function deleteAllSessions(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export interface PersonRow {
  user_id: string;
  email: string;
  time_zone: string;
  couple_id: string | null;
  couple_time_zone: string | null;
  partner_id: string | null;
  /** Their own routing flags kept on the server: in the account, and in each live session. */
  routes: string[];
}

/**
 * Who these people are outside any request (background work such as
 * reminders): the same join as a session's context, and the routing flags
 * each keeps in the account or in a live session. A flag kept only on a
 * device never reaches the server, so it is not among them.
 */
export async function findPeople(
  db: Db,
  userIds: readonly string[],
  nowIso: string,
): Promise<Map<string, PersonRow>> {
  if (userIds.length === 0) return new Map();
  const ids = [...new Set(userIds)];
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('couples as c', 'c.id', 'u.couple_id')
    .leftJoin('screen_flags as sf', 'sf.user_id', 'u.id')
    .leftJoin('users as p', (join) =>
      join.onRef('p.couple_id', '=', 'u.couple_id').onRef('p.id', '!=', 'u.id'),
    )
    .select([
      'u.id as user_id',
      'u.email',
      'u.time_zone',
      'u.couple_id',
      'c.time_zone as couple_time_zone',
      'p.id as partner_id',
      'sf.route as account_route',
    ])
    .where('u.id', 'in', ids)
    .execute();
  const sessionRoutes = await db
    .selectFrom('sessions')
    .select(['user_id', 'screen_route'])
    .where('user_id', 'in', ids)
    .where('screen_route', 'is not', null)
    .where('expires_at', '>', nowIso)
    .execute();
  const people = new Map<string, PersonRow>();
  for (const { account_route, ...row } of rows)
    people.set(row.user_id, { ...row, routes: account_route ? [account_route] : [] });
  for (const session of sessionRoutes)
    if (session.screen_route) people.get(session.user_id)?.routes.push(session.screen_route);
  return people;
}
