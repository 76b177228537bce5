/**
 * The novelty challenge in the weekly rhythm view: the weeks the couple did
 * their challenge (both were in, and one of them marked it done). A "not
 * this week" and an unshared reflection are never read: they change nothing
 * here. Only the couple of now.
 */
import { countWeekLabels } from '../../../core/rhythm';
import type { RhythmSource } from '../rhythm/rhythm.types';

export const challengesRhythmSource: RhythmSource = {
  history: async (db, { couple, weeks }) => {
    if (!couple || weeks.length === 0) return {};
    const rows = await db
      .selectFrom('challenge_weeks')
      .select('week')
      .where('couple_id', '=', couple.id)
      .where('done_at', 'is not', null)
      .where(
        'week',
        'in',
        weeks.map((w) => w.week),
      )
      .execute();
    return {
      'novelty-challenge': countWeekLabels(
        rows.map((row) => row.week),
        weeks,
      ),
    };
  },
};
