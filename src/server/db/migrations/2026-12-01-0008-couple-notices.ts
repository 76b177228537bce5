import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// A calm note for the partner who did not act ("You and Sam are now linked",
// "Sam ended your link"), kept until its recipient dismisses it. One per
// person: a newer note replaces an older one. It holds no words of anyone's:
// the other person's name is read from their account when shown, and the
// reference is cleared when that account is deleted.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('couple_notices')
    .addColumn('recipient_id', 'text', (c) =>
      c.primaryKey().references('users.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('partner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('couple_notices_partner_id')
    .on('couple_notices')
    .column('partner_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('couple_notices').execute();
}
