/** Primer progress: Kysely queries only. */
import type { Db } from '../../db/database';

export async function listPrimerProgress(db: Db, userId: string) {
  return db
    .selectFrom('primer_progress')
    .select(['card_id', 'reflection'])
    .where('user_id', '=', userId)
    .execute();
}

export async function upsertPrimerProgress(
  db: Db,
  row: { userId: string; cardId: string; reflection: string | null | undefined; nowIso: string },
): Promise<void> {
  await db
    .insertInto('primer_progress')
    .values({
      user_id: row.userId,
      card_id: row.cardId,
      reflection: row.reflection ?? null,
      updated_at: row.nowIso,
    })
    .onConflict((oc) =>
      oc.columns(['user_id', 'card_id']).doUpdateSet({
        ...(row.reflection !== undefined ? { reflection: row.reflection } : {}),
        updated_at: row.nowIso,
      }),
    )
    .execute();
}
