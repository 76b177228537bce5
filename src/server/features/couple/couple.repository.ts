/** Couple, membership and invite rows: Kysely queries only. */
import type { Db, Dialect } from '../../db/database';

export async function insertInvite(
  db: Db,
  invite: { id: string; codeHash: string; inviterId: string; nowIso: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('invites')
    .values({
      id: invite.id,
      code_hash: invite.codeHash,
      inviter_id: invite.inviterId,
      created_at: invite.nowIso,
      expires_at: invite.expiresAt,
      used_at: null,
    })
    .execute();
}

/** The inviter of an unused, unexpired invite, without claiming it. */
export async function findOpenInvite(db: Db, codeHash: string, nowIso: string) {
  return db
    .selectFrom('invites')
    .select(['id', 'inviter_id'])
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .executeTakeFirst();
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

/** Marks an open invite used; false when someone else used it first. */
export async function claimInvite(db: Db, inviteId: string, nowIso: string): Promise<boolean> {
  const result = await db
    .updateTable('invites')
    .set({ used_at: nowIso })
    .where('id', '=', inviteId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findUserCouple(db: Db, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'couple_id', 'time_zone', 'display_name'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

export async function insertCouple(
  db: Db,
  couple: { id: string; timeZone: string; nowIso: string },
): Promise<void> {
  await db
    .insertInto('couples')
    .values({
      id: couple.id,
      time_zone: couple.timeZone,
      created_at: couple.nowIso,
      ended_at: null,
    })
    .execute();
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

/** Ends a couple: both members leave it and it is marked ended. */
export async function endCouple(db: Db, coupleId: string, nowIso: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ couple_id: null })
    .where('couple_id', '=', coupleId)
    .execute();
  await db.updateTable('couples').set({ ended_at: nowIso }).where('id', '=', coupleId).execute();
}

export async function updateCoupleTimeZone(
  db: Db,
  coupleId: string,
  timeZone: string,
): Promise<void> {
  await db.updateTable('couples').set({ time_zone: timeZone }).where('id', '=', coupleId).execute();
}

/** Unused invites of a person stop working once they are in a couple. */
export async function revokeOpenInvites(db: Db, userId: string, nowIso: string): Promise<void> {
  await db
    .updateTable('invites')
    .set({ used_at: nowIso })
    .where('inviter_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}
