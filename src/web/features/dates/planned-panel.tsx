import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { PlannedDates } from '../../../shared/dates-api';
import { EmptyState } from '../../components/empty-state';
import { LoadFailed } from '../../components/load-failed';
import { Skeleton } from '../../components/skeleton';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { FeedBox } from './feed-box';
import { PlanDateDialog } from './plan-date-dialog';
import { PlannedDateCard } from './planned-date-card';

/** The dates ahead of us, each with its calendar file, and the calendar feed. */
export function PlannedPanel({
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
        title={t('dates.planned.aloneTitle')}
        body={t('dates.planned.alone')}
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
  const upcoming = planned.data.upcoming;
  return (
    <div className="dates-section">
      <section aria-labelledby="planned-heading" className="dates-section">
        <div className="dates-section__head">
          <h2 id="planned-heading" className="dates-section__title">
            {t('dates.planned.heading')}
          </h2>
          <PlanDateDialog
            what={{ own: true }}
            triggerLabel={t('dates.planned.own')}
            triggerClassName="button button--secondary button--small"
          />
        </div>
        {upcoming.length === 0 ? (
          <EmptyState
            headingLevel={3}
            title={t('dates.planned.emptyTitle')}
            body={t('dates.planned.empty')}
            action={
              <Link className="button button--primary" to="/dates?tab=matches">
                {t('dates.planned.toMatches')}
              </Link>
            }
          />
        ) : (
          <ul className="idea-list">
            {upcoming.map((date) => (
              <li key={date.id}>
                <PlannedDateCard date={date} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <FeedBox partner={partner} />
    </div>
  );
}
