import './today-more.css';
import { Link } from 'react-router';
import type { TodayItem } from '../../../shared/program-api';
import { ChevronIcon } from '../../components/icons';
import { LoadFailed } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { useCurrentMe } from '../../data/me';
import { plural, t } from '../../i18n';
import { CoupleNotice } from '../partner/couple-notice';
import { useTodayOverview } from './today-api';
import { TodayCard } from './today-card';
import { WeekRhythm } from './week-rhythm';

/**
 * Everything past the first three, one tap away and closed by default. A
 * native disclosure: a button to keyboards and screen readers, with its
 * open or closed state announced, and no script needed to work.
 */
function MoreForThisWeek({ items, partner }: { items: TodayItem[]; partner: string | null }) {
  if (items.length === 0) return null;
  return (
    <section className="today__more" aria-labelledby="today-more">
      <details className="disclosure">
        <summary className="disclosure__summary">
          <h2 id="today-more" className="disclosure__title">
            {t('home.moreHeading')}
          </h2>
          <span className="disclosure__count">{plural('home.moreCount', items.length)}</span>
          <ChevronIcon />
        </summary>
        <ul className="today__list disclosure__body">
          {items.map((item) => (
            <li key={item.id}>
              <TodayCard item={item} partner={partner} weight="compact" />
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/**
 * Home: at most three things in the server's order, the first one obvious and
 * the others quiet; the rest of the week one tap away; then the week's counts.
 */
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
                    <TodayCard
                      item={item}
                      partner={partner}
                      weight={index === 0 ? 'first' : 'quiet'}
                    />
                  </li>
                ))}
              </ul>
            </section>
          )}
          <MoreForThisWeek items={today.data.waiting} partner={partner} />
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
