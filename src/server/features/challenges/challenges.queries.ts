/**
 * What other features may ask of the weekly challenge's tables: how many
 * challenges a person was in and that were done, in any couple. Keyed by the
 * person asking; a partner's answers and reflections are never read here.
 */
import type { Db } from '../../db/database';

/** How many weekly challenges a person said they were in for and that were then done. */
export async function countChallengesDoneBy(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('challenge_responses as r')
    .innerJoin('challenge_weeks as w', (join) =>
      join.onRef('w.id', '=', 'r.week_id').onRef('w.couple_id', '=', 'r.couple_id'),
    )
    .select((eb) => eb.fn.countAll().as('n'))
    .where('r.user_id', '=', userId)
    .where('r.answer', '=', 'in')
    .where('w.done_at', 'is not', null)
    .executeTakeFirstOrThrow();
  // PostgreSQL returns counts as strings.
  return Number(row.n);
}
