/** Cards, answers, "not now" marks and own questions of the decks: Kysely queries only. */
import { sql } from 'kysely';
import type { Db, Dialect } from '../../db/database';
import type { DeckAnswersTable, DeckCardsTable, DeckOwnQuestionsTable } from '../../db/types';

export type CardRow = DeckCardsTable;
export type OwnQuestionRow = DeckOwnQuestionsTable;
export type CardAnswerRow = DeckAnswersTable;

/** Who has answered a card, without what they wrote. */
export interface AnswerMark {
  card_id: string;
  user_id: string;
}

/**
 * Serialises draws (and keeps) of one couple or person for the rest of a
 * PostgreSQL transaction, so the open-card limit and the card positions hold
 * when both partners draw at once. (SQLite transactions are serial already.)
 */
export async function lockScope(db: Db, dialect: Dialect, scope: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtext(${`decks:${scope}`}))`.execute(db);
}

/**
 * Locks one card of this scope for the rest of a PostgreSQL transaction, as
 * answering the daily question locks its day: two partners answering at once
 * are serialised. (SQLite transactions are serial already.)
 */
export async function lockCard(
  db: Db,
  dialect: Dialect,
  scope: string,
  cardId: string,
): Promise<void> {
  if (dialect !== 'postgres') return;
  await db
    .selectFrom('deck_cards')
    .select('id')
    .where('id', '=', cardId)
    .where('scope', '=', scope)
    .forUpdate()
    .execute();
}

/** A card of this scope; a card of anyone else's is the same as none. */
export async function findCard(
  db: Db,
  scope: string,
  cardId: string,
): Promise<CardRow | undefined> {
  return db
    .selectFrom('deck_cards')
    .selectAll()
    .where('id', '=', cardId)
    .where('scope', '=', scope)
    .executeTakeFirst();
}

/** Cards of this scope by id; others' are simply absent. */
export async function findCards(
  db: Db,
  scope: string,
  cardIds: readonly string[],
): Promise<CardRow[]> {
  if (cardIds.length === 0) return [];
  return db
    .selectFrom('deck_cards')
    .selectAll()
    .where('scope', '=', scope)
    .where('id', 'in', [...cardIds])
    .execute();
}

export async function countOpenCards(db: Db, scope: string): Promise<number> {
  const row = await db
    .selectFrom('deck_cards')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('scope', '=', scope)
    .where('settled_at', 'is', null)
    .executeTakeFirstOrThrow();
  // PostgreSQL returns counts as strings.
  return Number(row.n);
}

export async function listOpenCards(db: Db, scope: string): Promise<CardRow[]> {
  return db
    .selectFrom('deck_cards')
    .selectAll()
    .where('scope', '=', scope)
    .where('settled_at', 'is', null)
    .orderBy('position', 'desc')
    .execute();
}

/** A page of a deck's cards, newest first. */
export async function listDeckCards(
  db: Db,
  input: { scope: string; deckId: string; before: number | undefined; limit: number },
): Promise<CardRow[]> {
  let query = db
    .selectFrom('deck_cards')
    .selectAll()
    .where('scope', '=', input.scope)
    .where('deck_id', '=', input.deckId);
  if (input.before !== undefined) query = query.where('position', '<', input.before);
  return query.orderBy('position', 'desc').limit(input.limit).execute();
}

export interface DeckCounts {
  deck_id: string;
  drawn: number;
  settled: number;
}

/** How many cards of each deck this scope drew, and how many of them are settled. */
export async function countCardsByDeck(db: Db, scope: string): Promise<DeckCounts[]> {
  const rows = await db
    .selectFrom('deck_cards')
    .select((eb) => [
      'deck_id',
      eb.fn.countAll().as('drawn'),
      eb.fn.count('settled_at').as('settled'),
    ])
    .where('scope', '=', scope)
    .groupBy('deck_id')
    .execute();
  return rows.map((r) => ({
    deck_id: r.deck_id,
    drawn: Number(r.drawn),
    settled: Number(r.settled),
  }));
}

/** Every question this scope drew as a card (content questions and own ones), repeats included. */
export async function listDrawnQuestions(
  db: Db,
  scope: string,
): Promise<{ questionIds: string[]; ownQuestionIds: string[] }> {
  const rows = await db
    .selectFrom('deck_cards')
    .select(['question_id', 'own_question_id'])
    .where('scope', '=', scope)
    .execute();
  return {
    questionIds: rows.flatMap((r) => (r.question_id ? [r.question_id] : [])),
    ownQuestionIds: rows.flatMap((r) => (r.own_question_id ? [r.own_question_id] : [])),
  };
}

export async function nextPosition(db: Db, scope: string): Promise<number> {
  const row = await db
    .selectFrom('deck_cards')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('scope', '=', scope)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export async function insertCard(db: Db, row: CardRow): Promise<void> {
  await db.insertInto('deck_cards').values(row).execute();
}

export async function settleCard(
  db: Db,
  input: { cardId: string; nowIso: string; revealed: boolean },
): Promise<void> {
  await db
    .updateTable('deck_cards')
    .set({ settled_at: input.nowIso, revealed_at: input.revealed ? input.nowIso : null })
    .where('id', '=', input.cardId)
    .where('settled_at', 'is', null)
    .execute();
}

export async function deleteCard(db: Db, cardId: string): Promise<void> {
  await db.deleteFrom('deck_cards').where('id', '=', cardId).execute();
}

// ---------------------------------------------------------------- answers

/** Every answer to a card, words included: for the presenter, which applies the visibility rule. */
export async function listCardAnswers(db: Db, cardId: string): Promise<CardAnswerRow[]> {
  return db.selectFrom('deck_answers').selectAll().where('card_id', '=', cardId).execute();
}

/** Who answered which of these cards: ids only, never the words. */
export async function listAnswerMarks(db: Db, cardIds: readonly string[]): Promise<AnswerMark[]> {
  if (cardIds.length === 0) return [];
  return db
    .selectFrom('deck_answers')
    .select(['card_id', 'user_id'])
    .where('card_id', 'in', [...cardIds])
    .execute();
}

export async function upsertCardAnswer(
  db: Db,
  row: Omit<CardAnswerRow, 'created_at' | 'updated_at'> & { nowIso: string },
): Promise<void> {
  await db
    .insertInto('deck_answers')
    .values({
      card_id: row.card_id,
      user_id: row.user_id,
      couple_id: row.couple_id,
      visibility: row.visibility,
      text: row.text,
      seen_at: row.seen_at,
      created_at: row.nowIso,
      updated_at: row.nowIso,
    })
    .onConflict((oc) =>
      oc
        .columns(['card_id', 'user_id'])
        .doUpdateSet({ text: row.text, updated_at: row.nowIso, seen_at: row.seen_at }),
    )
    .execute();
}

/** Marks the reveal as seen by this person; their partner never reads it. */
export async function markRevealSeen(
  db: Db,
  input: { cardId: string; userId: string; nowIso: string },
): Promise<void> {
  await db
    .updateTable('deck_answers')
    .set({ seen_at: input.nowIso })
    .where('card_id', '=', input.cardId)
    .where('user_id', '=', input.userId)
    .where('seen_at', 'is', null)
    .execute();
}

// ---------------------------------------------------------------- "not now"

/** Which of these cards I set aside: read for me only. */
export async function listMySkips(
  db: Db,
  userId: string,
  cardIds: readonly string[],
): Promise<Set<string>> {
  if (cardIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('deck_skips')
    .select('card_id')
    .where('user_id', '=', userId)
    .where('card_id', 'in', [...cardIds])
    .execute();
  return new Set(rows.map((r) => r.card_id));
}

export async function insertSkip(
  db: Db,
  row: { cardId: string; userId: string; nowIso: string },
): Promise<void> {
  await db
    .insertInto('deck_skips')
    .values({ card_id: row.cardId, user_id: row.userId, created_at: row.nowIso })
    .onConflict((oc) => oc.columns(['card_id', 'user_id']).doNothing())
    .execute();
}

export async function deleteSkip(db: Db, row: { cardId: string; userId: string }): Promise<void> {
  await db
    .deleteFrom('deck_skips')
    .where('card_id', '=', row.cardId)
    .where('user_id', '=', row.userId)
    .execute();
}

// ---------------------------------------------------------------- own questions

export async function listOwnQuestions(db: Db, scope: string): Promise<OwnQuestionRow[]> {
  return db
    .selectFrom('deck_own_questions')
    .selectAll()
    .where('scope', '=', scope)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Own questions by id, of this scope only. */
export async function findOwnQuestions(
  db: Db,
  scope: string,
  ids: readonly string[],
): Promise<OwnQuestionRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('deck_own_questions')
    .selectAll()
    .where('scope', '=', scope)
    .where('id', 'in', [...ids])
    .execute();
}

export async function countOwnQuestions(db: Db, scope: string): Promise<number> {
  const row = await db
    .selectFrom('deck_own_questions')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('scope', '=', scope)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertOwnQuestion(db: Db, row: OwnQuestionRow): Promise<void> {
  await db.insertInto('deck_own_questions').values(row).execute();
}

/** Deletes an own question of this scope written by this person; false when there is none. */
export async function deleteOwnQuestion(
  db: Db,
  input: { scope: string; authorId: string; id: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('deck_own_questions')
    .where('id', '=', input.id)
    .where('scope', '=', input.scope)
    .where('author_id', '=', input.authorId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
