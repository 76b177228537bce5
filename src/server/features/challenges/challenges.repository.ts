/** The weekly challenge's tables: Kysely queries only. */
import type { Db, Dialect } from '../../db/database';
import type {
  ChallengeResponsesTable,
  ChallengeSettingsTable,
  ChallengeWeeksTable,
} from '../../db/types';

export type ChallengeWeekRow = ChallengeWeeksTable;
export type ChallengeResponseRow = ChallengeResponsesTable;

export async function findWeek(
  db: Db,
  coupleId: string,
  week: string,
): Promise<ChallengeWeekRow | undefined> {
  return db
    .selectFrom('challenge_weeks')
    .selectAll()
    .where('couple_id', '=', coupleId)
    .where('week', '=', week)
    .executeTakeFirst();
}

/**
 * A week of this couple by id, locked for the rest of a PostgreSQL
 * transaction when `lock` is given, so two partners acting at once are
 * serialised (SQLite transactions are serial already). Another couple's week
 * is the same as none.
 */
export async function findWeekById(
  db: Db,
  weekId: string,
  coupleId: string,
  lock?: Dialect,
): Promise<ChallengeWeekRow | undefined> {
  return db
    .selectFrom('challenge_weeks')
    .selectAll()
    .where('id', '=', weekId)
    .where('couple_id', '=', coupleId)
    .$if(lock === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
}

/** Every challenge given to the couple, swapped-away ones too, oldest first. */
export async function listGivenChallenges(db: Db, coupleId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('challenge_weeks')
    .select(['challenge_id', 'swapped_from'])
    .where('couple_id', '=', coupleId)
    .orderBy('week')
    .execute();
  return rows.flatMap((r) =>
    r.swapped_from ? [r.swapped_from, r.challenge_id] : [r.challenge_id],
  );
}

/** Records the week's challenge; if the partner's request got there first, theirs stands. */
export async function insertWeek(db: Db, row: ChallengeWeekRow): Promise<void> {
  await db
    .insertInto('challenge_weeks')
    .values(row)
    .onConflict((oc) => oc.columns(['couple_id', 'week']).doNothing())
    .execute();
}

export async function replaceChallenge(
  db: Db,
  weekId: string,
  change: { challengeId: string; swappedFrom: string | null },
): Promise<void> {
  await db
    .updateTable('challenge_weeks')
    .set({ challenge_id: change.challengeId, swapped_from: change.swappedFrom })
    .where('id', '=', weekId)
    .execute();
}

export async function markWeekDone(db: Db, weekId: string, nowIso: string): Promise<void> {
  await db
    .updateTable('challenge_weeks')
    .set({ done_at: nowIso })
    .where('id', '=', weekId)
    .where('done_at', 'is', null)
    .execute();
}

/** The done weeks of a couple, newest first, leaving one week out (this week's). */
export async function listDoneWeeks(
  db: Db,
  input: { coupleId: string; exceptWeek: string; limit: number },
): Promise<ChallengeWeekRow[]> {
  return db
    .selectFrom('challenge_weeks')
    .selectAll()
    .where('couple_id', '=', input.coupleId)
    .where('done_at', 'is not', null)
    .where('week', '!=', input.exceptWeek)
    .orderBy('week', 'desc')
    .limit(input.limit)
    .execute();
}

/** The answers (and reflections) given in these weeks of one couple. */
export async function findResponses(
  db: Db,
  coupleId: string,
  weekIds: readonly string[],
): Promise<ChallengeResponseRow[]> {
  if (weekIds.length === 0) return [];
  return db
    .selectFrom('challenge_responses')
    .selectAll()
    .where('couple_id', '=', coupleId)
    .where('week_id', 'in', weekIds)
    .execute();
}

export async function upsertAnswer(
  db: Db,
  row: {
    weekId: string;
    userId: string;
    coupleId: string;
    answer: 'in' | 'not-now';
    nowIso: string;
  },
): Promise<void> {
  await db
    .insertInto('challenge_responses')
    .values({
      week_id: row.weekId,
      user_id: row.userId,
      couple_id: row.coupleId,
      answer: row.answer,
      reflection: null,
      shared: 0,
      updated_at: row.nowIso,
    })
    .onConflict((oc) =>
      oc
        .columns(['week_id', 'user_id'])
        .doUpdateSet({ answer: row.answer, updated_at: row.nowIso }),
    )
    .execute();
}

/** A swap starts the week afresh: both answers go. */
export async function deleteResponsesOfWeek(db: Db, weekId: string): Promise<void> {
  await db.deleteFrom('challenge_responses').where('week_id', '=', weekId).execute();
}

/** Writes my reflection; false when I have no answer in that week (so nothing to reflect on). */
export async function saveReflection(
  db: Db,
  row: { weekId: string; userId: string; text: string; shared: boolean; nowIso: string },
): Promise<boolean> {
  const result = await db
    .updateTable('challenge_responses')
    .set({ reflection: row.text, shared: row.shared ? 1 : 0, updated_at: row.nowIso })
    .where('week_id', '=', row.weekId)
    .where('user_id', '=', row.userId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function findSettings(
  db: Db,
  coupleId: string,
): Promise<ChallengeSettingsTable | undefined> {
  return db
    .selectFrom('challenge_settings')
    .selectAll()
    .where('couple_id', '=', coupleId)
    .executeTakeFirst();
}

export async function upsertSettings(db: Db, row: ChallengeSettingsTable): Promise<void> {
  await db
    .insertInto('challenge_settings')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('couple_id')
        .doUpdateSet({ apart: row.apart, max_cost: row.max_cost, updated_at: row.updated_at }),
    )
    .execute();
}
