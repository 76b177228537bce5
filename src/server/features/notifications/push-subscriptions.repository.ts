/** The devices people turned web push on for: Kysely queries only. */
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { PushSubscriptionsTable } from '../../db/types';

export type PushSubscriptionRow = Selectable<PushSubscriptionsTable>;

/** A person's devices, the first added first. */
export async function listSubscriptions(db: Db, userId: string): Promise<PushSubscriptionRow[]> {
  return db
    .selectFrom('push_subscriptions')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function countSubscriptions(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('push_subscriptions')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

export async function findByEndpoint(
  db: Db,
  endpoint: string,
): Promise<PushSubscriptionRow | undefined> {
  return db
    .selectFrom('push_subscriptions')
    .selectAll()
    .where('endpoint', '=', endpoint)
    .executeTakeFirst();
}

/**
 * Adds a device, or gives an existing one (same address) to this person with
 * the keys and label just sent: the address is unique, so two people adding
 * one browser at once leave it with one of them, never twice.
 */
export async function upsertSubscription(db: Db, row: PushSubscriptionRow): Promise<void> {
  const { endpoint: _, ...changes } = row;
  await db
    .insertInto('push_subscriptions')
    .values(row)
    .onConflict((oc) => oc.column('endpoint').doUpdateSet(changes))
    .execute();
}

/** Removes one of this person's devices; false when they have none with this id. */
export async function deleteSubscription(db: Db, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('push_subscriptions')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Forgets a device its push service says is gone (404 or 410). */
export async function deleteGoneSubscription(db: Db, id: string): Promise<void> {
  await db.deleteFrom('push_subscriptions').where('id', '=', id).execute();
}

/** Notes that the nudge of the person's local `day` reached this device. */
export async function markDelivered(
  db: Db,
  input: { id: string; day: string; nowIso: string },
): Promise<void> {
  await db
    .updateTable('push_subscriptions')
    .set({ last_success_at: input.nowIso, last_nudge_day: input.day })
    .where('id', '=', input.id)
    .execute();
}
