/** Small gestures in the weekly rhythm view: the days I did one, week by week (mine only). */
import { countDaysByWeek } from '../../../core/rhythm';
import type { RhythmSource } from '../rhythm/rhythm.types';

export const gesturesRhythmSource: RhythmSource = {
  history: async (db, { userId, weeks, from, to }) => {
    const rows = await db
      .selectFrom('gesture_done')
      .select('day')
      .where('user_id', '=', userId)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .execute();
    return {
      'small-gesture': countDaysByWeek(
        rows.map((row) => row.day),
        weeks,
      ),
    };
  },
};
