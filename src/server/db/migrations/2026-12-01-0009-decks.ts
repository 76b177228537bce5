import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// Open-dialogue decks: cards a couple (or a person alone) draws, the answers
// to them, private "not now" marks, a couple's own questions, and the
// reactions and "let's talk" marks left on a revealed card or daily question.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('deck_own_questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('couple_id', 'text')
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('deck_own_questions_scope')
    .on('deck_own_questions')
    .columns(['scope', 'created_at'])
    .execute();
  await db.schema
    .createIndex('deck_own_questions_author')
    .on('deck_own_questions')
    .column('author_id')
    .execute();

  await db.schema
    .createTable('deck_cards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('couple_id', 'text')
    // The n-th card of its scope: the order cards are shown in, without times.
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('deck_id', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text')
    .addColumn('own_question_id', 'text', (c) =>
      c.references('deck_own_questions.id').onDelete('set null'),
    )
    .addColumn('together', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('drawn_at', 'text', (c) => c.notNull())
    // Revealed (a couple) or answered (alone): no longer open.
    .addColumn('settled_at', 'text')
    .addColumn('revealed_at', 'text')
    .addUniqueConstraint('deck_cards_scope_position', ['scope', 'position'])
    .execute();
  await db.schema
    .createIndex('deck_cards_scope_deck')
    .on('deck_cards')
    .columns(['scope', 'deck_id', 'position'])
    .execute();
  await db.schema
    .createIndex('deck_cards_scope_settled')
    .on('deck_cards')
    .columns(['scope', 'settled_at'])
    .execute();
  await db.schema
    .createIndex('deck_cards_own_question')
    .on('deck_cards')
    .column('own_question_id')
    .execute();

  await db.schema
    .createTable('deck_answers')
    .addColumn('card_id', 'text', (c) =>
      c.notNull().references('deck_cards.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('couple_id', 'text')
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // When this person first saw the reveal; never shown to anyone.
    .addColumn('seen_at', 'text')
    .addPrimaryKeyConstraint('deck_answers_pk', ['card_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('deck_answers_user_seen')
    .on('deck_answers')
    .columns(['user_id', 'seen_at'])
    .execute();

  await db.schema
    .createTable('deck_skips')
    .addColumn('card_id', 'text', (c) =>
      c.notNull().references('deck_cards.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('deck_skips_pk', ['card_id', 'user_id'])
    .execute();
  await db.schema.createIndex('deck_skips_user').on('deck_skips').column('user_id').execute();

  await db.schema
    .createTable('deck_reactions')
    .addColumn('couple_id', 'text', (c) => c.notNull())
    // "card" or "day"; the subject is a card id or a day of the couple's daily question.
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('reaction', 'text')
    .addColumn('talk_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('deck_reactions_pk', [
      'couple_id',
      'subject_kind',
      'subject_id',
      'user_id',
    ])
    .execute();
  await db.schema
    .createIndex('deck_reactions_talk')
    .on('deck_reactions')
    .columns(['couple_id', 'talk_at'])
    .execute();
  await db.schema
    .createIndex('deck_reactions_user')
    .on('deck_reactions')
    .column('user_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'deck_reactions',
    'deck_skips',
    'deck_answers',
    'deck_cards',
    'deck_own_questions',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
