import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// Answering finds the latest day a question was given to a scope: read from
// this index in one step, not through every day the scope was ever given.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('daily_questions_scope_question')
    .on('daily_questions')
    .columns(['scope', 'question_id', 'day'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('daily_questions_scope_question').execute();
}
