import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// "Did both of us opt in?" is asked by couple and topic on every Today of a
// couple: find those rows by index instead of reading every opt-in.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('sharing_couple_topic')
    .on('sharing')
    .columns(['couple_id', 'topic'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('sharing_couple_topic').execute();
}
