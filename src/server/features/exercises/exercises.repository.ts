/** Exercise runs: Kysely queries only. */
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { ExerciseRunsTable } from '../../db/types';

export type RunRow = Selectable<ExerciseRunsTable>;

/** A run of this scope (a couple's, or a person's own); undefined for any other run. */
export async function findRunInScope(
  db: Db,
  runId: string,
  scope: string,
): Promise<RunRow | undefined> {
  return db
    .selectFrom('exercise_runs')
    .selectAll()
    .where('id', '=', runId)
    .where('scope', '=', scope)
    .executeTakeFirst();
}

/** The run holding the scope's one place, if any (it may have lapsed since: check its times). */
export async function findActiveRun(db: Db, scope: string): Promise<RunRow | undefined> {
  return db
    .selectFrom('exercise_runs')
    .selectAll()
    .where('active_scope', '=', scope)
    .executeTakeFirst();
}

/** Gives up the scope's place for a run that has ended. */
export async function releaseRun(db: Db, runId: string): Promise<void> {
  await db
    .updateTable('exercise_runs')
    .set({ active_scope: null })
    .where('id', '=', runId)
    .execute();
}

/**
 * Inserts a run holding its scope's place; false when another run holds it
 * already (two starts at once: the first one stands).
 */
export async function insertActiveRun(
  db: Db,
  row: Omit<RunRow, 'stopped_at' | 'finished_at' | 'active_scope'>,
): Promise<boolean> {
  const inserted = await db
    .insertInto('exercise_runs')
    .values({ ...row, stopped_at: null, finished_at: null, active_scope: row.scope })
    .onConflict((oc) => oc.column('active_scope').doNothing())
    .returning('id')
    .execute();
  return inserted.length > 0;
}

/** Both are ready: the first step begins at `startedAt`. Only from the invited state. */
export async function markStarted(db: Db, runId: string, startedAt: string): Promise<void> {
  await db
    .updateTable('exercise_runs')
    .set({ started_at: startedAt })
    .where('id', '=', runId)
    .where('started_at', 'is', null)
    .where('stopped_at', 'is', null)
    .where('finished_at', 'is', null)
    .execute();
}

/** Ends a run, stopped or finished, unless it has ended already; its place is free again. */
export async function markEnded(
  db: Db,
  runId: string,
  end: { stopped_at: string } | { finished_at: string },
): Promise<void> {
  await db
    .updateTable('exercise_runs')
    .set({ ...end, active_scope: null })
    .where('id', '=', runId)
    .where('stopped_at', 'is', null)
    .where('finished_at', 'is', null)
    .execute();
}
