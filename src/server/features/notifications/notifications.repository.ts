/** Reminder settings and the things nudges were about: Kysely queries only. */
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { NotificationSettingsTable } from '../../db/types';

export type SettingsRow = Selectable<NotificationSettingsTable>;

export async function findSettings(db: Db, userId: string): Promise<SettingsRow | undefined> {
  return db
    .selectFrom('notification_settings')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function saveSettings(db: Db, row: SettingsRow): Promise<void> {
  const { user_id: _, ...changes } = row;
  await db
    .insertInto('notification_settings')
    .values(row)
    .onConflict((oc) => oc.column('user_id').doUpdateSet(changes))
    .execute();
}

/** People whose next nudge time has come, the longest waiting first. */
export async function listDueSettings(
  db: Db,
  nowIso: string,
  limit: number,
): Promise<SettingsRow[]> {
  return db
    .selectFrom('notification_settings')
    .selectAll()
    .where('next_nudge_at', '<=', nowIso)
    .orderBy('next_nudge_at')
    .limit(limit)
    .execute();
}

/**
 * Moves a person's next nudge on, but only from the time this instance read:
 * of several instances ticking at once, exactly one gets true and deals with
 * the nudge that was due.
 */
export async function moveNextNudge(
  db: Db,
  input: {
    userId: string;
    from: string;
    next: { at: string; day: string; zone: string } | null;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('notification_settings')
    .set({
      next_nudge_at: input.next?.at ?? null,
      next_nudge_day: input.next?.day ?? null,
      planned_zone: input.next?.zone ?? null,
    })
    .where('user_id', '=', input.userId)
    .where('next_nudge_at', '=', input.from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Which of these things (keyed hashes) a nudge to this person was already about. */
export async function findRemindedThings(
  db: Db,
  userId: string,
  things: readonly string[],
): Promise<Set<string>> {
  if (things.length === 0) return new Set();
  const rows = await db
    .selectFrom('notification_reminders')
    .select('thing')
    .where('user_id', '=', userId)
    .where('thing', 'in', [...things])
    .execute();
  return new Set(rows.map((row) => row.thing));
}

export async function insertRemindedThings(
  db: Db,
  input: { userId: string; things: readonly string[]; nowIso: string },
): Promise<void> {
  if (input.things.length === 0) return;
  await db
    .insertInto('notification_reminders')
    .values(
      input.things.map((thing) => ({
        user_id: input.userId,
        thing,
        reminded_at: input.nowIso,
      })),
    )
    .onConflict((oc) => oc.columns(['user_id', 'thing']).doNothing())
    .execute();
}

/** Forgets things reminded of long ago: by then each has long stopped waiting. */
export async function pruneRemindedThings(db: Db, beforeIso: string): Promise<void> {
  await db.deleteFrom('notification_reminders').where('reminded_at', '<', beforeIso).execute();
}
