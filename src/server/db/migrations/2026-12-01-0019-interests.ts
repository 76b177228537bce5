import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// Shared hobbies and travel: each person's private yes/maybe/no marks (kept
// per scope: the couple they were made in, "c:<couple>", or alone,
// "u:<person>"), a couple's own travel wishes, and the plan of a matched
// trip with its checklist. Every couple row belongs to the couple it was made in.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('interest_picks')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('couple_id', 'text', (c) => c.references('couples.id').onDelete('cascade'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('pick', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('interest_picks_pk', ['user_id', 'scope', 'topic', 'item_id'])
    .execute();
  await db.schema
    .createIndex('interest_picks_item')
    .on('interest_picks')
    .columns(['scope', 'topic', 'item_id'])
    .execute();

  await db.schema
    .createTable('travel_wishes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('couple_id', 'text', (c) => c.references('couples.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('scale', 'text', (c) => c.notNull())
    .addColumn('budget', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('travel_wishes_scope')
    .on('travel_wishes')
    .columns(['scope', 'created_at'])
    .execute();
  await db.schema
    .createIndex('travel_wishes_author')
    .on('travel_wishes')
    .column('author_id')
    .execute();

  await db.schema
    .createTable('trip_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('couple_id', 'text', (c) => c.notNull().references('couples.id').onDelete('cascade'))
    .addColumn('idea_id', 'text', (c) => c.notNull())
    .addColumn('timing', 'text')
    .addColumn('budget', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('trip_plans_couple_idea', ['couple_id', 'idea_id'])
    .execute();

  await db.schema
    .createTable('trip_checklist_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) =>
      c.notNull().references('trip_plans.id').onDelete('cascade'),
    )
    .addColumn('couple_id', 'text', (c) => c.notNull().references('couples.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('done_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('done_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('trip_checklist_items_plan')
    .on('trip_checklist_items')
    .columns(['plan_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('trip_checklist_items_author')
    .on('trip_checklist_items')
    .column('author_id')
    .execute();
  await db.schema
    .createIndex('trip_checklist_items_done_by')
    .on('trip_checklist_items')
    .column('done_by')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('trip_checklist_items').ifExists().execute();
  await db.schema.dropTable('trip_plans').ifExists().execute();
  await db.schema.dropTable('travel_wishes').ifExists().execute();
  await db.schema.dropTable('interest_picks').ifExists().execute();
}
