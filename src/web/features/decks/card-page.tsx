import './decks.css';
import { Link, useParams } from 'react-router';
import { OWN_DECK_ID } from '../../../core/decks';
import { EmptyState } from '../../components/empty-state';
import { LoadFailed } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { hasCode } from '../../data/client';
import { t } from '../../i18n';
import { CardView } from './card-view';
import { ownDeckWords } from './deck-words';
import { useCard } from './decks-api';

/** One card: answer it, wait, or read both answers and respond. */
export default function CardPage() {
  const { cardId = '' } = useParams();
  const card = useCard(cardId);
  return (
    <div className="page decks">
      <p className="decks__back">
        <Link to="/decks">{t('decks.backToDecks')}</Link>
      </p>
      {card.isPending ? (
        <>
          <div className="skeleton__line skeleton__line--heading" aria-hidden="true" />
          <Skeleton lines={5} />
        </>
      ) : card.isError ? (
        hasCode(card.error, 'not_found') ? (
          <>
            <PageHeading title={t('decks.title')}>{t('decks.cardTitle')}</PageHeading>
            <EmptyState
              title={t('decks.card.goneTitle')}
              body={t('decks.card.goneBody')}
              action={
                <Link to="/decks" className="button button--primary">
                  {t('decks.backToDecks')}
                </Link>
              }
            />
          </>
        ) : (
          <>
            <PageHeading title={t('decks.title')}>{t('decks.cardTitle')}</PageHeading>
            <LoadFailed error={card.error} retry={() => void card.refetch()} />
          </>
        )
      ) : (
        <>
          <PageHeading title={t('decks.title')}>
            {card.data.deckId === OWN_DECK_ID
              ? ownDeckWords(card.data.withPartner).title
              : card.data.deckTitle}
          </PageHeading>
          <CardView key={card.data.id} card={card.data} />
        </>
      )}
    </div>
  );
}
