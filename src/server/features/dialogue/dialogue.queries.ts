/**
 * What other features may ask of the daily question's tables (answers,
 * daily_questions). Only the dialogue feature names those tables.
 */
import type { Db } from '../../db/database';

/** How many daily questions a person has answered, ever. */
export async function countAnswersOf(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('answers')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  // PostgreSQL returns counts as strings.
  return Number(row.n);
}

/** Erases what a person wrote, and the questions given to them alone. */
export async function eraseAnswersOf(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('answers').where('user_id', '=', userId).execute();
  await db.deleteFrom('daily_questions').where('scope', '=', `u:${userId}`).execute();
}
