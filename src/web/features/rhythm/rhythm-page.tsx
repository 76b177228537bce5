import './rhythm.css';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { RHYTHM_WEEKS, type RhythmView, type RhythmWeekView } from '../../../shared/rhythm-api';
import { LockIcon } from '../../components/icons';
import { LoadFailed } from '../../components/load-failed';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { rhythmName } from '../plan/rhythm-words';
import { adjustedLine } from './life-event-words';
import { useRhythm } from './rhythm-api';
import {
  activeLine,
  entryCount,
  entryWeeksLine,
  summaryLine,
  weekLabel,
  weekState,
} from './rhythm-view-words';

/** How much of an entry happened. Decorative: the text beside it says it. */
function Bar({ done, target }: { done: number; target: number }) {
  const share = target > 0 ? Math.min(1, done / target) : 0;
  return (
    <svg className="week__bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
      <rect className="week__bar-track" x="0" y="0" width="100" height="8" rx="4" />
      {share > 0 && (
        <rect className="week__bar-fill" x="0" y="0" width={share * 100} height="8" rx="4" />
      )}
    </svg>
  );
}

function Summary({ view }: { view: RhythmView }) {
  const second = activeLine(view);
  // What happened, never a tally of what did not.
  const asked = view.entries.filter((e) => e.happened > 0);
  return (
    <section className="card rhythm-summary" aria-labelledby="rhythm-summary">
      <h2 id="rhythm-summary" className="card__title">
        {t('keepGoing.summary.heading')}
      </h2>
      <p className="rhythm-summary__count">{summaryLine(view)}</p>
      {second && <p className="rhythm-summary__more">{second}</p>}
      {asked.length > 0 && (
        <ul className="rhythm-summary__entries">
          {asked.map((entry) => (
            <li key={entry.id}>
              <span className="rhythm-summary__name">{rhythmName(entry.id)}</span>{' '}
              <span className="status-line">{entryWeeksLine(entry)}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="field__hint">{t('keepGoing.gentle')}</p>
    </section>
  );
}

function Week({ week, index }: { week: RhythmWeekView; index: number }) {
  const headingId = `rhythm-week-${week.week}`;
  const adjusted = adjustedLine(week.adjustedFor);
  const tone = week.current ? 'current' : week.kept ? 'kept' : week.active ? 'some' : 'quiet';
  return (
    <li className={`card rhythm-week rhythm-week--${tone}`}>
      <div className="rhythm-week__head">
        <h3 id={headingId} className="rhythm-week__title">
          {weekLabel(week, index)}
        </h3>
        <span className="rhythm-week__state">{weekState(week)}</span>
      </div>
      {adjusted && <p className="field__hint rhythm-week__adjusted">{adjusted}</p>}
      {week.entries.length > 0 ? (
        <ul className="week__list">
          {week.entries.map((entry) => (
            <li key={entry.id} className="week__item">
              <span className="week__name">{rhythmName(entry.id)}</span>
              <span className="week__count">{entryCount(entry, week.current)}</span>
              <Bar done={entry.done} target={entry.target} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="status-line">{t('keepGoing.week.nothingPlanned')}</p>
      )}
    </li>
  );
}

/** Your weeks: what the plan asked and what happened, week by week, counted gently. */
export default function RhythmPage() {
  const [weeks, setWeeks] = useState<number>(RHYTHM_WEEKS.default);
  const me = useCurrentMe();
  const rhythm = useRhythm(weeks);
  const view = rhythm.data;
  const mayShowMore = view !== undefined && weeks < RHYTHM_WEEKS.max && view.weeks.length >= weeks;
  return (
    <div className="page rhythm">
      <PageHeading title={t('keepGoing.title')}>{t('keepGoing.heading')}</PageHeading>
      <p className="page__lead">{t('keepGoing.lead')}</p>
      <p className="status-line rhythm__who">
        <LockIcon />
        {me.couple
          ? t('keepGoing.onlyYou', { partner: me.couple.partnerName })
          : t('keepGoing.onlyYouAlone')}
      </p>
      {rhythm.isPending ? (
        <>
          <Skeleton lines={3} />
          <Skeleton lines={4} />
        </>
      ) : rhythm.isError ? (
        <LoadFailed error={rhythm.error} retry={() => void rhythm.refetch()} />
      ) : (
        <>
          {rhythm.data.welcomeBack && <Notice tone="success">{t('keepGoing.welcomeBack')}</Notice>}
          <Summary view={rhythm.data} />
          <section aria-labelledby="rhythm-weeks" className="rhythm-weeks">
            <h2 id="rhythm-weeks" className="visually-hidden">
              {t('keepGoing.weeksHeading')}
            </h2>
            <ol className="rhythm-weeks__list">
              {rhythm.data.weeks.map((week, index) => (
                <Week key={week.week} week={week} index={index} />
              ))}
            </ol>
          </section>
          {mayShowMore && (
            <Button className="button button--secondary" onPress={() => setWeeks(RHYTHM_WEEKS.max)}>
              {t('keepGoing.showMore')}
            </Button>
          )}
          <p className="rhythm__links">
            <Link to="/plan" className="button button--quiet">
              {t('keepGoing.toPlan')}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
