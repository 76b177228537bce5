import { type Kysely, sql } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// Active-listening sessions of a couple: the session's state and timer
// (timestamps, so every device computes the same time left), each speaker's
// turn with its topic, and each speaker's private "I felt heard" rating.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('listening_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('couple_id', 'text', (c) => c.notNull().references('couples.id'))
    .addColumn('started_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('turn_ms', 'integer', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('turn', 'integer', (c) => c.notNull())
    .addColumn('spoken_turns', 'integer', (c) => c.notNull())
    .addColumn('running_since', 'text')
    .addColumn('elapsed_ms', 'integer', (c) => c.notNull())
    .addColumn('paused_at', 'text')
    .addColumn('completed', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    // The couple's calendar day it was started on, for the week's rhythm.
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema
    .createIndex('listening_sessions_couple_day')
    .on('listening_sessions')
    .columns(['couple_id', 'day'])
    .execute();
  // One session at a time per couple: two partners starting at once get the same one.
  await db.schema
    .createIndex('listening_sessions_one_active')
    .on('listening_sessions')
    .column('couple_id')
    .unique()
    .where(sql.ref('ended_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('listening_sessions_started_by')
    .on('listening_sessions')
    .column('started_by')
    .execute();

  await db.schema
    .createTable('listening_turns')
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('listening_sessions.id').onDelete('cascade'),
    )
    .addColumn('turn', 'integer', (c) => c.notNull())
    .addColumn('speaker_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('prompt_id', 'text')
    // The topic in the speaker's own words, when they chose their own.
    .addColumn('topic', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('listening_turns_pk', ['session_id', 'turn'])
    .execute();
  await db.schema
    .createIndex('listening_turns_speaker')
    .on('listening_turns')
    .column('speaker_id')
    .execute();

  await db.schema
    .createTable('listening_ratings')
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('listening_sessions.id').onDelete('cascade'),
    )
    .addColumn('turn', 'integer', (c) => c.notNull())
    .addColumn('speaker_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('listener_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('couple_id', 'text', (c) => c.notNull().references('couples.id'))
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('shared', 'integer', (c) => c.notNull())
    // The couple's calendar day it was given on: the listener's average counts whole weeks.
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('listening_ratings_pk', ['session_id', 'turn'])
    .execute();
  await db.schema
    .createIndex('listening_ratings_listener')
    .on('listening_ratings')
    .columns(['listener_id', 'couple_id', 'day'])
    .execute();
  await db.schema
    .createIndex('listening_ratings_speaker')
    .on('listening_ratings')
    .column('speaker_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('listening_ratings').execute();
  await db.schema.dropTable('listening_turns').execute();
  await db.schema.dropTable('listening_sessions').execute();
}
