import { type Kysely, sql } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// Opt-ins belong to one couple, and results remember the couple they were
// written in, so nothing from before a couple (or from an earlier one) reaches
// a later partner. Instances sharing PostgreSQL also share a generated secret.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sharing').addColumn('couple_id', 'text').execute();
  await sql`update sharing set couple_id = (select u.couple_id from users u where u.id = sharing.user_id)`.execute(
    db,
  );
  await sql`delete from sharing where couple_id is null`.execute(db);

  for (const [table, at] of [
    ['check_results', 'taken_at'],
    ['pulses', 'created_at'],
  ] as const) {
    await db.schema.alterTable(table).addColumn('couple_id', 'text').execute();
    // Only what was written after the person's current couple began belongs to it.
    await sql`update ${sql.table(table)} set couple_id = (
        select u.couple_id from users u join couples c on c.id = u.couple_id
        where u.id = ${sql.ref(`${table}.user_id`)} and c.created_at <= ${sql.ref(`${table}.${at}`)}
      )`.execute(db);
  }

  await db.schema
    .createTable('instance_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('instance_settings').ifExists().execute();
  for (const table of ['pulses', 'check_results', 'sharing']) {
    await db.schema.alterTable(table).dropColumn('couple_id').execute();
  }
}
