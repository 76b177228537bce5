import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// When to get help: the suggestions made to a person (one row each, numbered per
// person so two requests at once cannot both add one) and that person's private
// weekly answers ("how have things been"). Both are read only for their owner.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('signal_suggestions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('shown_at', 'text', (c) => c.notNull())
    .addColumn('dismissed_at', 'text')
    .addColumn('snoozed_until', 'text')
    .addUniqueConstraint('signal_suggestions_user_seq', ['user_id', 'seq'])
    .execute();

  await db.schema
    .createTable('signal_answers')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('week', 'text', (c) => c.notNull())
    // JSON of the week's answers (see shared/signals-api.ts); each item may be left out.
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('signal_answers_pk', ['user_id', 'week'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['signal_answers', 'signal_suggestions']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
