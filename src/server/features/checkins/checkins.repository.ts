/** The check-in's schedule, check-ins, preparations and concerns: Kysely queries only. */
import type { Db, Dialect } from '../../db/database';
import type { CheckinPrepsTable, CheckinsTable } from '../../db/types';

export type StepName = CheckinsTable['step'];

// ---------------------------------------------------------------- schedule

export interface ScheduleRow {
  weekday: number | null;
  local_time: string | null;
  proposed_by: string | null;
  proposed_weekday: number | null;
  proposed_time: string | null;
}

export async function findSchedule(db: Db, coupleId: string): Promise<ScheduleRow | undefined> {
  return db
    .selectFrom('checkin_schedules')
    .select(['weekday', 'local_time', 'proposed_by', 'proposed_weekday', 'proposed_time'])
    .where('couple_id', '=', coupleId)
    .executeTakeFirst();
}

/**
 * The couple's schedule row, created empty when missing and locked for the
 * rest of a PostgreSQL transaction, so two partners changing it at once are
 * serialised. (SQLite transactions are serial already.)
 */
export async function lockSchedule(
  db: Db,
  dialect: Dialect,
  coupleId: string,
  nowIso: string,
): Promise<ScheduleRow> {
  await db
    .insertInto('checkin_schedules')
    .values({ couple_id: coupleId, updated_at: nowIso })
    .onConflict((oc) => oc.column('couple_id').doNothing())
    .execute();
  const row = await db
    .selectFrom('checkin_schedules')
    .select(['weekday', 'local_time', 'proposed_by', 'proposed_weekday', 'proposed_time'])
    .where('couple_id', '=', coupleId)
    .$if(dialect === 'postgres', (q) => q.forUpdate())
    .executeTakeFirstOrThrow();
  return row;
}

export async function updateSchedule(
  db: Db,
  coupleId: string,
  values: Partial<ScheduleRow> & { updated_at: string },
): Promise<void> {
  await db.updateTable('checkin_schedules').set(values).where('couple_id', '=', coupleId).execute();
}

// ---------------------------------------------------------------- check-ins

export interface CheckinRow {
  id: string;
  couple_id: string;
  day: string;
  step: StepName;
}

/**
 * Where the couple's check-ins stand as of `today`: the latest finished one's
 * day, and the day of one under way that has not ended. One query.
 */
export async function findCheckinMarks(
  db: Db,
  coupleId: string,
  today: string,
): Promise<{ lastFinishedDay: string | null; inProgressDay: string | null }> {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('checkins')
        .select((e) => e.fn.max('day').as('d'))
        .where('couple_id', '=', coupleId)
        .where('step', '=', 'done')
        .as('last_finished'),
      eb
        .selectFrom('checkins')
        .select((e) => e.fn.min('day').as('d'))
        .where('couple_id', '=', coupleId)
        .where('step', 'not in', ['waiting', 'done'])
        .where('day', '>=', today)
        .as('in_progress'),
    ])
    .executeTakeFirst();
  return {
    lastFinishedDay: (row?.last_finished as string | null | undefined) ?? null,
    inProgressDay: (row?.in_progress as string | null | undefined) ?? null,
  };
}

export async function findCheckinOnDay(
  db: Db,
  coupleId: string,
  day: string,
): Promise<CheckinRow | undefined> {
  return db
    .selectFrom('checkins')
    .select(['id', 'couple_id', 'day', 'step'])
    .where('couple_id', '=', coupleId)
    .where('day', '=', day)
    .executeTakeFirst();
}

/** The couple's check-in on a day, created when missing; if another request got there first, theirs stands. */
export async function ensureCheckin(
  db: Db,
  row: { id: string; coupleId: string; day: string; nowIso: string },
): Promise<CheckinRow> {
  await db
    .insertInto('checkins')
    .values({
      id: row.id,
      couple_id: row.coupleId,
      day: row.day,
      step: 'waiting',
      created_at: row.nowIso,
    })
    .onConflict((oc) => oc.columns(['couple_id', 'day']).doNothing())
    .execute();
  const found = await findCheckinOnDay(db, row.coupleId, row.day);
  if (!found) throw new Error('check-in row missing after insert');
  return found;
}

/** Locks a check-in row for the rest of a PostgreSQL transaction and reads it again. */
export async function lockCheckin(
  db: Db,
  dialect: Dialect,
  id: string,
): Promise<CheckinRow | undefined> {
  return db
    .selectFrom('checkins')
    .select(['id', 'couple_id', 'day', 'step'])
    .where('id', '=', id)
    .$if(dialect === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
}

export async function updateStep(db: Db, id: string, step: StepName): Promise<void> {
  await db.updateTable('checkins').set({ step }).where('id', '=', id).execute();
}

/** Moves a check-in that has not begun to another day (the schedule changed). */
export async function moveWaitingCheckin(
  db: Db,
  input: { coupleId: string; from: string; to: string },
): Promise<void> {
  await db
    .updateTable('checkins')
    .set({ day: input.to })
    .where('couple_id', '=', input.coupleId)
    .where('day', '=', input.from)
    .where('step', '=', 'waiting')
    .execute();
}

export async function findLatestFinished(
  db: Db,
  coupleId: string,
): Promise<CheckinRow | undefined> {
  return db
    .selectFrom('checkins')
    .select(['id', 'couple_id', 'day', 'step'])
    .where('couple_id', '=', coupleId)
    .where('step', '=', 'done')
    .orderBy('day', 'desc')
    .limit(1)
    .executeTakeFirst();
}

// ---------------------------------------------------------------- preparations

export type PrepRow = Omit<CheckinPrepsTable, 'updated_at'>;

const PREP_COLUMNS = [
  'checkin_id',
  'user_id',
  'appreciation',
  'success',
  'concern',
  'concern_id',
  'concern_private',
  'goals',
  'pulse_week',
] as const;

/** The preparations of one check-in (at most one per partner). */
export async function findPreps(db: Db, checkinId: string): Promise<PrepRow[]> {
  return db
    .selectFrom('checkin_preps')
    .select(PREP_COLUMNS)
    .where('checkin_id', '=', checkinId)
    .execute();
}

export async function upsertPrep(db: Db, row: PrepRow & { nowIso: string }): Promise<void> {
  const { nowIso, ...values } = row;
  const { checkin_id: _c, user_id: _u, ...changes } = values;
  await db
    .insertInto('checkin_preps')
    .values({ ...values, updated_at: nowIso })
    .onConflict((oc) =>
      oc.columns(['checkin_id', 'user_id']).doUpdateSet({ ...changes, updated_at: nowIso }),
    )
    .execute();
}

// ---------------------------------------------------------------- concerns

export interface ConcernRow {
  id: string;
  couple_id: string | null;
  resolved: number;
  nudge_dismissed: number;
}

/** One of my own concerns; anyone else's is the same as one that does not exist. */
export async function findConcernOf(
  db: Db,
  userId: string,
  concernId: string,
): Promise<ConcernRow | undefined> {
  return db
    .selectFrom('checkin_concerns')
    .select(['id', 'couple_id', 'resolved', 'nudge_dismissed'])
    .where('id', '=', concernId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function insertConcern(
  db: Db,
  row: { id: string; userId: string; coupleId: string; nowIso: string },
): Promise<void> {
  await db
    .insertInto('checkin_concerns')
    .values({
      id: row.id,
      user_id: row.userId,
      couple_id: row.coupleId,
      resolved: 0,
      nudge_dismissed: 0,
      created_at: row.nowIso,
    })
    .execute();
}

export async function updateConcern(
  db: Db,
  userId: string,
  concernId: string,
  values: { resolved?: number; nudge_dismissed?: number },
): Promise<void> {
  await db
    .updateTable('checkin_concerns')
    .set(values)
    .where('id', '=', concernId)
    .where('user_id', '=', userId)
    .execute();
}

/** How many preparations carry this concern. */
export async function countPrepsOfConcern(db: Db, concernId: string): Promise<number> {
  const row = await db
    .selectFrom('checkin_preps')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('concern_id', '=', concernId)
    .executeTakeFirstOrThrow();
  // PostgreSQL returns counts as strings.
  return Number(row.n);
}

/** Removes a concern of mine that no preparation carries any more. */
export async function deleteConcernIfUnused(
  db: Db,
  userId: string,
  concernId: string,
): Promise<void> {
  await db
    .deleteFrom('checkin_concerns')
    .where('id', '=', concernId)
    .where('user_id', '=', userId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('checkin_preps').select('concern_id').where('concern_id', '=', concernId),
        ),
      ),
    )
    .execute();
}

export interface CarriedRow {
  concern_id: string;
  concern: string | null;
  resolved: number;
  nudge_dismissed: number;
  checkin_id: string;
  day: string;
  step: StepName;
}

/**
 * My concerns raised in this couple's check-ins, with each check-in that
 * carried them, oldest first: mine alone, for my own open concern and the
 * gentle note about one left open for weeks.
 */
export async function listMyCarriedConcerns(
  db: Db,
  userId: string,
  coupleId: string,
): Promise<CarriedRow[]> {
  return db
    .selectFrom('checkin_preps as p')
    .innerJoin('checkin_concerns as k', 'k.id', 'p.concern_id')
    .innerJoin('checkins as c', 'c.id', 'p.checkin_id')
    .select([
      'k.id as concern_id',
      'p.concern',
      'k.resolved',
      'k.nudge_dismissed',
      'c.id as checkin_id',
      'c.day',
      'c.step',
    ])
    .where('p.user_id', '=', userId)
    .where('k.user_id', '=', userId)
    .where('c.couple_id', '=', coupleId)
    .orderBy('c.day')
    .execute();
}

// ---------------------------------------------------------------- history

/**
 * One page of past check-ins for me: those I prepared for (in any couple,
 * they are my notes) and those of my current couple that were held.
 */
export async function listHistoryCheckins(
  db: Db,
  input: {
    userId: string;
    coupleId: string | null;
    before: string;
    limit: number;
    /** The current check-in, which is not history yet. */
    exceptId: string | null;
  },
): Promise<CheckinRow[]> {
  return db
    .selectFrom('checkins as c')
    .select(['c.id', 'c.couple_id', 'c.day', 'c.step'])
    .where('c.day', '<', input.before)
    .$if(input.exceptId !== null, (q) => q.where('c.id', '!=', input.exceptId ?? ''))
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('checkin_preps as p')
            .select('p.checkin_id')
            .whereRef('p.checkin_id', '=', 'c.id')
            .where('p.user_id', '=', input.userId),
        ),
        ...(input.coupleId === null
          ? []
          : [eb.and([eb('c.couple_id', '=', input.coupleId), eb('c.step', '!=', 'waiting')])]),
      ]),
    )
    .orderBy('c.day', 'desc')
    .limit(input.limit)
    .execute();
}

/** My own preparations for these check-ins. */
export async function listMyPreps(
  db: Db,
  userId: string,
  checkinIds: string[],
): Promise<PrepRow[]> {
  if (checkinIds.length === 0) return [];
  return db
    .selectFrom('checkin_preps')
    .select(PREP_COLUMNS)
    .where('user_id', '=', userId)
    .where('checkin_id', 'in', checkinIds)
    .execute();
}
