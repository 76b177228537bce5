/**
 * What other features may ask of the weekly check-in's tables: a person's
 * own concerns, week by week (for their therapist-prep summary), and how
 * many check-ins they took part in. Always keyed by the person asking: a
 * partner's preparation is never read here.
 */
import type { CheckinConcernNote } from '../../../core/help-summary';
import type { Db } from '../../db/database';

/**
 * Every concern I wrote for a check-in, in any couple, also those I kept to
 * myself: its words that week, the check-in's day, the concern it carries on
 * and whether I called it resolved. Mine alone.
 */
export async function listMyConcernNotes(db: Db, userId: string): Promise<CheckinConcernNote[]> {
  const rows = await db
    .selectFrom('checkin_preps as p')
    .innerJoin('checkins as c', 'c.id', 'p.checkin_id')
    .leftJoin('checkin_concerns as k', (join) =>
      join.onRef('k.id', '=', 'p.concern_id').on('k.user_id', '=', userId),
    )
    .select(['p.concern', 'p.concern_id', 'c.id as checkin_id', 'c.day', 'k.resolved'])
    .where('p.user_id', '=', userId)
    .where('p.concern', 'is not', null)
    .orderBy('c.day')
    .execute();
  return rows.flatMap((row) =>
    row.concern === null
      ? []
      : [
          {
            // A concern not tied to a carried one stands on its own.
            concernId: row.concern_id ?? `checkin:${row.checkin_id}`,
            text: row.concern,
            day: row.day,
            resolved: row.resolved === 1,
          },
        ],
  );
}

/**
 * How many check-ins I took part in that were held (focus mode begun): those
 * I prepared for, in any couple, and those of my couple of now.
 */
export async function countHeldCheckinsOf(
  db: Db,
  userId: string,
  coupleId: string | null,
): Promise<number> {
  const row = await db
    .selectFrom('checkins as c')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('c.step', '!=', 'waiting')
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('checkin_preps as p')
            .select('p.checkin_id')
            .whereRef('p.checkin_id', '=', 'c.id')
            .where('p.user_id', '=', userId),
        ),
        ...(coupleId === null ? [] : [eb('c.couple_id', '=', coupleId)]),
      ]),
    )
    .executeTakeFirstOrThrow();
  // PostgreSQL returns counts as strings.
  return Number(row.n);
}
