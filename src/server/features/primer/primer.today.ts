/** The primer's place on Today: offered until marked done. */
import { countOf, type TodayProvider } from '../today/today.types';
import { PRIMER_DONE } from './primer.service';

export const primerTodayProvider: TodayProvider = {
  id: 'primer',
  snapshot: (eb, { auth }) => [
    eb
      .selectFrom('milestones')
      .select((e) => e.fn.countAll().as('n'))
      .where('user_id', '=', auth.user.id)
      .where('key', '=', PRIMER_DONE)
      .as('primer_done'),
    eb
      .selectFrom('primer_progress')
      .select((e) => e.fn.countAll().as('n'))
      .where('user_id', '=', auth.user.id)
      .as('primer_seen'),
  ],
  contribute: (values, _frame, { deps }) => {
    if (countOf(values, 'primer_done') > 0) return {};
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
