import './challenges.css';
import '../../styles/flows.css';
import '../../styles/ratings.css';
import '../../styles/tick-box.css';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { LoadFailed } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { ChallengeCard } from './challenge-card';
import { ChallengeSettingsPanel } from './challenge-settings';
import { useCurrentChallenge, usePastChallenges } from './challenges-api';
import { PastChallengesList } from './past-challenges';

/** The weekly novelty challenge: this week's, what fits us, and what we have tried. */
export default function ChallengePage() {
  const me = useCurrentMe();
  const current = useCurrentChallenge();
  const past = usePastChallenges(me.couple !== null);
  const partner = current.data?.partnerName ?? me.couple?.partnerName ?? t('nav.partner');

  return (
    <div className="page challenge-page">
      <PageHeading title={t('challenges.title')}>{t('challenges.heading')}</PageHeading>
      <p className="page__lead">{t('challenges.lead')}</p>
      {current.isPending ? (
        <Skeleton lines={5} />
      ) : current.isError ? (
        <LoadFailed error={current.error} retry={() => void current.refetch()} />
      ) : current.data.current === null || current.data.settings === null ? (
        <EmptyState
          title={t('challenges.alone.title')}
          body={t('challenges.alone.body')}
          action={
            <Link to="/partner" className="button button--primary">
              {t('challenges.alone.action')}
            </Link>
          }
        />
      ) : (
        <>
          <ChallengeCard week={current.data.current} partner={partner} />
          <ChallengeSettingsPanel settings={current.data.settings} partner={partner} />
          <PastChallengesList query={past} partner={partner} />
        </>
      )}
    </div>
  );
}
