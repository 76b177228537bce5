import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// Appreciation notes between partners, tied to the couple they were written
// in. A note may be hidden until `visible_from`; `announced_at` records that
// its arrival was sent live (claimed by one instance). The recipient's own
// "read" marks live apart, so they leave with the recipient.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // Null once the recipient's account is deleted: the author keeps their own words.
    .addColumn('recipient_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('couple_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('visible_from', 'text', (c) => c.notNull())
    .addColumn('announced_at', 'text')
    .execute();
  await db.schema
    .createIndex('notes_recipient')
    .on('notes')
    .columns(['recipient_id', 'couple_id', 'visible_from'])
    .execute();
  await db.schema
    .createIndex('notes_author')
    .on('notes')
    .columns(['author_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('notes_to_announce')
    .on('notes')
    .columns(['announced_at', 'visible_from'])
    .execute();

  await db.schema
    .createTable('note_reads')
    .addColumn('note_id', 'text', (c) => c.notNull().references('notes.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('read_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('note_reads_pk', ['note_id', 'user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('note_reads').ifExists().execute();
  await db.schema.dropTable('notes').ifExists().execute();
}
