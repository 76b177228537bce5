/**
 * The weekly check-in in the weekly rhythm view: the weeks our check-in was
 * held (focus mode begun, as the history and Today count it), by its day. Only the couple's own check-ins of now: both partners see the
 * step, and nothing of anyone's preparation is read. A check-in of an
 * earlier couple is not counted for either former partner.
 */
import { countDaysByWeek } from '../../../core/rhythm';
import type { RhythmSource } from '../rhythm/rhythm.types';

export const checkinsRhythmSource: RhythmSource = {
  history: async (db, { couple, weeks, from, to }) => {
    if (!couple) return {};
    // A check-in may be held before its day comes: this week's counts once it has begun.
    const last = weeks[0]?.end ?? to;
    const rows = await db
      .selectFrom('checkins')
      .select('day')
      .where('couple_id', '=', couple.id)
      .where('step', '!=', 'waiting')
      .where('day', '>=', from)
      .where('day', '<=', last)
      .execute();
    return {
      'weekly-checkin': countDaysByWeek(
        rows.map((row) => row.day),
        weeks,
      ),
    };
  },
};
