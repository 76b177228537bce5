/**
 * What other features may ask of the dates' tables: how many planned dates
 * a person had, as the weekly rhythm counts them (not cancelled, and their
 * start has come). Those of their couple of now, and those of an earlier
 * couple they planned, wrote into or reflected on. Never a date's words,
 * never a pick, never whether a partner reflected.
 */
import type { Db } from '../../db/database';

/** How many planned dates that took place a person was part of, up to `now`. */
export async function countDatesHeldOf(
  db: Db,
  userId: string,
  coupleId: string | null,
  now: Date,
): Promise<number> {
  const row = await db
    .selectFrom('scheduled_dates as d')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('d.status', '=', 'planned')
    .where('d.starts_at', '<=', now.toISOString())
    .where((eb) =>
      eb.or([
        ...(coupleId === null ? [] : [eb('d.couple_id', '=', coupleId)]),
        eb('d.created_by', '=', userId),
        eb('d.title_by', '=', userId),
        eb('d.place_by', '=', userId),
        eb('d.notes_by', '=', userId),
        eb.exists(
          eb
            .selectFrom('date_reflections as r')
            .select('r.date_id')
            .whereRef('r.date_id', '=', 'd.id')
            .where('r.user_id', '=', userId),
        ),
      ]),
    )
    .executeTakeFirstOrThrow();
  // PostgreSQL returns counts as strings.
  return Number(row.n);
}
