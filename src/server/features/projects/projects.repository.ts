/** Shared projects and their steps: Kysely queries only. */
import type { Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { ProjectStepsTable, ProjectsTable } from '../../db/types';

export type ProjectRow = Selectable<ProjectsTable>;
export type StepRow = Selectable<ProjectStepsTable>;

export async function listProjectsOf(db: Db, coupleId: string): Promise<ProjectRow[]> {
  return db
    .selectFrom('projects')
    .selectAll()
    .where('couple_id', '=', coupleId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function findProject(db: Db, id: string): Promise<ProjectRow | undefined> {
  return db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Projects a couple keeps now (archived ones do not count). */
export async function countKeptProjects(db: Db, coupleId: string): Promise<number> {
  const row = await db
    .selectFrom('projects')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('couple_id', '=', coupleId)
    .where('status', '!=', 'archived')
    .executeTakeFirstOrThrow();
  // PostgreSQL returns counts as strings.
  return Number(row.n);
}

export async function insertProject(
  db: Db,
  row: Omit<ProjectRow, 'updated_at' | 'done_at'>,
): Promise<void> {
  await db
    .insertInto('projects')
    .values({ ...row, updated_at: row.created_at, done_at: null })
    .execute();
}

export async function updateProject(
  db: Db,
  id: string,
  patch: Updateable<ProjectsTable>,
): Promise<void> {
  await db.updateTable('projects').set(patch).where('id', '=', id).execute();
}

export async function listStepsOf(db: Db, projectIds: readonly string[]): Promise<StepRow[]> {
  if (projectIds.length === 0) return [];
  return db
    .selectFrom('project_steps')
    .selectAll()
    .where('project_id', 'in', projectIds)
    .orderBy('position')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findStep(
  db: Db,
  projectId: string,
  stepId: string,
): Promise<StepRow | undefined> {
  return db
    .selectFrom('project_steps')
    .selectAll()
    .where('id', '=', stepId)
    .where('project_id', '=', projectId)
    .executeTakeFirst();
}

/** How many steps a project has, and the position after its last one. */
export async function stepStats(
  db: Db,
  projectId: string,
): Promise<{ count: number; nextPosition: number }> {
  const row = await db
    .selectFrom('project_steps')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('position').as('last')])
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  const last = row.last === null ? 0 : Number(row.last);
  return { count: Number(row.n), nextPosition: last + 1 };
}

export async function insertSteps(
  db: Db,
  rows: readonly Omit<StepRow, 'done_by' | 'done_at' | 'updated_at'>[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('project_steps')
    .values(rows.map((r) => ({ ...r, done_by: null, done_at: null, updated_at: r.created_at })))
    .execute();
}

export async function updateStep(
  db: Db,
  stepId: string,
  patch: Updateable<ProjectStepsTable>,
): Promise<void> {
  await db.updateTable('project_steps').set(patch).where('id', '=', stepId).execute();
}

export async function deleteStep(db: Db, stepId: string): Promise<void> {
  await db.deleteFrom('project_steps').where('id', '=', stepId).execute();
}
