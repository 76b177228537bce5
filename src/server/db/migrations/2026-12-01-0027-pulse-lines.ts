import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// Progress draws each person's line of weekly pulses, and Today's support
// check reads them too: a person's whole line from one index, in week order,
// instead of a table page per week of use (each week's pulse is written in
// its own week, far from the one before).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('pulses_user_line')
    .on('pulses')
    .columns(['user_id', 'week', 'couple_id', 'emotional', 'physical', 'intellectual', 'talk'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('pulses_user_line').execute();
}
