/** A gentle invitation on Today for someone using the app alone. */
import type { TodayProvider } from '../today/today.types';

export const coupleTodayProvider: TodayProvider = {
  id: 'couple',
  snapshot: () => [],
  contribute: (_values, frame, { plan }) => {
    if (frame.auth.couple || plan.individual) return {};
    return {
      items: [
        {
          id: 'invite',
          kind: 'invite',
          priority: 50,
          status: 'todo',
          href: '/partner',
          minutes: 1,
          detail: {},
        },
      ],
    };
  },
};
