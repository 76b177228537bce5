/**
 * Active listening in the weekly rhythm view: the couple's sessions that
 * ended with both turns heard, by the day they were started. A session is
 * settled by the same rules every device uses (core/listening.ts), so one
 * left at the second reflection counts once it has ended. Only the couple of
 * now, and never a rating: whether someone felt heard stays theirs.
 */
import { countDaysByWeek } from '../../../core/rhythm';
import type { RhythmSource } from '../rhythm/rhythm.types';
import { endedWithBothTurns } from './listening.queries';

export const listeningRhythmSource: RhythmSource = {
  history: async (db, { couple, weeks, from, to, now }) => {
    if (!couple) return {};
    const rows = await db
      .selectFrom('listening_sessions')
      .selectAll()
      .where('couple_id', '=', couple.id)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .execute();
    return {
      'active-listening': countDaysByWeek(
        rows.filter((row) => endedWithBothTurns(row, now)).map((row) => row.day),
        weeks,
      ),
    };
  },
};
