import './decks.css';
import { useEffect, useReducer } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { LoadFailed } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { useDecks } from './decks-api';
import { initialTogether, perform } from './together-flow';
import { Both, Choose, HandOver, type Names, Write } from './together-steps';

/** Sitting together on one device: nothing is stored unless both choose to keep it. */
export default function TogetherPage() {
  const me = useCurrentMe();
  const decks = useDecks();
  const [state, dispatch] = useReducer(perform, '', initialTogether);
  // Start on the first deck that has questions, once the decks are known.
  const firstDeck = decks.data?.decks.find((deck) => deck.questionCount > 0)?.id;
  useEffect(() => {
    if (state.deckId === '' && firstDeck) dispatch({ type: 'choose-deck', deckId: firstDeck });
  }, [state.deckId, firstDeck]);
  if (!me.couple) {
    return (
      <div className="page decks">
        <PageHeading title={t('decks.title')}>{t('decks.together.title')}</PageHeading>
        <EmptyState
          title={t('decks.together.needsPartnerTitle')}
          body={t('decks.together.needsPartner')}
          action={
            <Link to="/partner" className="button button--primary">
              {t('decks.together.invitePartner')}
            </Link>
          }
        />
      </div>
    );
  }
  const names: Names = { me: me.user.displayName, partner: me.couple.partnerName };
  const stepProps = { state, dispatch, names };
  return (
    <div className="page decks">
      <p className="decks__back">
        <Link to="/decks">{t('decks.backToDecks')}</Link>
      </p>
      <PageHeading title={t('decks.title')}>{t('decks.together.title')}</PageHeading>
      <p className="page__lead">{t('decks.together.lead')}</p>
      {decks.isPending || (decks.isSuccess && state.deckId === '' && firstDeck) ? (
        <Skeleton lines={4} />
      ) : decks.isError ? (
        <LoadFailed error={decks.error} retry={() => void decks.refetch()} />
      ) : state.step === 'choose' ? (
        <Choose {...stepProps} />
      ) : state.step === 'hand-over' ? (
        <HandOver {...stepProps} />
      ) : state.step === 'both' || state.step === 'saved' ? (
        <Both {...stepProps} />
      ) : (
        <Write {...stepProps} />
      )}
    </div>
  );
}
