/**
 * Suggestions of professional help and private weekly answers: Kysely
 * queries only. Every query is keyed by the person it belongs to; nothing
 * here is ever read for anyone else.
 */
import type { Db } from '../../db/database';

const SUGGESTION_COLUMNS = [
  'id',
  'seq',
  'rule',
  'reason',
  'kind',
  'shown_at',
  'dismissed_at',
  'snoozed_until',
] as const;

/** The person's latest suggestion (the highest number), if any. */
export async function findLatestSuggestion(db: Db, userId: string) {
  return db
    .selectFrom('signal_suggestions')
    .select(SUGGESTION_COLUMNS)
    .where('user_id', '=', userId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export type SuggestionRow = NonNullable<Awaited<ReturnType<typeof findLatestSuggestion>>>;

/** One of the person's suggestions; another person's id finds nothing. */
export async function findSuggestion(db: Db, userId: string, id: string) {
  return db
    .selectFrom('signal_suggestions')
    .select(SUGGESTION_COLUMNS)
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The reasons of every suggestion made to the person so far. */
export async function listSuggestionReasons(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('signal_suggestions')
    .select('reason')
    .where('user_id', '=', userId)
    .execute();
  return rows.map((row) => row.reason);
}

/**
 * Adds the person's next suggestion under number `seq`. Two requests at once
 * pick the same number and only one lands: returns whether this one did.
 */
export async function insertSuggestion(
  db: Db,
  row: {
    id: string;
    userId: string;
    seq: number;
    rule: string;
    reason: string;
    kind: string;
    shownAt: string;
  },
): Promise<boolean> {
  const result = await db
    .insertInto('signal_suggestions')
    .values({
      id: row.id,
      user_id: row.userId,
      seq: row.seq,
      rule: row.rule,
      reason: row.reason,
      kind: row.kind,
      shown_at: row.shownAt,
      dismissed_at: null,
      snoozed_until: null,
    })
    .onConflict((oc) => oc.columns(['user_id', 'seq']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** "Not now" (dismissed) or "Remind me in a month" (snoozed until). */
export async function updateSuggestion(
  db: Db,
  userId: string,
  id: string,
  set: { dismissed_at: string | null; snoozed_until: string | null },
): Promise<void> {
  await db
    .updateTable('signal_suggestions')
    .set(set)
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .execute();
}

/** Saves the person's answers for one week, replacing what they gave that week. */
export async function upsertAnswers(
  db: Db,
  row: { userId: string; week: string; answers: string; nowIso: string },
): Promise<void> {
  await db
    .insertInto('signal_answers')
    .values({
      user_id: row.userId,
      week: row.week,
      answers: row.answers,
      created_at: row.nowIso,
      updated_at: row.nowIso,
    })
    .onConflict((oc) =>
      oc.columns(['user_id', 'week']).doUpdateSet({ answers: row.answers, updated_at: row.nowIso }),
    )
    .execute();
}

export async function deleteAnswers(db: Db, userId: string, week: string): Promise<void> {
  await db
    .deleteFrom('signal_answers')
    .where('user_id', '=', userId)
    .where('week', '=', week)
    .execute();
}

export async function findAnswers(db: Db, userId: string, week: string) {
  return db
    .selectFrom('signal_answers')
    .select(['week', 'answers'])
    .where('user_id', '=', userId)
    .where('week', '=', week)
    .executeTakeFirst();
}

/** The person's answers by week, oldest first; with `fromWeek`, only from that ISO week on. */
export async function listAnswers(db: Db, userId: string, fromWeek?: string) {
  return db
    .selectFrom('signal_answers')
    .select(['week', 'answers'])
    .where('user_id', '=', userId)
    .$if(fromWeek !== undefined, (q) => q.where('week', '>=', fromWeek ?? ''))
    .orderBy('week')
    .execute();
}
