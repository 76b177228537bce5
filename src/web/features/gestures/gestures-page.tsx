import '../../styles/ratings.css';
import './gestures.css';
import { Link } from 'react-router';
import type { GestureToday } from '../../../shared/gestures-api';
import { LoadFailed } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { plural, t } from '../../i18n';
import { GestureCard } from './gesture-card';
import { useGestureToday } from './gestures-api';
import { PartnerGestures } from './partner-gestures';

/** This week's gentle count: what was done, never what was missed. */
function WeekCount({ today }: { today: GestureToday }) {
  return (
    <section className="card" aria-labelledby="gesture-week">
      <h2 id="gesture-week" className="card__title">
        {t('gestures.week.heading')}
      </h2>
      <p className="gesture-week__count">
        {today.week.mine > 0
          ? plural('gestures.week.count', today.week.mine)
          : t('gestures.week.none')}
      </p>
      <p className="field__hint">{t('gestures.week.gentle')}</p>
    </section>
  );
}

/** Small gestures: today's suggestion, this week's count, and what my partner did. */
export default function GesturesPage() {
  const today = useGestureToday();
  return (
    <div className="page gestures">
      <PageHeading title={t('gestures.title')}>{t('gestures.heading')}</PageHeading>
      <p className="page__lead">{t('gestures.lead')}</p>
      {today.isPending ? (
        <>
          <Skeleton lines={4} />
          <Skeleton lines={2} />
        </>
      ) : today.isError ? (
        <LoadFailed error={today.error} retry={() => void today.refetch()} />
      ) : (
        <>
          <GestureCard today={today.data} />
          {today.data.partner && <PartnerGestures partner={today.data.partner} />}
          <WeekCount today={today.data} />
          <p>
            <Link to="/gestures/all" className="button button--secondary">
              {t('gestures.library.link')}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
