/**
 * What other features may ask of the people table (users): the couple a
 * person is in, and moving people in and out of couples. Only the accounts
 * feature names that table.
 */
import type { Db, Dialect } from '../../db/database';

/**
 * Single sign-on adds accounts like sign-up, and opens and ends sessions
 * exactly as log-in does. `requirePassword`: a password asked again behind a
 * session (export, say), limited like log-in attempts.
 */
export { insertUser } from './accounts.repository';
export { logOut, requirePassword, startSession } from './accounts.service';

/** The account with this (normalized) email, if any. */
export async function findUserIdByEmail(db: Db, email: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  return row?.id;
}

export async function findUserCouple(db: Db, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'couple_id', 'time_zone', 'display_name'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

/** Puts a person who is not in a couple into one; returns false when they already were. */
export async function joinCouple(db: Db, userId: string, coupleId: string): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ couple_id: coupleId })
    .where('id', '=', userId)
    .where('couple_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Everyone in a couple leaves it. */
export async function leaveCouple(db: Db, coupleId: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ couple_id: null })
    .where('couple_id', '=', coupleId)
    .execute();
}

/**
 * Locks these people's rows, always in id order, so two joins that involve the
 * same people wait for each other instead of deadlocking (PostgreSQL only:
 * SQLite runs one write transaction at a time).
 */
export async function lockUsersInOrder(
  db: Db,
  dialect: Dialect,
  userIds: readonly string[],
): Promise<void> {
  if (dialect !== 'postgres') return;
  for (const id of [...new Set(userIds)].sort()) {
    await db.selectFrom('users').select('id').where('id', '=', id).forUpdate().execute();
  }
}
