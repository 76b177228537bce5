/** Small gestures: Kysely queries only (gesture_days, gesture_marks, gesture_done). */
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { GestureDoneTable } from '../../db/types';

export type GestureDoneRow = Selectable<GestureDoneTable>;

// ---------------------------------------------------------------- the day's suggestion

export async function findSuggestion(
  db: Db,
  userId: string,
  day: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('gesture_days')
    .select('gesture_id')
    .where('user_id', '=', userId)
    .where('day', '=', day)
    .executeTakeFirst();
  return row?.gesture_id;
}

/** The person's suggestions before a day, most recent first. */
export async function listRecentSuggestions(
  db: Db,
  userId: string,
  beforeDay: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('gesture_days')
    .select('gesture_id')
    .where('user_id', '=', userId)
    .where('day', '<', beforeDay)
    .orderBy('day', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.gesture_id);
}

/** Records the day's suggestion; if another request got there first, theirs stands. */
export async function insertSuggestion(
  db: Db,
  row: { userId: string; day: string; gestureId: string; nowIso: string },
): Promise<void> {
  await db
    .insertInto('gesture_days')
    .values({
      user_id: row.userId,
      day: row.day,
      gesture_id: row.gestureId,
      created_at: row.nowIso,
    })
    .onConflict((oc) => oc.columns(['user_id', 'day']).doNothing())
    .execute();
}

export async function replaceSuggestion(
  db: Db,
  row: { userId: string; day: string; gestureId: string },
): Promise<void> {
  await db
    .updateTable('gesture_days')
    .set({ gesture_id: row.gestureId })
    .where('user_id', '=', row.userId)
    .where('day', '=', row.day)
    .execute();
}

// ---------------------------------------------------------------- "not for us"

export async function listMarks(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('gesture_marks')
    .select('gesture_id')
    .where('user_id', '=', userId)
    .execute();
  return rows.map((r) => r.gesture_id);
}

/** Marking twice is the same as once. */
export async function insertMark(
  db: Db,
  row: { userId: string; gestureId: string; nowIso: string },
): Promise<void> {
  await db
    .insertInto('gesture_marks')
    .values({ user_id: row.userId, gesture_id: row.gestureId, created_at: row.nowIso })
    .onConflict((oc) => oc.columns(['user_id', 'gesture_id']).doNothing())
    .execute();
}

export async function deleteMark(db: Db, userId: string, gestureId: string): Promise<void> {
  await db
    .deleteFrom('gesture_marks')
    .where('user_id', '=', userId)
    .where('gesture_id', '=', gestureId)
    .execute();
}

// ---------------------------------------------------------------- done, and thanks

export async function findDoneOn(
  db: Db,
  userId: string,
  day: string,
): Promise<GestureDoneRow | undefined> {
  return db
    .selectFrom('gesture_done')
    .selectAll()
    .where('user_id', '=', userId)
    .where('day', '=', day)
    .executeTakeFirst();
}

/** One a day: if a gesture is already marked for the day, nothing is inserted. */
export async function insertDone(db: Db, row: GestureDoneRow): Promise<void> {
  await db
    .insertInto('gesture_done')
    .values(row)
    .onConflict((oc) => oc.columns(['user_id', 'day']).doNothing())
    .execute();
}

/** Another gesture for the same day: a thank-you was for the one before, so it goes. */
export async function changeDone(
  db: Db,
  row: { id: string; gestureId: string; coupleId: string | null },
): Promise<void> {
  await db
    .updateTable('gesture_done')
    .set({ gesture_id: row.gestureId, couple_id: row.coupleId, thanked_at: null })
    .where('id', '=', row.id)
    .execute();
}

export async function deleteDone(db: Db, id: string): Promise<void> {
  await db.deleteFrom('gesture_done').where('id', '=', id).execute();
}

/** Days of a week on which the person did a gesture (any couple, or alone: their own effort). */
export async function countDoneBetween(
  db: Db,
  userId: string,
  from: string,
  to: string,
): Promise<number> {
  const row = await db
    .selectFrom('gesture_done')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('user_id', '=', userId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .executeTakeFirstOrThrow();
  // PostgreSQL returns counts as strings.
  return Number(row.n);
}

/** What a person did in one couple over some days, newest first. */
export async function listDoneInCouple(
  db: Db,
  input: { userId: string; coupleId: string; from: string; to: string },
): Promise<GestureDoneRow[]> {
  return db
    .selectFrom('gesture_done')
    .selectAll()
    .where('couple_id', '=', input.coupleId)
    .where('user_id', '=', input.userId)
    .where('day', '>=', input.from)
    .where('day', '<=', input.to)
    .orderBy('day', 'desc')
    .execute();
}

/** A gesture of this person in this couple, by id; anything else is not found. */
export async function findDoneOf(
  db: Db,
  input: { id: string; userId: string; coupleId: string },
): Promise<GestureDoneRow | undefined> {
  return db
    .selectFrom('gesture_done')
    .selectAll()
    .where('id', '=', input.id)
    .where('user_id', '=', input.userId)
    .where('couple_id', '=', input.coupleId)
    .executeTakeFirst();
}

/** Thanks once; true when this call said it. */
export async function markThanked(db: Db, id: string, nowIso: string): Promise<boolean> {
  const result = await db
    .updateTable('gesture_done')
    .set({ thanked_at: nowIso })
    .where('id', '=', id)
    .where('thanked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
