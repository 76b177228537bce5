import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// Today counts a person's answers this week: read by person and day, not
// through their whole history.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('answers_user_day')
    .on('answers')
    .columns(['user_id', 'day'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('answers_user_day').execute();
}
