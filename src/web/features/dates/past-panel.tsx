import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { PlannedDate, PlannedDates } from '../../../shared/dates-api';
import { EmptyState } from '../../components/empty-state';
import { LoadFailed } from '../../components/load-failed';
import { Skeleton } from '../../components/skeleton';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { WhenLine } from './planned-date-card';
import { ReflectionForm } from './reflection-form';

function PastDate({ date, partner }: { date: PlannedDate; partner: string }) {
  const headingId = `past-${date.id}`;
  return (
    <article className="card planned-date past-date" aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title">
        {date.title}
      </h3>
      <WhenLine date={date} />
      {date.place && <p className="planned-date__place">{date.place}</p>}
      {date.partnerReflection && (
        <div className="reflection reflection--partner">
          <p className="reflection__label">{t('dates.past.partnerWrote', { partner })}</p>
          <p className="reflection__text">{date.partnerReflection.text}</p>
        </div>
      )}
      <ReflectionForm date={date} partner={partner} />
    </article>
  );
}

/** Dates behind us, each with a short reflection, private unless shared. */
export function PastPanel({
  linked,
  planned,
}: {
  linked: boolean;
  planned: UseQueryResult<PlannedDates>;
}) {
  const me = useCurrentMe();
  const partner = me.couple?.partnerName ?? t('nav.partner');
  if (!linked)
    return (
      <EmptyState
        title={t('dates.past.aloneTitle')}
        body={t('dates.past.alone')}
        action={
          <Link className="button button--primary" to="/partner">
            {t('dates.ideas.invite')}
          </Link>
        }
      />
    );
  if (planned.isPending) return <Skeleton lines={4} />;
  if (planned.isError)
    return <LoadFailed error={planned.error} retry={() => void planned.refetch()} />;
  const past = planned.data.past;
  // A date under way can be reflected on too: it shows here as well as under "Planned".
  const started = planned.data.upcoming.filter((date) => date.phase === 'now');
  const all = [...started, ...past];
  if (all.length === 0)
    return (
      <EmptyState
        title={t('dates.past.emptyTitle')}
        body={t('dates.past.empty')}
        action={
          <Link className="button button--primary" to="/dates?tab=planned">
            {t('dates.past.toPlanned')}
          </Link>
        }
      />
    );
  return (
    <section className="dates-section" aria-labelledby="past-heading">
      <h2 id="past-heading" className="dates-section__title">
        {t('dates.past.heading')}
      </h2>
      <p className="field__hint">{t('dates.past.lead')}</p>
      <ul className="idea-list">
        {all.map((date) => (
          <li key={date.id}>
            <PastDate date={date} partner={partner} />
          </li>
        ))}
      </ul>
    </section>
  );
}
