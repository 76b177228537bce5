/**
 * The decks on Today: one card at most — a reveal I have not seen yet, or
 * else a card waiting for my answer (one I set aside does not count). Reads
 * only my own answers and skips: a partner's Today never reads mine.
 */
import type { TodayItem } from '../../../shared/program-api';
import { type TodayProvider, textOf } from '../today/today.types';

/** After the day's question and the first steps of the program. */
const PRIORITY = 25;

export const decksTodayProvider: TodayProvider = {
  id: 'decks',
  snapshot: (eb, { userId, scope }) => [
    eb
      .selectFrom('deck_answers as a')
      .innerJoin('deck_cards as c', 'c.id', 'a.card_id')
      .select('c.id')
      .where('a.user_id', '=', userId)
      .where('a.seen_at', 'is', null)
      .where('c.scope', '=', scope)
      .where('c.revealed_at', 'is not', null)
      .orderBy('c.position', 'desc')
      .limit(1)
      .as('decks_revealed'),
    eb
      .selectFrom('deck_cards as c')
      .select('c.id')
      .where('c.scope', '=', scope)
      .where('c.settled_at', 'is', null)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('deck_answers as a')
              .select('a.card_id')
              .whereRef('a.card_id', '=', 'c.id')
              .where('a.user_id', '=', userId),
          ),
        ),
      )
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('deck_skips as s')
              .select('s.card_id')
              .whereRef('s.card_id', '=', 'c.id')
              .where('s.user_id', '=', userId),
          ),
        ),
      )
      .orderBy('c.position', 'desc')
      .limit(1)
      .as('decks_waiting'),
  ],
  contribute: (values, frame, { plan }) => {
    // Couple exercises are not offered to someone the private screen routed elsewhere.
    if (plan.individual && frame.auth.couple) return {};
    const revealed = textOf(values, 'decks_revealed');
    const waiting = textOf(values, 'decks_waiting');
    const cardId = revealed ?? waiting;
    if (!cardId) return {};
    const item: TodayItem = {
      id: `deck-card:${cardId}`,
      kind: 'deck-card',
      priority: PRIORITY,
      status: 'todo',
      href: `/decks/cards/${cardId}`,
      minutes: revealed ? 2 : 5,
      detail: { cardId, reason: revealed ? 'revealed' : 'answer' },
    };
    return { items: [item] };
  },
};
