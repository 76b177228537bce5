/**
 * What other features may ask of the notes' tables: how many notes a person
 * wrote, in any couple. Keyed by the author; never a note's words, never the
 * notes a person received.
 */
import type { Db } from '../../db/database';

/** How many notes a person wrote to a partner, ever (also those still hidden). */
export async function countNotesWrittenBy(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notes')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('author_id', '=', userId)
    .executeTakeFirstOrThrow();
  // PostgreSQL returns counts as strings.
  return Number(row.n);
}
