/**
 * Dates in the weekly rhythm view: the couple's planned dates whose time came
 * in a week (its day in the couple's calendar), as Today counts them. A
 * cancelled date is not counted, nor one later today that has not begun.
 * Only the couple of now; never a pick or a reflection.
 */
import { countDaysByWeek } from '../../../core/rhythm';
import type { RhythmSource } from '../rhythm/rhythm.types';

export const datesRhythmSource: RhythmSource = {
  history: async (db, { couple, weeks, from, to, now }) => {
    if (!couple) return {};
    const rows = await db
      .selectFrom('scheduled_dates')
      .select('day')
      .where('couple_id', '=', couple.id)
      .where('status', '=', 'planned')
      .where('day', '>=', from)
      .where('day', '<=', to)
      .where('starts_at', '<=', now.toISOString())
      .execute();
    return {
      'date-or-shared-time': countDaysByWeek(
        rows.map((row) => row.day),
        weeks,
      ),
    };
  },
};
