/** "A note is waiting for you" on Today, once a found note is unread. */
import type { TodayItem } from '../../../shared/program-api';
import { nextChange, type TodayProvider, textOf } from '../today/today.types';
import { unreadNotesInView } from './notes.service';

export const notesTodayProvider: TodayProvider = {
  id: 'notes',
  /**
   * When my earliest unopened note becomes (or became) visible. The snapshot
   * has no clock, so the time is compared in `contribute`: a note still
   * hidden gives exactly what no note gives (nothing, and no further query).
   */
  snapshot: (eb, { userId, couple }) =>
    couple
      ? [
          eb
            .selectFrom('notes as n')
            .select((e) => e.fn.min('n.visible_from').as('first'))
            .where('n.recipient_id', '=', userId)
            .where('n.couple_id', '=', couple.id)
            .where((e) =>
              e.not(
                e.exists(
                  e
                    .selectFrom('note_reads as r')
                    .select('r.note_id')
                    .whereRef('r.note_id', '=', 'n.id')
                    .where('r.user_id', '=', userId),
                ),
              ),
            )
            .as('notes_first_unread'),
        ]
      : [],
  contribute: async (values, frame, { deps }) => {
    const first = textOf(values, 'notes_first_unread');
    if (first === null) return {};
    if (first > frame.now.toISOString()) return { changesAt: nextChange(frame, Date.parse(first)) };
    const { count: unread, nextAt } = await unreadNotesInView(deps, frame.auth);
    // Another unopened note coming into view later today changes the count.
    const changesAt = nextChange(frame, nextAt === null ? null : Date.parse(nextAt));
    if (unread === 0) return { changesAt };
    const item: TodayItem = {
      id: 'notes:unread',
      kind: 'note',
      priority: 12,
      status: 'todo',
      href: '/notes',
      minutes: 1,
      detail: { unread },
    };
    return { items: [item], changesAt };
  },
};
