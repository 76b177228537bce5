/**
 * Listening on Today: a session my partner started on both devices waits
 * for me to join, and the week's `active-listening` rhythm counts the
 * couple's sessions in which someone got to speak.
 */
import { ABANDONED_AFTER_MS } from '../../../core/listening';
import { countOf, nextChange, type TodayProvider, textOf } from '../today/today.types';

export const listeningTodayProvider: TodayProvider = {
  id: 'listening',
  snapshot: (eb, { couple, weekStart, weekEnd }) => {
    if (!couple) return [];
    const waiting = eb
      .selectFrom('listening_sessions')
      .where('couple_id', '=', couple.id)
      .where('ended_at', 'is', null)
      .where('started_by', '=', couple.partnerId)
      .where('mode', '=', 'together')
      .limit(1);
    return [
      waiting.select('id').as('listening_waiting'),
      waiting.select('updated_at').as('listening_waiting_at'),
      eb
        .selectFrom('listening_sessions')
        .select((e) => e.fn.countAll().as('n'))
        .where('couple_id', '=', couple.id)
        .where('day', '>=', weekStart)
        .where('day', '<=', weekEnd)
        .where('spoken_turns', '>', 0)
        .as('listening_week'),
    ];
  },
  contribute: (values, frame, { plan }) => {
    const week = { 'active-listening': countOf(values, 'listening_week') };
    // Couple exercises are not offered to someone the private screen routed elsewhere.
    if (plan.individual) return { week };
    const sessionId = textOf(values, 'listening_waiting');
    const touchedAt = textOf(values, 'listening_waiting_at');
    if (!sessionId || !touchedAt) return { week };
    // A session left untouched for hours has ended (see core/listening.ts `settle`).
    const ends = new Date(touchedAt).getTime() + ABANDONED_AFTER_MS;
    if (frame.now.getTime() >= ends) return { week };
    return {
      week,
      changesAt: nextChange(frame, ends),
      items: [
        {
          id: `listening:${sessionId}`,
          kind: 'listening',
          // The partner is there now: this leads, after what is private to the person.
          priority: 3,
          status: 'todo',
          href: `/listening/${sessionId}`,
          minutes: null,
          detail: { sessionId },
        },
      ],
    };
  },
};
