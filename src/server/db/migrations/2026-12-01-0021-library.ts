import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// The learning library: a person's own "read" marks on articles (no times:
// what someone read, and when, is theirs alone), and the "what we learned"
// notebook. A notebook entry written in a couple carries that couple's id and
// is read by its two members while the couple lasts (its author always); one
// written alone has no couple and is read by its author only.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('article_reads')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_reads_pk', ['user_id', 'article_id'])
    .execute();

  await db.schema
    .createTable('notebook_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // Null for an entry written alone: then only its author reads it.
    .addColumn('couple_id', 'text', (c) => c.references('couples.id').onDelete('cascade'))
    .addColumn('article_id', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('notebook_entries_couple')
    .on('notebook_entries')
    .columns(['couple_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('notebook_entries_author')
    .on('notebook_entries')
    .columns(['author_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notebook_entries').ifExists().execute();
  await db.schema.dropTable('article_reads').ifExists().execute();
}
