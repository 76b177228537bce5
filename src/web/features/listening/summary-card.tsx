import { Link } from 'react-router';
import type { ListeningSummary } from '../../../shared/listening-api';
import { WhoSees } from '../../components/who-sees';
import { currentLocale, plural, t } from '../../i18n';
import { formatDay } from '../../lib/format';

type Entry = ListeningSummary['history'][number];

function averageText(value: number): string {
  return new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1 }).format(value);
}

function HistoryEntry({ entry, partner }: { entry: Entry; partner: string }) {
  return (
    <li className="listening-history__item">
      <p className="listening-history__day">
        <Link to={`/listening/${entry.id}`}>{formatDay(entry.day)}</Link>
        <span className="listening-history__how">
          {entry.completed ? t('listening.summary.completed') : t('listening.summary.endedEarly')}
        </span>
      </p>
      {entry.mine && (
        <div className="listening-history__mine">
          <p>{t('listening.rating.yours', { rating: entry.mine.rating })}</p>
          <WhoSees visibility={entry.mine.shared ? 'shared' : 'private'} partnerName={partner} />
        </div>
      )}
      {entry.myTurn !== null && entry.mine === null && (
        <Link to={`/listening/${entry.id}`} className="button button--secondary button--small">
          {t('listening.summary.rate')}
        </Link>
      )}
      {entry.partnerShared && (
        <p>
          {t('listening.rating.partnerShared', { partner, rating: entry.partnerShared.rating })}
        </p>
      )}
    </li>
  );
}

/**
 * What the two of you have done, my average as a listener when the rule
 * allows it (never a single rating of my partner's), and past sessions with
 * my own ratings.
 */
export function SummaryCard({ summary }: { summary: ListeningSummary }) {
  const partner = summary.partnerName ?? t('nav.partner');
  return (
    <section className="card listening-summary" aria-labelledby="listening-summary">
      <h2 id="listening-summary" className="card__title">
        {t('listening.summary.heading')}
      </h2>
      <p className="listening-summary__count">
        {plural('listening.summary.done', summary.sessionsDone)}
      </p>
      <div className="listening-summary__average">
        <p>
          {summary.listenerAverage === null
            ? t('listening.summary.averageNotYet')
            : t('listening.summary.average', {
                partner,
                value: averageText(summary.listenerAverage),
              })}
        </p>
        <p className="field__hint">{t('listening.summary.averageRule')}</p>
      </div>
      <h3 className="listening-summary__subheading">{t('listening.summary.history')}</h3>
      {summary.history.length === 0 ? (
        <p className="field__hint">{t('listening.summary.none')}</p>
      ) : (
        <ul className="listening-history">
          {summary.history.map((entry) => (
            <HistoryEntry key={entry.id} entry={entry} partner={partner} />
          ))}
        </ul>
      )}
    </section>
  );
}
