/** Password reset links (keyed hashes of their tokens): Kysely queries only. */
import type { Db } from '../../db/database';

export async function insertReset(
  db: Db,
  row: { id: string; userId: string; nowIso: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('password_resets')
    .values({
      id: row.id,
      user_id: row.userId,
      created_at: row.nowIso,
      expires_at: row.expiresAt,
      used_at: null,
    })
    // A retried send keeps the link it made the first time.
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** The person a link is for, while it is unused and unexpired. */
export async function findUsableReset(db: Db, id: string, nowIso: string) {
  return db
    .selectFrom('password_resets as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.user_id', 'u.email', 'u.display_name'])
    .where('r.id', '=', id)
    .where('r.used_at', 'is', null)
    .where('r.expires_at', '>', nowIso)
    .executeTakeFirst();
}

/** Uses a link up; true for exactly one caller, and only while it is unused and unexpired. */
export async function useReset(db: Db, id: string, nowIso: string): Promise<boolean> {
  const result = await db
    .updateTable('password_resets')
    .set({ used_at: nowIso })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Every other link of the person stops working (a new password was just set). */
export async function deleteResetsOf(db: Db, userId: string, keepId?: string): Promise<void> {
  let query = db.deleteFrom('password_resets').where('user_id', '=', userId);
  if (keepId !== undefined) query = query.where('id', '!=', keepId);
  await query.execute();
}

/** Links used or expired before `beforeIso` are forgotten. */
export async function pruneResets(db: Db, beforeIso: string): Promise<void> {
  await db.deleteFrom('password_resets').where('expires_at', '<', beforeIso).execute();
}

export async function findEmailOf(db: Db, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('users')
    .select('email')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.email;
}
