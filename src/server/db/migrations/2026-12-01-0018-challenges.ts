import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// The weekly novelty challenge: the challenge a couple gets in an ISO week
// (with the one swapped away, and when it was done), each partner's answer
// ("in", or a private "not this week") and private-or-shared reflection, and
// what fits the couple now (living apart, how much a week may cost). Every
// row belongs to the couple it was made in. Flags are integers (0/1).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('challenge_weeks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('couple_id', 'text', (c) => c.notNull().references('couples.id').onDelete('cascade'))
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('challenge_id', 'text', (c) => c.notNull())
    .addColumn('swapped_from', 'text')
    .addColumn('done_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('challenge_weeks_couple_week', ['couple_id', 'week'])
    .execute();

  await db.schema
    .createTable('challenge_responses')
    .addColumn('week_id', 'text', (c) =>
      c.notNull().references('challenge_weeks.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('couple_id', 'text', (c) => c.notNull().references('couples.id').onDelete('cascade'))
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('reflection', 'text')
    .addColumn('shared', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('challenge_responses_pk', ['week_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('challenge_responses_user')
    .on('challenge_responses')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('challenge_settings')
    .addColumn('couple_id', 'text', (c) =>
      c.primaryKey().references('couples.id').onDelete('cascade'),
    )
    .addColumn('apart', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_cost', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('challenge_settings').ifExists().execute();
  await db.schema.dropTable('challenge_responses').ifExists().execute();
  await db.schema.dropTable('challenge_weeks').ifExists().execute();
}
