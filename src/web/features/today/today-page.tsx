import { Link } from 'react-router';
import { LoadFailed } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { CoupleNotice } from '../partner/couple-notice';
import { useTodayOverview } from './today-api';
import { TodayCard } from './today-card';
import { WeekRhythm } from './week-rhythm';

/** Home: at most three things, the first one obvious; then what waits, then the week. */
export function TodayPage() {
  const me = useCurrentMe();
  const today = useTodayOverview();
  const partner = today.data?.partnerName ?? me.couple?.partnerName ?? null;

  return (
    <div className="page today">
      <PageHeading title={t('titles.today')}>{t('today.title')}</PageHeading>
      <p className="page__lead">{t('today.greeting', { name: me.user.displayName })}</p>
      <CoupleNotice />
      {today.isPending ? (
        <>
          <Skeleton lines={3} />
          <Skeleton lines={2} />
        </>
      ) : today.isError ? (
        <LoadFailed error={today.error} retry={() => void today.refetch()} />
      ) : (
        <>
          {today.data.now.length === 0 && today.data.waiting.length === 0 ? (
            <section className="card today-done" aria-labelledby="today-done">
              <h2 id="today-done" className="card__title">
                {t('home.doneTitle')}
              </h2>
              <p>{t('home.doneBody')}</p>
            </section>
          ) : (
            <section className="today__now" aria-labelledby="today-now">
              <h2 id="today-now" className="visually-hidden">
                {t('home.nowHeading')}
              </h2>
              <ul className="today__list">
                {today.data.now.map((item, index) => (
                  <li key={item.id}>
                    <TodayCard item={item} partner={partner} first={index === 0} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          {today.data.waiting.length > 0 && (
            <section className="today__waiting" aria-labelledby="today-waiting">
              <h2 id="today-waiting">{t('home.waitingHeading')}</h2>
              <ul className="today__list">
                {today.data.waiting.map((item) => (
                  <li key={item.id}>
                    <TodayCard item={item} partner={partner} compact />
                  </li>
                ))}
              </ul>
            </section>
          )}
          <WeekRhythm week={today.data.week} />
          <p className="today__plan-link">
            <Link to="/plan" className="button button--secondary">
              {t('home.planLink')}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
