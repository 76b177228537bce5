/**
 * What other features may ask of the small gestures' tables: how many
 * gestures a person marked done, in any couple. Always keyed by the person
 * asking; never a partner's gestures, never which ones.
 */
import type { Db } from '../../db/database';

/** How many small gestures a person marked done, ever. */
export async function countGesturesDoneBy(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('gesture_done')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  // PostgreSQL returns counts as strings.
  return Number(row.n);
}
