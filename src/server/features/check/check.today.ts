/**
 * The intimacy check's place on Today: the first check, then a gentle re-check
 * every five weeks. Today's own snapshot already reads the latest check for the
 * plan, so this provider adds no query of its own.
 */
import { nextChange, PLAN_LAST_CHECK_AT, type TodayProvider, textOf } from '../today/today.types';

export const checkTodayProvider: TodayProvider = {
  id: 'check',
  snapshot: () => [],
  contribute: (values, frame, { plan }) => {
    const last = textOf(values, PLAN_LAST_CHECK_AT);
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
    const due = plan.nextCheckAt;
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
    return { changesAt: nextChange(frame, due ? Date.parse(due) : null) };
  },
};
