/** Check results and sharing opt-ins: Kysely queries only. */
import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import type { CheckResult } from '../../../core/scoring';
import { checkResultSchema } from '../../../shared/program-api';
import type { Db } from '../../db/database';
import type { Database, SharingTable } from '../../db/types';

type Topic = SharingTable['topic'];

/** How a scored result is stored (check_results.result): read back through this schema, never cast. */
const storedResultSchema = checkResultSchema.pick({ kinds: true, causes: true, signs: true });

export function parseStoredResult(json: string): CheckResult {
  return storedResultSchema.parse(JSON.parse(json));
}

export async function insertCheckResult(
  db: Db,
  row: {
    id: string;
    userId: string;
    coupleId: string | null;
    version: string;
    answers: string;
    result: string;
    takenAt: string;
  },
): Promise<void> {
  await db
    .insertInto('check_results')
    .values({
      id: row.id,
      user_id: row.userId,
      couple_id: row.coupleId,
      version: row.version,
      answers: row.answers,
      result: row.result,
      taken_at: row.takenAt,
    })
    .execute();
}

/**
 * A person's results. With `inCouple`, only those written while in that
 * couple: all that a partner may ever be shown of them.
 */
function checkResultsOf(
  // biome-ignore lint/complexity/noBannedTypes: Kysely's type for a query that selects nothing yet.
  from: SelectQueryBuilder<Database, 'check_results', {}>,
  userId: string,
  inCouple?: string,
) {
  const mine = from.where('user_id', '=', userId);
  return inCouple === undefined ? mine : mine.where('couple_id', '=', inCouple);
}

/** Results newest first; see checkResultsOf for `inCouple`. */
export async function listCheckResults(db: Db, userId: string, inCouple?: string) {
  return checkResultsOf(db.selectFrom('check_results'), userId, inCouple)
    .select(['id', 'version', 'result', 'taken_at'])
    .orderBy('taken_at', 'desc')
    .execute();
}

/** The latest result's JSON as a subquery for Today's snapshot; see checkResultsOf for `inCouple`. */
export function latestResultSubquery(
  eb: ExpressionBuilder<Database, never>,
  userId: string,
  inCouple?: string,
) {
  return checkResultsOf(eb.selectFrom('check_results'), userId, inCouple)
    .select('result')
    .orderBy('taken_at', 'desc')
    .limit(1);
}

/** When a person last took the check, as a subquery (null when never). */
export function lastCheckAtSubquery(eb: ExpressionBuilder<Database, never>, userId: string) {
  return eb
    .selectFrom('check_results')
    .select((e) => e.fn.max('taken_at').as('m'))
    .where('user_id', '=', userId);
}

export async function countChecksOf(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('check_results')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findLatestCheckResult(db: Db, userId: string, inCouple?: string) {
  return checkResultsOf(db.selectFrom('check_results'), userId, inCouple)
    .select(['id', 'version', 'result', 'taken_at'])
    .orderBy('taken_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * The one place the opt-ins are counted in SQL: how many of this couple's
 * members opted in to `topic` within this couple (`isMutual` in
 * core/visibility.ts says when that is both). Opt-ins from an earlier couple
 * never count (they carry that couple's id and end with it).
 */
export function optInsOfCouple(
  eb: ExpressionBuilder<Database, never>,
  coupleId: string,
  topic: Topic,
) {
  return eb
    .selectFrom('sharing')
    .select((e) => e.fn.countAll().as('n'))
    .where('couple_id', '=', coupleId)
    .where('topic', '=', topic);
}

export async function countOptIns(db: Db, coupleId: string, topic: Topic): Promise<number> {
  const row = await db
    .selectNoFrom((eb) => [optInsOfCouple(eb, coupleId, topic).as('n')])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many of this couple's members opted in, topic by topic (topics nobody opted in to are absent). */
export async function countOptInsByTopic(db: Db, coupleId: string) {
  return db
    .selectFrom('sharing')
    .select((eb) => ['topic', eb.fn.countAll().as('n')])
    .where('couple_id', '=', coupleId)
    .groupBy('topic')
    .execute();
}

/** My opt-ins given in this couple. */
export async function listMyOptIns(db: Db, userId: string, coupleId: string) {
  return db
    .selectFrom('sharing')
    .select(['topic'])
    .where('user_id', '=', userId)
    .where('couple_id', '=', coupleId)
    .execute();
}

/** Opts in, in this couple (an opt-in left over from an earlier couple is replaced). */
export async function optIn(
  db: Db,
  row: { userId: string; coupleId: string; topic: Topic; nowIso: string },
): Promise<void> {
  await db
    .insertInto('sharing')
    .values({
      user_id: row.userId,
      topic: row.topic,
      couple_id: row.coupleId,
      created_at: row.nowIso,
    })
    .onConflict((oc) =>
      oc
        .columns(['user_id', 'topic'])
        .doUpdateSet({ couple_id: row.coupleId, created_at: row.nowIso }),
    )
    .execute();
}

export async function optOut(db: Db, userId: string, topic: Topic): Promise<void> {
  await db.deleteFrom('sharing').where('user_id', '=', userId).where('topic', '=', topic).execute();
}

/** Every opt-in given in a couple ends with it. */
export async function deleteOptInsOfCouple(db: Db, coupleId: string): Promise<void> {
  await db.deleteFrom('sharing').where('couple_id', '=', coupleId).execute();
}
