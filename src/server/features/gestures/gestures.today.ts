/** The day's small gesture on Today, and the week's `small-gesture` rhythm. */
import type { TodayItem } from '../../../shared/program-api';
import { countOf, type TodayProvider, textOf } from '../today/today.types';
import { gesturesOf } from './gestures.catalog';
import { suggestionFor } from './gestures.service';

export const gesturesTodayProvider: TodayProvider = {
  id: 'gestures',
  snapshot: (eb, { userId, day, weekStart, weekEnd }) => [
    eb
      .selectFrom('gesture_days')
      .select('gesture_id')
      .where('user_id', '=', userId)
      .where('day', '=', day)
      .as('gestures_suggested'),
    eb
      .selectFrom('gesture_done')
      .select((e) => e.fn.countAll().as('n'))
      .where('user_id', '=', userId)
      .where('day', '=', day)
      .as('gestures_done'),
    eb
      .selectFrom('gesture_done')
      .select((e) => e.fn.countAll().as('n'))
      .where('user_id', '=', userId)
      .where('day', '>=', weekStart)
      .where('day', '<=', weekEnd)
      .as('gestures_week'),
  ],
  contribute: async (values, frame, { deps, plan }) => {
    const week = { 'small-gesture': countOf(values, 'gestures_week') };
    // A touch suggestion is a couple activity: not offered to someone the private screen routed elsewhere.
    if (plan.individual && frame.auth.couple !== null) return { week };
    if (countOf(values, 'gestures_done') > 0) return { week };
    const library = gesturesOf(deps.catalog);
    let gestureId = textOf(values, 'gestures_suggested');
    // Not drawn yet today (or no longer fitting): the service draws it, as the gestures screen would.
    if (gestureId === null || !library.byId.has(gestureId))
      gestureId = await suggestionFor(deps, frame.auth, frame.day);
    const gesture = gestureId ? library.byId.get(gestureId) : undefined;
    if (!gesture) return { week };
    const item: TodayItem = {
      id: `gesture:${frame.day}`,
      kind: 'gesture',
      priority: 25,
      status: 'todo',
      href: '/gestures',
      minutes: 1,
      detail: { gestureId: gesture.id, text: gesture.text },
    };
    return { items: [item], week };
  },
};
