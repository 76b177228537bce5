/**
 * The weekly pulse in the weekly rhythm view: the weeks I gave one. A pulse
 * is kept by the ISO week of my own time zone; a week of the couple's
 * calendar has the same label.
 */
import { countWeekLabels } from '../../../core/rhythm';
import type { RhythmSource } from '../rhythm/rhythm.types';

export const pulseRhythmSource: RhythmSource = {
  history: async (db, { userId, weeks }) => {
    if (weeks.length === 0) return {};
    const rows = await db
      .selectFrom('pulses')
      .select('week')
      .where('user_id', '=', userId)
      .where(
        'week',
        'in',
        weeks.map((w) => w.week),
      )
      .execute();
    return {
      'weekly-pulse': countWeekLabels(
        rows.map((row) => row.week),
        weeks,
      ),
    };
  },
};
