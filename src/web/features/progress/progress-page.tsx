import '../../styles/ratings.css';
import '../../styles/results.css';
import './progress.css';
import { Link } from 'react-router';
import type { Progress } from '../../../shared/program-api';
import { LoadFailed } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { SharingToggle } from '../../components/sharing-toggle';
import { Skeleton } from '../../components/skeleton';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { SharedWhoSees } from '../check/shared-who-sees';
import { usePulseForm } from '../pulse/pulse-api';
import { CheckHistory } from './check-history';
import { useProgress } from './progress-api';
import { SeriesCard } from './series-card';

/** "Rate this week" until this week is rated; then a quiet line that it is. */
function ThisWeek() {
  const pulse = usePulseForm();
  // A placeholder while it loads, so nothing reads this line before it says what it will say.
  if (pulse.isPending) return <Skeleton lines={0} card={false} />;
  if (pulse.isSuccess && pulse.data.mine) {
    return (
      <p className="status-line this-week">
        {t('progress.rated')}{' '}
        <Link to="/pulse" className="this-week__change">
          {t('progress.changeRating')}
        </Link>
      </p>
    );
  }
  return (
    <Link to="/pulse" className="button button--secondary">
      {t('progress.ratePulse')}
    </Link>
  );
}

function Feelings({ progress }: { progress: Progress }) {
  const partner = progress.partner;
  return (
    <section className="progress-section" aria-labelledby="progress-feel">
      <h2 id="progress-feel">{t('progress.feelHeading')}</h2>
      {progress.me.pulse.map((series) => (
        <SeriesCard
          key={series.key}
          mine={series}
          partner={partner?.pulse.find((p) => p.key === series.key)}
          partnerName={progress.partnerName}
        />
      ))}
      <ThisWeek />
    </section>
  );
}

function Checks({ progress }: { progress: Progress }) {
  const partnerName = progress.partner ? progress.partnerName : null;
  const mine =
    progress.me.check.length === 0 ? (
      <p>{t('progress.noChecks')}</p>
    ) : (
      <CheckHistory checks={progress.me.check} label={t('progress.checksCaption')} />
    );
  if (!progress.partner || !partnerName) {
    return (
      <section className="card" aria-labelledby="progress-checks">
        <h2 id="progress-checks" className="card__title">
          {t('progress.checksHeading')}
        </h2>
        {mine}
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="progress-checks">
      <h2 id="progress-checks" className="card__title">
        {t('progress.checksBothHeading')}
      </h2>
      <h3 className="check-history__who">{t('common.you')}</h3>
      {mine}
      <h3 className="check-history__who">{partnerName}</h3>
      {progress.partner.check.length === 0 ? (
        <p>{t('progress.partnerNoChecks', { partner: partnerName })}</p>
      ) : (
        <CheckHistory
          checks={progress.partner.check}
          label={t('progress.partnerChecksCaption', { partner: partnerName })}
        />
      )}
    </section>
  );
}

function Done({ engagement }: { engagement: Progress['engagement'] }) {
  return (
    <section className="card" aria-labelledby="progress-done">
      <h2 id="progress-done" className="card__title">
        {t('progress.doneHeading')}
      </h2>
      <dl className="done-list">
        <dt>{t('progress.weeksWithPulse')}</dt>
        <dd>{engagement.weeksWithPulse}</dd>
        <dt>{t('progress.questionsAnswered')}</dt>
        <dd>{engagement.questionsAnswered}</dd>
        <dt>{t('progress.checksTaken')}</dt>
        <dd>{engagement.checksTaken}</dd>
        <dt>{t('progress.primer')}</dt>
        <dd>{engagement.primerDone ? t('progress.primerDone') : t('progress.primerNotYet')}</dd>
      </dl>
      <p className="field__hint">{t('progress.doneNote')}</p>
    </section>
  );
}

/**
 * How I've felt over the weeks (honestly worded), my checks, and, kept apart,
 * what I've done. With both partners sharing, each line says whose it is.
 */
export default function ProgressPage() {
  const me = useCurrentMe();
  const progress = useProgress();
  return (
    <div className="page">
      <PageHeading title={t('titles.progress')}>{t('progress.title')}</PageHeading>
      <SharedWhoSees topic="progress" />
      <p className="page__lead">{t('progress.scales')}</p>
      {progress.isPending ? (
        <Skeleton lines={6} />
      ) : progress.isError ? (
        <LoadFailed error={progress.error} retry={() => void progress.refetch()} />
      ) : (
        <>
          <Feelings progress={progress.data} />
          <Checks progress={progress.data} />
          <Done engagement={progress.data.engagement} />
          {me.couple && (
            <section className="card" aria-labelledby="progress-sharing">
              <h2 id="progress-sharing" className="card__title">
                {t('results.sharingHeading')}
              </h2>
              <SharingToggle
                topic="progress"
                label={t('progress.shareLabel', { partner: me.couple.partnerName })}
                explain={t('progress.shareExplain', { partner: me.couple.partnerName })}
              />
            </section>
          )}
        </>
      )}
    </div>
  );
}
