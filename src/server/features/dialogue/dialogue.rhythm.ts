/**
 * The daily question in the weekly rhythm view: the days I answered, week by
 * week (alone, the same answers are my private journal). Only my own
 * answers: my partner's days are never counted here.
 */
import { countDaysByWeek } from '../../../core/rhythm';
import type { RhythmSource } from '../rhythm/rhythm.types';

export const dialogueRhythmSource: RhythmSource = {
  history: async (db, { userId, weeks, from, to }) => {
    const rows = await db
      .selectFrom('answers')
      .select('day')
      .distinct()
      .where('user_id', '=', userId)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .execute();
    const counts = countDaysByWeek(
      rows.map((row) => row.day),
      weeks,
    );
    return { 'daily-question': counts, 'private-journal': counts };
  },
};
