import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// Life events: what is going on in a couple's life (or a person's, alone),
// named by either partner and shared within that scope ("c:<couple>" or
// "u:<person>"), from its first day until the day it was over. The author's
// account going takes the rows it added with it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('life_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('life_events_scope_start')
    .on('life_events')
    .columns(['scope', 'starts_on'])
    .execute();
  await db.schema
    .createIndex('life_events_author')
    .on('life_events')
    .column('created_by')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('life_events').ifExists().execute();
}
