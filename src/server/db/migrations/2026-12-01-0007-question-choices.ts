import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// The daily question fits the moment: a person may set a day's question aside
// ("not now", seen by nobody else), and a person or couple may ask for
// lighter or deeper questions to come (one choice per deck, shared by both).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('question_skips')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('question_skips_pk', ['user_id', 'scope', 'day'])
    .execute();

  await db.schema
    .createTable('question_choices')
    .addColumn('scope', 'text', (c) => c.primaryKey())
    .addColumn('depth', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('question_choices').ifExists().execute();
  await db.schema.dropTable('question_skips').ifExists().execute();
}
