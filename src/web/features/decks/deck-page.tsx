import './decks.css';
import { Link, useParams } from 'react-router';
import { BusyButton } from '../../components/busy-button';
import { EmptyState } from '../../components/empty-state';
import { KindBadge } from '../../components/kind-badge';
import { LoadFailed } from '../../components/load-failed';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { hasCode } from '../../data/client';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { CardList } from './card-list';
import { deckIdOf, ownDeckWords } from './deck-words';
import { useDeck, useDecks } from './decks-api';
import { DrawPanel } from './draw-panel';
import { OwnQuestions } from './own-questions';

/** One deck: choose a depth and draw, the cards drawn so far, and for the own deck its questions. */
export default function DeckPage() {
  const { deckSlug = '' } = useParams();
  const me = useCurrentMe();
  const decks = useDecks();
  const deckId = deckIdOf(deckSlug, decks.data?.decks.map((d) => d.id) ?? []);
  const deck = useDeck(deckId);
  const unknown = decks.isSuccess && deckId === undefined;
  const first = deck.data?.pages[0];
  const cards = deck.data?.pages.flatMap((page) => page.cards) ?? [];
  const partner = me.couple?.partnerName ?? t('nav.partner');
  const words = first?.deck.own ? ownDeckWords(me.couple !== null) : first?.deck;
  return (
    <div className="page decks">
      <p className="decks__back">
        <Link to="/decks">{t('decks.backToDecks')}</Link>
      </p>
      {unknown ? (
        <>
          <PageHeading title={t('decks.title')}>{t('decks.title')}</PageHeading>
          <EmptyState
            title={t('decks.deck.goneTitle')}
            body={t('decks.deck.goneBody')}
            action={
              <Link to="/decks" className="button button--primary">
                {t('decks.backToDecks')}
              </Link>
            }
          />
        </>
      ) : decks.isError ? (
        <>
          <PageHeading title={t('decks.title')}>{t('decks.title')}</PageHeading>
          <LoadFailed error={decks.error} retry={() => void decks.refetch()} />
        </>
      ) : deck.isPending ? (
        <>
          <div className="skeleton__line skeleton__line--heading" aria-hidden="true" />
          <Skeleton lines={3} />
        </>
      ) : deck.isError && !first ? (
        <>
          <PageHeading title={t('decks.title')}>{t('decks.title')}</PageHeading>
          {hasCode(deck.error, 'not_found') ? (
            <EmptyState
              title={t('decks.deck.goneTitle')}
              body={t('decks.deck.goneBody')}
              action={
                <Link to="/decks" className="button button--primary">
                  {t('decks.backToDecks')}
                </Link>
              }
            />
          ) : (
            <LoadFailed error={deck.error} retry={() => void deck.refetch()} />
          )}
        </>
      ) : first && words ? (
        <>
          <PageHeading title={t('decks.title')}>{words.title}</PageHeading>
          <p className="page__lead">{words.description}</p>
          {first.deck.kinds.length > 0 && (
            <div className="question-meta">
              {first.deck.kinds.map((kind) => (
                <KindBadge key={kind} kind={kind} />
              ))}
            </div>
          )}
          <DrawPanel deck={first.deck} openCount={first.openCount} openLimit={first.openLimit} />
          {first.deck.own && <OwnQuestions />}
          <section className="card deck-cards" aria-labelledby="deck-cards-heading">
            <h2 id="deck-cards-heading" className="card__title">
              {t('decks.deck.drawnTitle')}
            </h2>
            {cards.length === 0 ? (
              <p className="status-line">
                {t(first.deck.own ? 'decks.deck.noneDrawnOwn' : 'decks.deck.noneDrawn')}
              </p>
            ) : (
              <CardList cards={cards} partner={partner} />
            )}
            {deck.isFetchNextPageError && <Notice tone="error">{errorText(deck.error)}</Notice>}
            {deck.hasNextPage && (
              <BusyButton
                className="button button--secondary"
                isBusy={deck.isFetchingNextPage}
                onPress={() => void deck.fetchNextPage()}
              >
                {deck.isFetchingNextPage ? t('history.loading') : t('decks.deck.more')}
              </BusyButton>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
