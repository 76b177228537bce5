import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// Web push: each device a person turned notifications on for. The push
// service's address (unique: a device moves to whoever added it last) and the
// two keys the nudge is encrypted to; a short label of the browser and system
// family (never the whole User-Agent); when the last nudge reached it, and the
// person's local day of that nudge, so a retry never nudges a device twice.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('push_subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('endpoint', 'text', (c) => c.notNull().unique())
    .addColumn('p256dh', 'text', (c) => c.notNull())
    .addColumn('auth', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_success_at', 'text')
    .addColumn('last_nudge_day', 'text')
    .execute();
  await db.schema
    .createIndex('push_subscriptions_user')
    .on('push_subscriptions')
    .column('user_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('push_subscriptions').ifExists().execute();
}
