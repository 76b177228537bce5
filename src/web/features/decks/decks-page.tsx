import './decks.css';
import { Link } from 'react-router';
import type { DeckSummary } from '../../../shared/decks-api';
import { KindBadge } from '../../components/kind-badge';
import { LoadFailed } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { useCurrentMe } from '../../data/me';
import { plural, t } from '../../i18n';
import { CardList } from './card-list';
import { deckPath, ownDeckWords } from './deck-words';
import { useDecks } from './decks-api';
import { TalkList } from './talk-list';

function DeckTile({ deck, together }: { deck: DeckSummary; together: boolean }) {
  const words = deck.own ? ownDeckWords(together) : deck;
  const headingId = `deck-${deck.id}`;
  return (
    <li className={deck.own ? 'deck-tile deck-tile--own' : 'deck-tile'}>
      <article className="card deck-tile__card" aria-labelledby={headingId}>
        <h3 id={headingId} className="card__title deck-tile__title">
          {words.title}
        </h3>
        <p className="deck-tile__description">{words.description}</p>
        {deck.kinds.length > 0 && (
          <div className="question-meta">
            {deck.kinds.map((kind) => (
              <KindBadge key={kind} kind={kind} />
            ))}
          </div>
        )}
        <p className="deck-tile__counts">
          {plural('decks.deck.questions', deck.questionCount)}
          {deck.drawn > 0 &&
            ` · ${plural(together ? 'decks.deck.settledTogether' : 'decks.deck.settledAlone', deck.drawn, { settled: deck.settled })}`}
        </p>
        <Link
          to={deckPath(deck.id)}
          className="button button--secondary"
          aria-describedby={headingId}
        >
          {deck.own ? t('decks.deck.openOwn') : t('decks.deck.open')}
        </Link>
      </article>
    </li>
  );
}

/** The decks: cards on the table, things to talk about, and every deck to draw from. */
export default function DecksPage() {
  const me = useCurrentMe();
  const decks = useDecks();
  const together = me.couple !== null;
  const partner = me.couple?.partnerName ?? t('nav.partner');
  return (
    <div className="page decks">
      <PageHeading title={t('decks.title')}>{t('decks.title')}</PageHeading>
      <p className="page__lead">{together ? t('decks.lead', { partner }) : t('decks.leadSolo')}</p>
      {decks.isPending ? (
        <>
          <Skeleton lines={2} />
          <Skeleton lines={4} />
        </>
      ) : decks.isError ? (
        <LoadFailed error={decks.error} retry={() => void decks.refetch()} />
      ) : (
        <>
          {decks.data.open.length > 0 && (
            <section className="card open-cards" aria-labelledby="open-cards-heading">
              <h2 id="open-cards-heading" className="card__title">
                {t('decks.open.title')}
              </h2>
              <p className="status-line">
                {plural('decks.open.count', decks.data.openLimit, {
                  open: decks.data.open.length,
                })}
              </p>
              <CardList cards={decks.data.open} partner={partner} />
            </section>
          )}
          {together && <TalkList partner={partner} />}
          <section aria-labelledby="decks-heading" className="decks__all">
            <h2 id="decks-heading" className="decks__heading">
              {t('decks.choose')}
            </h2>
            <ul className="deck-grid">
              {decks.data.decks.map((deck) => (
                <DeckTile key={deck.id} deck={deck} together={together} />
              ))}
            </ul>
          </section>
          {together ? (
            <section className="card together-invite" aria-labelledby="together-heading">
              <h2 id="together-heading" className="card__title">
                {t('decks.together.title')}
              </h2>
              <p>{t('decks.together.inviteBody', { partner })}</p>
              <Link to="/decks/together" className="button button--secondary">
                {t('decks.together.start')}
              </Link>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
