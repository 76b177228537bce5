import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// Reach: each person's reminder settings (one switch for everything, the
// channels, the time of the daily nudge and quiet hours, in their own time
// zone) with the instant the next nudge may come; the things a nudge was
// already about (keyed hashes, so each thing reminds once); and password
// reset links (a keyed hash of the token, single use, expiring).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notification_settings')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('email', 'integer', (c) => c.notNull())
    .addColumn('push', 'integer', (c) => c.notNull())
    .addColumn('nudge_time', 'text', (c) => c.notNull())
    .addColumn('quiet_from', 'text')
    .addColumn('quiet_to', 'text')
    // When the next nudge may go (UTC), the person's local day it belongs to,
    // and the time zone it was planned in; null while nothing can be sent.
    .addColumn('next_nudge_at', 'text')
    .addColumn('next_nudge_day', 'text')
    .addColumn('planned_zone', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('notification_settings_next')
    .on('notification_settings')
    .column('next_nudge_at')
    .execute();

  await db.schema
    .createTable('notification_reminders')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('thing', 'text', (c) => c.notNull())
    .addColumn('reminded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_reminders_pk', ['user_id', 'thing'])
    .execute();
  await db.schema
    .createIndex('notification_reminders_age')
    .on('notification_reminders')
    .column('reminded_at')
    .execute();

  await db.schema
    .createTable('password_resets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createIndex('password_resets_user')
    .on('password_resets')
    .column('user_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('password_resets').ifExists().execute();
  await db.schema.dropTable('notification_reminders').ifExists().execute();
  await db.schema.dropTable('notification_settings').ifExists().execute();
}
