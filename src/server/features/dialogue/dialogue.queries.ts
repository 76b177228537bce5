/**
 * What other features may ask of the daily question's tables (answers,
 * daily_questions, question_skips, question_choices). Only the dialogue
 * feature names those tables.
 */
import type { Db } from '../../db/database';
import { deleteChoicesOf, listAssignedQuestionIds } from './dialogue.repository';

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

/** Every question given to a deck ("c:<couple>" or "u:<person>") as a daily question, repeats included. */
export async function questionIdsGivenTo(db: Db, scope: string): Promise<string[]> {
  return listAssignedQuestionIds(db, scope);
}

/**
 * Which of these days of a couple's deck are revealed: both partners
 * answered. Answers the day's question id for each revealed day; a day
 * either partner has not answered is simply absent. Reads no text.
 */
export async function revealedDaysOf(
  db: Db,
  input: { scope: string; userIds: readonly [string, string]; days: readonly string[] },
): Promise<Map<string, string>> {
  if (input.days.length === 0) return new Map();
  const rows = await db
    .selectFrom('answers')
    .select(['day', 'question_id'])
    .where('scope', '=', input.scope)
    .where('day', 'in', [...input.days])
    .where('user_id', 'in', [...input.userIds])
    .groupBy(['day', 'question_id'])
    .having((eb) => eb.fn.countAll(), '=', 2)
    .execute();
  return new Map(rows.map((row) => [row.day, row.question_id]));
}
