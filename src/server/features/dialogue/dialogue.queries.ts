/**
 * What other features may ask of the daily question's tables (answers,
 * daily_questions, question_skips, question_choices). Only the dialogue
 * feature names those tables.
 */
import type { Db } from '../../db/database';
import { deleteChoicesOf } from './dialogue.repository';

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

/**
 * Erases what a person wrote, the questions given to them alone, the days
 * they set aside and their own deck's depth choice. (A couple's choice names
 * nobody and ends with the couple.)
 */
export async function eraseAnswersOf(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('answers').where('user_id', '=', userId).execute();
  await db.deleteFrom('daily_questions').where('scope', '=', `u:${userId}`).execute();
  await deleteChoicesOf(db, userId, `u:${userId}`);
}
