/** Weekly pulses and engagement counts: Kysely queries only. */
import type { Db } from '../../db/database';

export async function upsertPulse(
  db: Db,
  row: {
    id: string;
    userId: string;
    coupleId: string | null;
    week: string;
    ratings: { emotional: number; physical: number; intellectual: number; talk: number };
    nowIso: string;
  },
): Promise<void> {
  await db
    .insertInto('pulses')
    .values({
      id: row.id,
      user_id: row.userId,
      couple_id: row.coupleId,
      week: row.week,
      ...row.ratings,
      created_at: row.nowIso,
      updated_at: row.nowIso,
    })
    .onConflict((oc) =>
      oc
        .columns(['user_id', 'week'])
        .doUpdateSet({ ...row.ratings, couple_id: row.coupleId, updated_at: row.nowIso }),
    )
    .execute();
}

export async function findPulse(db: Db, userId: string, week: string) {
  return db
    .selectFrom('pulses')
    .select(['emotional', 'physical', 'intellectual', 'talk'])
    .where('user_id', '=', userId)
    .where('week', '=', week)
    .executeTakeFirst();
}

/** A person's pulses by week; with `inCouple`, only those last written in that couple. */
export async function listPulses(db: Db, userId: string, inCouple?: string) {
  return db
    .selectFrom('pulses')
    .select(['week', 'emotional', 'physical', 'intellectual', 'talk'])
    .where('user_id', '=', userId)
    .$if(inCouple !== undefined, (q) => q.where('couple_id', '=', inCouple ?? null))
    .orderBy('week')
    .execute();
}
