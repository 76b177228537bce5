/** Check results and sharing opt-ins: Kysely queries only. */
import type { Db } from '../../db/database';
import type { SharingTable } from '../../db/types';

export async function insertCheckResult(
  db: Db,
  row: {
    id: string;
    userId: string;
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
      version: row.version,
      answers: row.answers,
      result: row.result,
      taken_at: row.takenAt,
    })
    .execute();
}

export async function listCheckResults(db: Db, userId: string) {
  return db
    .selectFrom('check_results')
    .select(['id', 'version', 'result', 'taken_at'])
    .where('user_id', '=', userId)
    .orderBy('taken_at', 'desc')
    .execute();
}

export async function findLatestCheckResult(db: Db, userId: string) {
  return db
    .selectFrom('check_results')
    .select(['id', 'version', 'result', 'taken_at'])
    .where('user_id', '=', userId)
    .orderBy('taken_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function listSharing(db: Db, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('sharing')
    .select(['user_id', 'topic'])
    .where('user_id', 'in', userIds)
    .execute();
}

export async function setSharing(
  db: Db,
  userId: string,
  topic: SharingTable['topic'],
  share: boolean,
  nowIso: string,
): Promise<void> {
  if (!share) {
    await db
      .deleteFrom('sharing')
      .where('user_id', '=', userId)
      .where('topic', '=', topic)
      .execute();
    return;
  }
  await db
    .insertInto('sharing')
    .values({ user_id: userId, topic, created_at: nowIso })
    .onConflict((oc) => oc.columns(['user_id', 'topic']).doNothing())
    .execute();
}
