/** Life events: Kysely queries only. The only file naming `life_events`. */
import { type ExpressionBuilder, type Selectable, sql } from 'kysely';
import { kindBit, LIFE_EVENT_KINDS } from '../../../core/life-events';
import type { Db } from '../../db/database';
import type { Database, LifeEventsTable } from '../../db/types';

export type LifeEventRow = Selectable<LifeEventsTable>;

/** A scope's events, the latest start first. */
export async function listLifeEvents(db: Db, scope: string, limit = 200): Promise<LifeEventRow[]> {
  return db
    .selectFrom('life_events')
    .selectAll()
    .where('scope', '=', scope)
    .orderBy('starts_on', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function findLifeEvent(
  db: Db,
  scope: string,
  id: string,
): Promise<LifeEventRow | undefined> {
  return db
    .selectFrom('life_events')
    .selectAll()
    .where('scope', '=', scope)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** How many of a scope's events there are, and how many hold or are coming on `day`. */
export async function countLifeEvents(
  db: Db,
  scope: string,
  day: string,
): Promise<{ total: number; ongoing: number }> {
  const row = await db
    .selectFrom('life_events')
    .select((eb) => [
      eb.fn.countAll().as('total'),
      eb.fn
        .sum(
          eb
            .case()
            .when(
              eb.or([
                eb('ended_on', 'is', null),
                eb.and([eb('ended_on', '>', day), eb('ended_on', '>', eb.ref('starts_on'))]),
              ]),
            )
            .then(eb.lit(1))
            .else(eb.lit(0))
            .end(),
        )
        .as('ongoing'),
    ])
    .where('scope', '=', scope)
    .executeTakeFirstOrThrow();
  // PostgreSQL returns counts and sums as strings.
  return { total: Number(row.total), ongoing: Number(row.ongoing ?? 0) };
}

export async function insertLifeEvent(db: Db, row: LifeEventRow): Promise<void> {
  await db.insertInto('life_events').values(row).execute();
}

/** Sets the day it was over; only an event still going (or coming) changes. */
export async function endLifeEvent(
  db: Db,
  scope: string,
  id: string,
  endedOn: string,
): Promise<void> {
  await db
    .updateTable('life_events')
    .set({ ended_on: endedOn })
    .where('scope', '=', scope)
    .where('id', '=', id)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', endedOn)]))
    .execute();
}

export async function deleteLifeEvent(db: Db, scope: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('life_events')
    .where('scope', '=', scope)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Events that are not over on `day`, for a live check without the whole list. */
export async function listHoldingOn(db: Db, scope: string, day: string) {
  return db
    .selectFrom('life_events')
    .select(['kind', 'starts_on', 'ended_on'])
    .where('scope', '=', scope)
    .where('starts_on', '<=', day)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', day)]))
    .execute();
}

type Snapshot = ExpressionBuilder<Database, never>;

/**
 * The kinds that hold on `day`, as one number (a bit per kind, see
 * kindBit): a scalar for Today's one snapshot query. Null when none holds.
 */
export function holdingKindsMaskSubquery(eb: Snapshot, scope: string, day: string) {
  const kind = sql.ref('life_events.kind');
  const bits = LIFE_EVENT_KINDS.map(
    (k) => sql`max(case when ${kind} = ${k} then ${sql.lit(kindBit(k))} else 0 end)`,
  );
  return eb
    .selectFrom('life_events')
    .select(sql<number>`${sql.join(bits, sql` + `)}`.as('m'))
    .where('scope', '=', scope)
    .where('starts_on', '<=', day)
    .where((e) => e.or([e('ended_on', 'is', null), e('ended_on', '>', day)]));
}

/** The latest day on or before `day` when one of the scope's events began or was over (null when none). */
export function lastChangeSubquery(eb: Snapshot, scope: string, day: string) {
  return eb
    .selectFrom('life_events')
    .select((e) =>
      e.fn
        .max(
          e
            .case()
            .when(e.and([e('ended_on', 'is not', null), e('ended_on', '<=', day)]))
            .then(e.ref('ended_on'))
            .else(e.ref('starts_on'))
            .end(),
        )
        .as('c'),
    )
    .where('scope', '=', scope)
    .where('starts_on', '<=', day);
}
