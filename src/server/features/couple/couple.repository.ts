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

/**
 * Marks a couple ended (its members leave it through the accounts' queries),
 * once: false when it had already ended (both partners unlinking at the same
 * moment), so only the first of them tells the other.
 */
export async function endCouple(db: Db, coupleId: string, nowIso: string): Promise<boolean> {
  const result = await db
    .updateTable('couples')
    .set({ ended_at: nowIso })
    .where('id', '=', coupleId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Leaves one note for a person, replacing any note they had not dismissed yet. */
export async function replaceNotice(
  db: Db,
  notice: {
    recipientId: string;
    kind: 'linked' | 'unlinked';
    partnerId: string;
    nowIso: string;
  },
): Promise<void> {
  await db
    .insertInto('couple_notices')
    .values({
      recipient_id: notice.recipientId,
      kind: notice.kind,
      partner_id: notice.partnerId,
      created_at: notice.nowIso,
    })
    .onConflict((oc) =>
      oc.column('recipient_id').doUpdateSet({
        kind: notice.kind,
        partner_id: notice.partnerId,
        created_at: notice.nowIso,
      }),
    )
    .execute();
}

/** Drops a person's note, if any: what they did themselves makes it old news. */
export async function deleteNoticeOf(db: Db, recipientId: string): Promise<void> {
  await db.deleteFrom('couple_notices').where('recipient_id', '=', recipientId).execute();
}

/** The note waiting for this person, if any. */
export async function findNoticeOf(db: Db, recipientId: string) {
  return db
    .selectFrom('couple_notices')
    .select(['kind', 'partner_id'])
    .where('recipient_id', '=', recipientId)
    .executeTakeFirst();
}

/** Dismisses this person's own note of this kind; false when they have none. */
export async function dismissNotice(
  db: Db,
  recipientId: string,
  kind: 'linked' | 'unlinked',
): Promise<boolean> {
  const result = await db
    .deleteFrom('couple_notices')
    .where('recipient_id', '=', recipientId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
