import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// A run of a guided exercise, owned by a couple ("c:<couple>") or, on one
// device, by a person not linked yet ("u:<person>"). Its state is read from
// its times; nobody's words are kept, and who stopped a run is never stored.
// `active_scope` holds the scope while the run may still be under way, and is
// cleared once it has ended: its unique index keeps one active run per scope.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('exercise_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('couple_id', 'text', (c) => c.references('couples.id').onDelete('cascade'))
    .addColumn('exercise_id', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('pace', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('total_seconds', 'integer', (c) => c.notNull())
    .addColumn('started_by', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('stopped_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('active_scope', 'text', (c) => c.unique())
    .execute();
  await db.schema
    .createIndex('exercise_runs_scope_created')
    .on('exercise_runs')
    .columns(['scope', 'created_at'])
    .execute();
  await db.schema
    .createIndex('exercise_runs_started_by')
    .on('exercise_runs')
    .column('started_by')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('exercise_runs').execute();
}
