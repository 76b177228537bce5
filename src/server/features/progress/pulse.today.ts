/** The weekly pulse's place on Today: once a week, in the person's own week. */
import { countOf, type TodayProvider } from '../today/today.types';

export const pulseTodayProvider: TodayProvider = {
  id: 'pulse',
  snapshot: (eb, { userId, personalWeek }) => [
    eb
      .selectFrom('pulses')
      .select((e) => e.fn.countAll().as('n'))
      .where('user_id', '=', userId)
      .where('week', '=', personalWeek)
      .as('pulse_done'),
  ],
  contribute: (values, frame) => {
    const done = countOf(values, 'pulse_done');
    const week = { 'weekly-pulse': done };
    if (done > 0) return { week };
    return {
      week,
      items: [
        {
          id: `pulse:${frame.personalWeek}`,
          kind: 'pulse',
          priority: 30,
          status: 'todo',
          href: '/pulse',
          minutes: 2,
          detail: {},
        },
      ],
    };
  },
};
