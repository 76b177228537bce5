/** Today's words for a deck card: waiting for my answer, or a reveal I have not seen yet. */
import type { TodayItem } from '../../../shared/program-api';
import { t } from '../../i18n';

type DeckCardItem = Extract<TodayItem, { kind: 'deck-card' }>;

export function deckCardCopy(
  item: DeckCardItem,
  partner: string,
): { title: string; body: string; action: string } {
  if (item.detail.reason === 'revealed') {
    return {
      title: t('decks.today.revealedTitle'),
      body: t('decks.today.revealedBody', { partner }),
      action: t('decks.today.revealedAction'),
    };
  }
  return {
    title: t('decks.today.answerTitle'),
    body: t('decks.today.answerBody'),
    action: t('decks.today.answerAction'),
  };
}
