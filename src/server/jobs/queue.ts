/**
 * The jobs table: Kysely only, and the one place that names it. A job is
 * added once per idempotency key; one instance at a time holds it (a claim
 * with a lease: `FOR UPDATE SKIP LOCKED` on PostgreSQL, a single UPDATE on
 * SQLite, whose writes are serial); a job whose lease ran out (its instance
 * died) can be claimed again.
 */
import type { Selectable } from 'kysely';
import type { Db, Dialect } from '../db/database';
import type { JobsTable } from '../db/types';

export type JobRow = Selectable<JobsTable>;

export interface NewJobRow {
  id: string;
  kind: string;
  key: string;
  payload: string;
  maxAttempts: number;
  runAt: string;
  nowIso: string;
}

/** Adds a job unless its key is taken; true when it was added. */
export async function insertJob(db: Db, job: NewJobRow): Promise<boolean> {
  const result = await db
    .insertInto('jobs')
    .values({
      id: job.id,
      kind: job.kind,
      key: job.key,
      payload: job.payload,
      status: 'pending',
      attempts: 0,
      max_attempts: job.maxAttempts,
      run_at: job.runAt,
      locked_until: null,
      locked_by: null,
      last_error: null,
      created_at: job.nowIso,
      updated_at: job.nowIso,
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * Claims the job due first among these kinds, for `owner` until `lockedUntil`:
 * a pending job whose time has come, or a running one whose lease ran out.
 */
export async function claimNext(
  db: Db,
  dialect: Dialect,
  input: { kinds: readonly string[]; nowIso: string; lockedUntil: string; owner: string },
): Promise<JobRow | undefined> {
  if (input.kinds.length === 0) return undefined;
  const due = db
    .selectFrom('jobs')
    .select('id')
    .where('kind', 'in', [...input.kinds])
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', input.nowIso)]),
        eb.and([eb('status', '=', 'running'), eb('locked_until', '<=', input.nowIso)]),
      ]),
    )
    .orderBy('run_at')
    .limit(1);
  return db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      attempts: eb('attempts', '+', 1),
      locked_until: input.lockedUntil,
      locked_by: input.owner,
      updated_at: input.nowIso,
    }))
    .where('id', 'in', dialect === 'postgres' ? due.forUpdate().skipLocked() : due)
    .returningAll()
    .executeTakeFirst();
}

/** Marks a claimed job done; false when its lease had passed to another instance. */
export async function completeJob(
  db: Db,
  input: { id: string; owner: string; nowIso: string },
): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'done', locked_until: null, locked_by: null, updated_at: input.nowIso })
    .where('id', '=', input.id)
    .where('locked_by', '=', input.owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Puts a failed job back to wait until `runAt`, or (`runAt` null) marks it failed for good. */
export async function releaseFailedJob(
  db: Db,
  input: { id: string; owner: string; nowIso: string; runAt: string | null; error: string },
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      status: input.runAt === null ? 'failed' : 'pending',
      ...(input.runAt === null ? {} : { run_at: input.runAt }),
      locked_until: null,
      locked_by: null,
      last_error: input.error,
      updated_at: input.nowIso,
    })
    .where('id', '=', input.id)
    .where('locked_by', '=', input.owner)
    .execute();
}

/** When the next job of these kinds may be claimed (a pending one's time, or a lease's end). */
export async function findNextRunAt(db: Db, kinds: readonly string[]): Promise<string | null> {
  if (kinds.length === 0) return null;
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('jobs')
        .select((e) => e.fn.min('run_at').as('at'))
        .where('status', '=', 'pending')
        .where('kind', 'in', [...kinds])
        .as('pending'),
      eb
        .selectFrom('jobs')
        .select((e) => e.fn.min('locked_until').as('at'))
        .where('status', '=', 'running')
        .where('kind', 'in', [...kinds])
        .as('leased'),
    ])
    .executeTakeFirst();
  const times = [row?.pending, row?.leased].filter((t): t is string => typeof t === 'string');
  return times.length === 0 ? null : (times.sort()[0] ?? null);
}

/** Removes finished jobs: done ones before `doneBefore`, failed ones before `failedBefore`. */
export async function pruneJobs(
  db: Db,
  input: { doneBefore: string; failedBefore: string },
): Promise<void> {
  await db
    .deleteFrom('jobs')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'done'), eb('updated_at', '<', input.doneBefore)]),
        eb.and([eb('status', '=', 'failed'), eb('updated_at', '<', input.failedBefore)]),
      ]),
    )
    .execute();
}
