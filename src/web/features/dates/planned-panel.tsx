import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { t } from '../../i18n';
import { DateList, DatesPanel, type PlannedTabProps } from './dates-panel';
import { FeedBox } from './feed-box';
import { PlanDateDialog } from './plan-date-dialog';
import { PlannedDateCard } from './planned-date-card';

/** The dates ahead of us, each with its calendar file, and the calendar feed. */
export function PlannedPanel({ linked, planned }: PlannedTabProps) {
  return (
    <DatesPanel
      linked={linked}
      query={planned}
      aloneTitle={t('dates.planned.aloneTitle')}
      alone={t('dates.planned.alone')}
    >
      {({ upcoming }, partner) => (
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
              <DateList dates={upcoming}>{(date) => <PlannedDateCard date={date} />}</DateList>
            )}
          </section>
          <FeedBox partner={partner} />
        </div>
      )}
    </DatesPanel>
  );
}
