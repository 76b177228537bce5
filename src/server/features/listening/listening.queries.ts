/**
 * What other features may ask of listening sessions (`listening_sessions`,
 * `listening_turns`): whether a session ended with both turns heard, and how
 * many such sessions a person took a turn in. Never a rating, never a topic.
 */
import { settle } from '../../../core/listening';
import type { Db } from '../../db/database';
import { stateOf } from './listening.present';
import type { SessionRow } from './listening.repository';

/**
 * Whether a session, settled at `now` by the rules every device uses, has
 * ended with both turns reaching their reflection.
 */
export function endedWithBothTurns(row: SessionRow, now: Date): boolean {
  const state = settle(stateOf(row), now);
  return state.phase === 'ended' && state.completed;
}

/** How many sessions a person spoke in (in any couple) that ended with both turns heard. */
export async function countSessionsHeardOf(db: Db, userId: string, now: Date): Promise<number> {
  const rows = await db
    .selectFrom('listening_sessions as s')
    .selectAll('s')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('listening_turns as t')
          .select('t.session_id')
          .whereRef('t.session_id', '=', 's.id')
          .where('t.speaker_id', '=', userId),
      ),
    )
    .execute();
  return rows.filter((row) => endedWithBothTurns(row, now)).length;
}
