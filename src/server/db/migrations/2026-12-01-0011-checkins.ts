import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// The weekly check-in: the couple's agreed day and time (and a change one
// partner proposed, waiting for the other), one check-in per couple and day
// with its focus-mode step, each person's private preparation, the concerns a
// person carries from week to week, and the agreements the couple makes and
// reviews. Flags are integers (0/1) so both dialects read them alike.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('checkin_schedules')
    .addColumn('couple_id', 'text', (c) =>
      c.primaryKey().references('couples.id').onDelete('cascade'),
    )
    .addColumn('weekday', 'integer')
    .addColumn('local_time', 'text')
    .addColumn('proposed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('proposed_weekday', 'integer')
    .addColumn('proposed_time', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('checkin_schedules_proposed_by')
    .on('checkin_schedules')
    .column('proposed_by')
    .execute();

  await db.schema
    .createTable('checkins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('couple_id', 'text', (c) => c.notNull().references('couples.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('checkins_couple_day', ['couple_id', 'day'])
    .execute();

  await db.schema
    .createTable('checkin_concerns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('couple_id', 'text', (c) => c.references('couples.id').onDelete('cascade'))
    .addColumn('resolved', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('nudge_dismissed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('checkin_concerns_user')
    .on('checkin_concerns')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('checkin_preps')
    .addColumn('checkin_id', 'text', (c) =>
      c.notNull().references('checkins.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('appreciation', 'text')
    .addColumn('success', 'text')
    .addColumn('concern', 'text')
    .addColumn('concern_id', 'text', (c) =>
      c.references('checkin_concerns.id').onDelete('set null'),
    )
    .addColumn('concern_private', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('goals', 'text')
    .addColumn('pulse_week', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('checkin_preps_pk', ['checkin_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('checkin_preps_user')
    .on('checkin_preps')
    .columns(['user_id', 'checkin_id'])
    .execute();
  await db.schema
    .createIndex('checkin_preps_concern')
    .on('checkin_preps')
    .column('concern_id')
    .execute();

  await db.schema
    .createTable('checkin_agreements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('couple_id', 'text', (c) => c.notNull().references('couples.id').onDelete('cascade'))
    .addColumn('checkin_id', 'text', (c) =>
      c.notNull().references('checkins.id').onDelete('cascade'),
    )
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    // Its place among the agreements of its check-in, from 1.
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('checkin_agreements_couple')
    .on('checkin_agreements')
    .column('couple_id')
    .execute();
  await db.schema
    .createIndex('checkin_agreements_checkin')
    .on('checkin_agreements')
    .column('checkin_id')
    .execute();
  await db.schema
    .createIndex('checkin_agreements_author')
    .on('checkin_agreements')
    .column('author_id')
    .execute();

  await db.schema
    .createTable('checkin_agreement_reviews')
    .addColumn('agreement_id', 'text', (c) =>
      c.notNull().references('checkin_agreements.id').onDelete('cascade'),
    )
    .addColumn('checkin_id', 'text', (c) =>
      c.notNull().references('checkins.id').onDelete('cascade'),
    )
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('checkin_agreement_reviews_pk', ['agreement_id', 'checkin_id'])
    .execute();
  await db.schema
    .createIndex('checkin_agreement_reviews_checkin')
    .on('checkin_agreement_reviews')
    .column('checkin_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'checkin_agreement_reviews',
    'checkin_agreements',
    'checkin_preps',
    'checkin_concerns',
    'checkins',
    'checkin_schedules',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
