/** Cards in a list: the question and where it stands for me, one tap from the card. */
import { Link } from 'react-router';
import type { CardSummary } from '../../../shared/decks-api';
import { ChevronIcon } from '../../components/icons';
import { t } from '../../i18n';

/** Yes/no about my partner, never when; my own "not now" is mine alone. */
export function cardStatus(card: CardSummary, partner: string): string {
  if (card.revealed) return t('decks.status.revealed');
  if (card.answered)
    return card.withPartner ? t('decks.status.waitingFor', { partner }) : t('decks.status.written');
  if (card.skipped) return t('decks.status.skipped');
  if (card.withPartner && card.partnerAnswered)
    return t('decks.status.partnerAnswered', { partner });
  return t('decks.status.yourTurn');
}

export function CardList({ cards, partner }: { cards: readonly CardSummary[]; partner: string }) {
  return (
    <ul className="card-list">
      {cards.map((card) => (
        <li key={card.id}>
          <Link to={`/decks/cards/${encodeURIComponent(card.id)}`} className="card-list__link">
            <span className="card-list__text">
              <span className="card-list__question">{card.question.text}</span>
              <span className="card-list__status">{cardStatus(card, partner)}</span>
            </span>
            <ChevronIcon />
          </Link>
        </li>
      ))}
    </ul>
  );
}
