/** The primer's place on Today: offered until marked done. */
import { milestoneAt } from '../../tables/milestones';
import { countOf, type TodayProvider, textOf } from '../today/today.types';
import { PRIMER_DONE } from './primer.service';

export const primerTodayProvider: TodayProvider = {
  id: 'primer',
  snapshot: (eb, { userId }) => [
    milestoneAt(eb, userId, PRIMER_DONE).as('primer_done_at'),
    eb
      .selectFrom('primer_progress')
      .select((e) => e.fn.countAll().as('n'))
      .where('user_id', '=', userId)
      .as('primer_seen'),
  ],
  contribute: (values, _frame, { deps }) => {
    if (textOf(values, 'primer_done_at') !== null) return {};
    const seen = countOf(values, 'primer_seen');
    return {
      items: [
        {
          id: 'primer',
          kind: 'primer',
          priority: 10,
          status: 'todo',
          href: '/understand',
          minutes: 7,
          detail: { seen, total: deps.catalog.primerCards.length },
        },
      ],
    };
  },
};
