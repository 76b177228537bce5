/** Listening sessions, their turns and the speakers' ratings: Kysely queries only. */
import type { Selectable } from 'kysely';
import type { Db, Dialect } from '../../db/database';
import { prepareQuery, slot } from '../../db/prepared';
import type {
  ListeningRatingsTable,
  ListeningSessionsTable,
  ListeningTurnsTable,
} from '../../db/types';

export type SessionRow = Selectable<ListeningSessionsTable>;
export type TurnRow = Selectable<ListeningTurnsTable>;
export type RatingRow = Selectable<ListeningRatingsTable>;

/** The columns that carry the session's state; written together. */
export type SessionStateColumns = Pick<
  SessionRow,
  | 'phase'
  | 'turn'
  | 'spoken_turns'
  | 'running_since'
  | 'elapsed_ms'
  | 'paused_at'
  | 'completed'
  | 'updated_at'
  | 'ended_at'
>;

const sessionQuery = prepareQuery((db) =>
  db.selectFrom('listening_sessions').selectAll().where('id', '=', slot('id')),
);

/** Both devices ask for the session after every change: a hot read. */
export async function findSession(db: Db, id: string): Promise<SessionRow | undefined> {
  return (await sessionQuery(db, { id }))[0];
}

/**
 * Locks a session's row for the rest of a PostgreSQL transaction, so two
 * devices acting at once are applied one after the other. (SQLite runs one
 * write transaction at a time already.)
 */
export async function lockSession(db: Db, dialect: Dialect, id: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await db.selectFrom('listening_sessions').select('id').where('id', '=', id).forUpdate().execute();
}

/** The couple's session not yet marked ended (at most one: a unique index says so). */
export async function findOpenSession(
  db: Db,
  dialect: Dialect,
  coupleId: string,
  lock: boolean,
): Promise<SessionRow | undefined> {
  let query = db
    .selectFrom('listening_sessions')
    .selectAll()
    .where('couple_id', '=', coupleId)
    .where('ended_at', 'is', null);
  if (lock && dialect === 'postgres') query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Inserts a new session; false when the couple has one open already (another start won). */
export async function insertSession(db: Db, row: SessionRow): Promise<boolean> {
  const result = await db
    .insertInto('listening_sessions')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function insertTurns(db: Db, rows: TurnRow[]): Promise<void> {
  await db.insertInto('listening_turns').values(rows).execute();
}

export async function updateSessionState(
  db: Db,
  id: string,
  state: SessionStateColumns,
  version: number,
): Promise<void> {
  await db
    .updateTable('listening_sessions')
    .set({ ...state, version })
    .where('id', '=', id)
    .execute();
}

const turnsQuery = prepareQuery((db) =>
  db
    .selectFrom('listening_turns')
    .selectAll()
    .where('session_id', '=', slot('sessionId'))
    .orderBy('turn'),
);

export async function findTurns(db: Db, sessionId: string): Promise<TurnRow[]> {
  return turnsQuery(db, { sessionId });
}

export async function setTopic(
  db: Db,
  input: {
    sessionId: string;
    turn: number;
    promptId: string | null;
    topic: string | null;
    nowIso: string;
  },
): Promise<void> {
  await db
    .updateTable('listening_turns')
    .set({ prompt_id: input.promptId, topic: input.topic, updated_at: input.nowIso })
    .where('session_id', '=', input.sessionId)
    .where('turn', '=', input.turn)
    .execute();
}

/**
 * The ratings of a session that this person may see: their own, and their
 * partner's only where it was shared. A private rating of the partner's
 * never leaves the database for this person.
 */
export async function findVisibleRatings(
  db: Db,
  sessionIds: readonly string[],
  userId: string,
): Promise<RatingRow[]> {
  if (sessionIds.length === 0) return [];
  return db
    .selectFrom('listening_ratings')
    .selectAll()
    .where('session_id', 'in', sessionIds)
    .where((eb) => eb.or([eb('speaker_id', '=', userId), eb('shared', '=', 1)]))
    .execute();
}

/** My own rating of a turn, if I gave one. */
export async function findMyRating(
  db: Db,
  sessionId: string,
  turn: number,
  speakerId: string,
): Promise<RatingRow | undefined> {
  return db
    .selectFrom('listening_ratings')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('turn', '=', turn)
    .where('speaker_id', '=', speakerId)
    .executeTakeFirst();
}

export async function insertRating(db: Db, row: RatingRow): Promise<void> {
  await db.insertInto('listening_ratings').values(row).execute();
}

export async function updateRatingShare(
  db: Db,
  input: { sessionId: string; turn: number; shared: boolean; nowIso: string },
): Promise<void> {
  await db
    .updateTable('listening_ratings')
    .set({ shared: input.shared ? 1 : 0, updated_at: input.nowIso })
    .where('session_id', '=', input.sessionId)
    .where('turn', '=', input.turn)
    .execute();
}

/**
 * The ratings my partners gave my listening in this couple: read only to
 * compute the average the rule in core/listening.ts allows, never returned.
 */
export async function listRatingsReceived(
  db: Db,
  listenerId: string,
  coupleId: string,
): Promise<Pick<RatingRow, 'rating' | 'day' | 'created_at'>[]> {
  return db
    .selectFrom('listening_ratings')
    .select(['rating', 'day', 'created_at'])
    .where('listener_id', '=', listenerId)
    .where('couple_id', '=', coupleId)
    .execute();
}

/** The couple's latest sessions, newest first. */
export async function listSessionsOfCouple(
  db: Db,
  coupleId: string,
  limit: number,
): Promise<SessionRow[]> {
  return db
    .selectFrom('listening_sessions')
    .selectAll()
    .where('couple_id', '=', coupleId)
    .orderBy('day', 'desc')
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

export async function listTurnsOf(db: Db, sessionIds: readonly string[]): Promise<TurnRow[]> {
  if (sessionIds.length === 0) return [];
  return db
    .selectFrom('listening_turns')
    .selectAll()
    .where('session_id', 'in', sessionIds)
    .execute();
}

/** How many of the couple's sessions ran to the end. */
export async function countCompleted(db: Db, coupleId: string): Promise<number> {
  const row = await db
    .selectFrom('listening_sessions')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('couple_id', '=', coupleId)
    .where('completed', '=', 1)
    .executeTakeFirstOrThrow();
  // PostgreSQL returns counts as strings.
  return Number(row.n);
}
