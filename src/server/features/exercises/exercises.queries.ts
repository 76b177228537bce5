/**
 * What other features may ask of the guided exercises' runs: how many runs a
 * person took part in. A run is counted once its first step began (both were
 * ready, and it was not stopped during the count-in): their own runs alone,
 * the runs of their couple of now, and runs they started in an earlier couple.
 */
import type { Db } from '../../db/database';

/** How many guided exercise runs a person took part in, up to `now`. */
export async function countRunsJoinedBy(
  db: Db,
  userId: string,
  coupleId: string | null,
  now: Date,
): Promise<number> {
  const row = await db
    .selectFrom('exercise_runs')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('started_at', 'is not', null)
    .where('started_at', '<=', now.toISOString())
    .where((eb) =>
      eb.or([eb('stopped_at', 'is', null), eb('stopped_at', '>=', eb.ref('started_at'))]),
    )
    .where((eb) =>
      eb.or([
        eb('scope', '=', `u:${userId}`),
        eb('started_by', '=', userId),
        ...(coupleId === null ? [] : [eb('couple_id', '=', coupleId)]),
      ]),
    )
    .executeTakeFirstOrThrow();
  // PostgreSQL returns counts as strings.
  return Number(row.n);
}
