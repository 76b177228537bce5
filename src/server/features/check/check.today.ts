/** The intimacy check's place on Today: the first check, then a gentle re-check every five weeks. */
import { type TodayProvider, textOf } from '../today/today.types';
import { nextCheckAt } from './check.service';

export const checkTodayProvider: TodayProvider = {
  id: 'check',
  snapshot: (eb, { auth }) => [
    eb
      .selectFrom('check_results')
      .select((e) => e.fn.max('taken_at').as('m'))
      .where('user_id', '=', auth.user.id)
      .as('check_last'),
  ],
  contribute: (values, frame) => {
    const last = textOf(values, 'check_last');
    if (!last) {
      return {
        items: [
          {
            id: 'check',
            kind: 'check',
            priority: 15,
            status: 'todo',
            href: '/check',
            minutes: 6,
            detail: {},
          },
        ],
      };
    }
    const due = nextCheckAt(last);
    if (due && Date.parse(due) <= frame.now.getTime()) {
      return {
        items: [
          {
            id: 'recheck',
            kind: 'recheck',
            priority: 40,
            status: 'todo',
            href: '/check',
            minutes: 6,
            detail: { lastTakenAt: last },
          },
        ],
      };
    }
    return {};
  },
};
