/**
 * Milestones ("primer done", "private screen taken"): a table several
 * features write, so it has a small module of its own. Only this file names it.
 */
import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../db/database';
import type { Database } from '../db/types';

export async function recordMilestone(
  db: Db,
  userId: string,
  key: string,
  nowIso: string,
): Promise<void> {
  await db
    .insertInto('milestones')
    .values({ user_id: userId, key, at: nowIso })
    .onConflict((oc) => oc.columns(['user_id', 'key']).doUpdateSet({ at: nowIso }))
    .execute();
}

export async function findMilestone(
  db: Db,
  userId: string,
  key: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('milestones')
    .select('at')
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.at;
}

/** When a person reached a milestone, as a subquery for Today's snapshot (null when never). */
export function milestoneAt(eb: ExpressionBuilder<Database, never>, userId: string, key: string) {
  return eb
    .selectFrom('milestones')
    .select('at')
    .where('user_id', '=', userId)
    .where('key', '=', key);
}
