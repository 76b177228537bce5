import type { Kysely } from 'kysely';

// Frozen: never import app code here. One file serves SQLite and PostgreSQL.
// Shared projects: a couple's small goals and the steps either partner ticks.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('projects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('couple_id', 'text', (c) => c.notNull().references('couples.id').onDelete('cascade'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('why', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('idea_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .execute();
  await db.schema
    .createIndex('projects_couple')
    .on('projects')
    .columns(['couple_id', 'created_at'])
    .execute();
  await db.schema.createIndex('projects_created_by').on('projects').column('created_by').execute();

  await db.schema
    .createTable('project_steps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) =>
      c.notNull().references('projects.id').onDelete('cascade'),
    )
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // The step's place in its project: steps are listed in this order.
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('done_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('done_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('project_steps_project')
    .on('project_steps')
    .columns(['project_id', 'position'])
    .execute();
  await db.schema
    .createIndex('project_steps_created_by')
    .on('project_steps')
    .column('created_by')
    .execute();
  await db.schema
    .createIndex('project_steps_done_by')
    .on('project_steps')
    .column('done_by')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('project_steps').ifExists().execute();
  await db.schema.dropTable('projects').ifExists().execute();
}
