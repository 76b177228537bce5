/**
 * Exercises on Today: an invitation from my partner to do an exercise in
 * step waits for me, while it is open. Nothing else: exercises are
 * suggestions on their own page, never a daily task. Not shown to someone
 * the private screen routed elsewhere; their partner's Today never changes.
 */
import { INVITE_MINUTES } from '../../../core/exercises';
import { mayOfferCoupleActivities } from '../../../core/private-screen';
import { nextChange, type TodayProvider, textOf } from '../today/today.types';

export const exercisesTodayProvider: TodayProvider = {
  id: 'exercises',
  snapshot: (eb, { couple }) => {
    if (!couple) return [];
    const invitation = eb
      .selectFrom('exercise_runs')
      .where('couple_id', '=', couple.id)
      .where('active_scope', 'is not', null)
      .where('started_by', '=', couple.partnerId)
      .where('started_at', 'is', null)
      .where('stopped_at', 'is', null)
      .where('finished_at', 'is', null)
      .limit(1);
    return [
      invitation.select('id').as('exercises_invited'),
      invitation.select('created_at').as('exercises_invited_at'),
    ];
  },
  contribute: (values, frame) => {
    if (!mayOfferCoupleActivities(frame.auth.route)) return {};
    const runId = textOf(values, 'exercises_invited');
    const invitedAt = textOf(values, 'exercises_invited_at');
    if (!runId || !invitedAt) return {};
    // An invitation nobody joined lapses quietly (see core/exercises.ts).
    const lapses = Date.parse(invitedAt) + INVITE_MINUTES * 60_000;
    if (frame.now.getTime() >= lapses) return {};
    return {
      changesAt: nextChange(frame, lapses),
      items: [
        {
          id: `exercise:${runId}`,
          kind: 'exercise-invite',
          // My partner is ready now: this leads, after what is private to me.
          priority: 3,
          status: 'todo',
          href: `/exercises/run/${runId}`,
          minutes: null,
          detail: { runId },
        },
      ],
    };
  },
};
