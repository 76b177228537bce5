import { Link } from 'react-router';
import type { PlannedDate, PlannedDates } from '../../../shared/dates-api';
import { EmptyState } from '../../components/empty-state';
import { t } from '../../i18n';
import { DateList, DatesPanel, type PlannedTabProps } from './dates-panel';
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

function PastDates({ planned, partner }: { planned: PlannedDates; partner: string }) {
  // A date under way can be reflected on too: it shows here as well as under "Planned".
  const started = planned.upcoming.filter((date) => date.phase === 'now');
  const all = [...started, ...planned.past];
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
      <DateList dates={all}>{(date) => <PastDate date={date} partner={partner} />}</DateList>
    </section>
  );
}

/** Dates behind us, each with a short reflection, private unless shared. */
export function PastPanel({ linked, planned }: PlannedTabProps) {
  return (
    <DatesPanel
      linked={linked}
      query={planned}
      aloneTitle={t('dates.past.aloneTitle')}
      alone={t('dates.past.alone')}
    >
      {(data, partner) => <PastDates planned={data} partner={partner} />}
    </DatesPanel>
  );
}
