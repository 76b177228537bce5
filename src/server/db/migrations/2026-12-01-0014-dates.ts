import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// Date nights: private picks on ideas, the couple's planned dates, private
// reflections on them, and the couple's calendar feed (a keyed hash of its token).
export async function up(db: Kysely<unknown>): Promise<void> {
  // One person's yes / maybe / no on an idea, in the couple it was made in.
  await db.schema
    .createTable('date_picks')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('couple_id', 'text', (c) => c.notNull().references('couples.id'))
    .addColumn('idea_id', 'text', (c) => c.notNull())
    .addColumn('pick', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('date_picks_pk', ['user_id', 'couple_id', 'idea_id'])
    .execute();

  // A couple's planned date. Each text column names who last wrote it, so
  // deleting that account erases the row with the words.
  await db.schema
    .createTable('scheduled_dates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('couple_id', 'text', (c) => c.notNull().references('couples.id'))
    .addColumn('idea_id', 'text')
    .addColumn('title', 'text')
    .addColumn('title_by', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('place_by', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('notes', 'text')
    .addColumn('notes_by', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('scheduled_dates_couple_start')
    .on('scheduled_dates')
    .columns(['couple_id', 'starts_at'])
    .execute();
  await db.schema
    .createIndex('scheduled_dates_couple_day')
    .on('scheduled_dates')
    .columns(['couple_id', 'day'])
    .execute();

  await db.schema
    .createTable('date_reflections')
    .addColumn('date_id', 'text', (c) =>
      c.notNull().references('scheduled_dates.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('couple_id', 'text', (c) => c.notNull().references('couples.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('shared', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('date_reflections_pk', ['date_id', 'user_id'])
    .execute();

  // At most one feed per couple; a new token replaces the old, which stops working.
  await db.schema
    .createTable('date_feeds')
    .addColumn('couple_id', 'text', (c) => c.primaryKey().references('couples.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['date_feeds', 'date_reflections', 'scheduled_dates', 'date_picks'])
    await db.schema.dropTable(table).ifExists().execute();
}
