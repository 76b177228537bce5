import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// Tables of the program's first tracks: primer, private screen, check, pulse, sharing.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('primer_progress')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('card_id', 'text', (c) => c.notNull())
    .addColumn('reflection', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('primer_progress_pk', ['user_id', 'card_id'])
    .execute();

  await db.schema
    .createTable('milestones')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('milestones_pk', ['user_id', 'key'])
    .execute();

  // Only the minimal routing flag, and only when the person chose "in my account".
  await db.schema
    .createTable('screen_flags')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('route', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // "Don't remember my answer": the flag lives and dies with this session.
  await db.schema.alterTable('sessions').addColumn('screen_route', 'text').execute();

  await db.schema
    .createTable('check_results')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('taken_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('check_results_user')
    .on('check_results')
    .columns(['user_id', 'taken_at'])
    .execute();

  await db.schema
    .createTable('pulses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('emotional', 'integer', (c) => c.notNull())
    .addColumn('physical', 'integer', (c) => c.notNull())
    .addColumn('intellectual', 'integer', (c) => c.notNull())
    .addColumn('talk', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('pulses_user_week', ['user_id', 'week'])
    .execute();

  // Opt-ins to show my results to my partner; a comparison needs both.
  await db.schema
    .createTable('sharing')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sharing_pk', ['user_id', 'topic'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'sharing',
    'pulses',
    'check_results',
    'screen_flags',
    'milestones',
    'primer_progress',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema.alterTable('sessions').dropColumn('screen_route').execute();
}
