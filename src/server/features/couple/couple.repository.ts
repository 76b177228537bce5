/** Couple, membership and invite rows: Kysely queries only. */
import type { Db } from '../../db/database';

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

/** Marks a couple ended (its members leave it through the accounts' queries). */
export async function endCouple(db: Db, coupleId: string, nowIso: string): Promise<void> {
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

/** A person's invites go with their account. */
export async function deleteInvitesOf(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('invites').where('inviter_id', '=', userId).execute();
}
