import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// Small gestures: the gesture suggested to each person on a day, each
// person's private "not for us" marks, and the gestures a person did (one a
// day, tied to the couple it was done in, with the partner's thanks).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('gesture_days')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('gesture_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('gesture_days_pk', ['user_id', 'day'])
    .execute();

  await db.schema
    .createTable('gesture_marks')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('gesture_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('gesture_marks_pk', ['user_id', 'gesture_id'])
    .execute();

  await db.schema
    .createTable('gesture_done')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('couple_id', 'text')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('gesture_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('thanked_at', 'text')
    .addUniqueConstraint('gesture_done_user_day', ['user_id', 'day'])
    .execute();
  await db.schema
    .createIndex('gesture_done_couple_day')
    .on('gesture_done')
    .columns(['couple_id', 'day'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('gesture_done').ifExists().execute();
  await db.schema.dropTable('gesture_marks').ifExists().execute();
  await db.schema.dropTable('gesture_days').ifExists().execute();
}
