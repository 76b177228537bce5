import './plan.css';
import { Link } from 'react-router';
import type { Plan } from '../../../shared/program-api';
import { LoadFailed } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { formatDate } from '../../lib/format';
import { LifeEventsCard } from '../rhythm/life-events-card';
import { usePlan } from './plan-api';
import {
  isAvailable,
  notYetLine,
  rhythmHref,
  rhythmName,
  rhythmSentence,
  trackActivity,
  trackName,
  trackWhy,
} from './rhythm-words';

/** The parts to start with, each with why, and a way to act on it when Rekindle has one. */
function StartWith({ plan }: { plan: Plan }) {
  return (
    <section className="card" aria-labelledby="plan-start">
      <h2 id="plan-start" className="card__title">
        {t('plan.startHeading')}
      </h2>
      <ol className="plan-tracks">
        {plan.focus.map((track, index) => {
          const activity = trackActivity(track);
          const nameId = `plan-track-${track}`;
          return (
            <li key={track} className="plan-track">
              <span id={nameId} className="plan-track__name">
                {trackName(track)}
              </span>
              <span className="plan-track__why">{trackWhy(track, plan, index)}</span>
              {activity && (
                <Link
                  to={activity.href}
                  className="button button--secondary button--small plan-track__act"
                  aria-describedby={nameId}
                >
                  {activity.label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Rhythm({ plan }: { plan: Plan }) {
  const me = useCurrentMe();
  const available = plan.rhythm.filter((item) => isAvailable(item.id, me.couple !== null));
  if (available.length === 0) return null;
  return (
    <section className="card" aria-labelledby="plan-rhythm">
      <h2 id="plan-rhythm" className="card__title">
        {t('plan.rhythmHeading')}
      </h2>
      <ul className="plan-rhythm">
        {available.map((item) => {
          const href = rhythmHref(item.id);
          return (
            <li key={item.id} className="plan-rhythm__item">
              {href ? (
                <Link to={href} className="plan-rhythm__name">
                  {rhythmName(item.id)}
                </Link>
              ) : (
                <span className="plan-rhythm__name">{rhythmName(item.id)}</span>
              )}
              <span>{rhythmSentence(item)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** What is not in Rekindle yet, said once and quietly, under the plan. */
function NotYet({ plan }: { plan: Plan }) {
  const me = useCurrentMe();
  const line = notYetLine(plan, me.couple !== null);
  return line ? <p className="field__hint plan-not-yet">{line}</p> : null;
}

function NoPlanYet() {
  return (
    <section className="card empty-state" aria-labelledby="plan-none">
      <h2 id="plan-none" className="card__title">
        {t('plan.noneTitle')}
      </h2>
      <p>{t('plan.noneBody')}</p>
      <Link to="/check" className="button button--primary">
        {t('plan.takeCheck')}
      </Link>
    </section>
  );
}

/** Where you start and your weekly rhythm, in plain words. */
export default function PlanPage() {
  const plan = usePlan();
  return (
    <div className="page">
      <PageHeading title={t('titles.plan')}>{t('plan.title')}</PageHeading>
      {plan.isPending ? (
        <Skeleton lines={4} />
      ) : plan.isError ? (
        <LoadFailed error={plan.error} retry={() => void plan.refetch()} />
      ) : plan.data.basis === 'none' ? (
        <>
          <NoPlanYet />
          <LifeEventsCard plan={plan.data} />
        </>
      ) : (
        <>
          <p className="page__lead">
            {plan.data.basis === 'both' ? t('plan.basisBoth') : t('plan.basisMine')}
          </p>
          <StartWith plan={plan.data} />
          <Rhythm plan={plan.data} />
          <NotYet plan={plan.data} />
          <LifeEventsCard plan={plan.data} />
          {plan.data.nextCheckAt && (
            <p className="status-line">
              {t('plan.nextCheck', { date: formatDate(plan.data.nextCheckAt) })}
            </p>
          )}
          <Link to="/check/results" className="button button--secondary">
            {t('plan.seeResults')}
          </Link>
          <Link to="/rhythm" className="button button--secondary">
            {t('keepGoing.seeWeeks')}
          </Link>
        </>
      )}
    </div>
  );
}
