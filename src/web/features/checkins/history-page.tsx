import './checkin.css';
import { Link } from 'react-router';
import type { CheckinHistoryEntry } from '../../../shared/checkins-api';
import { BusyButton } from '../../components/busy-button';
import { LoadFailed } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { WhoSees } from '../../components/who-sees';
import { useCurrentMe } from '../../data/me';
import { type MessageKey, t } from '../../i18n';
import { formatDay } from '../../lib/format';
import { useCheckinHistory } from './checkin-api';

type Mine = NonNullable<CheckinHistoryEntry['mine']>;

function MyNotes({ mine, partner }: { mine: Mine; partner: string }) {
  const rows: [MessageKey, string | null][] = [
    ['checkins.history.appreciation', mine.appreciation],
    ['checkins.history.success', mine.success],
    [
      mine.concernPrivate ? 'checkins.history.concernPrivate' : 'checkins.history.concern',
      mine.concern,
    ],
    ['checkins.history.goals', mine.goals],
  ];
  return (
    <div className="checkin-history__mine">
      <h3 className="checkin-history__subheading">{t('checkins.history.mine')}</h3>
      <WhoSees visibility="private" partnerName={partner} />
      <dl className="checkin-history__notes">
        {rows
          .filter((row): row is [MessageKey, string] => row[1] !== null)
          .map(([label, text]) => (
            <div key={label} className="checkin-history__note">
              <dt>{t(label)}</dt>
              <dd>{text}</dd>
            </div>
          ))}
      </dl>
    </div>
  );
}

function Entry({ entry, partner }: { entry: CheckinHistoryEntry; partner: string }) {
  const headingId = `checkin-history-${entry.id}`;
  return (
    <li>
      <article className="card checkin-history__entry" aria-labelledby={headingId}>
        <h2 id={headingId} className="card__title">
          {formatDay(entry.day)}
        </h2>
        <p className="status-line">
          {entry.held ? t('checkins.history.held') : t('checkins.history.notHeld')}
        </p>
        {entry.mine && <MyNotes mine={entry.mine} partner={partner} />}
        {entry.reviews.length > 0 && (
          <div>
            <h3 className="checkin-history__subheading">{t('checkins.history.reviews')}</h3>
            <ul className="checkin-list">
              {entry.reviews.map((review) => (
                <li key={review.id} className="checkin-list__item">
                  <p className="checkin-list__text">{review.text}</p>
                  <p className="checkin-list__meta">
                    <span className={`tag checkin-status checkin-status--${review.outcome}`}>
                      {t(`checkins.agreements.status.${review.outcome}`)}
                    </span>
                  </p>
                </li>
              ))}
            </ul>
          </div>
        )}
        {entry.agreements.length > 0 && (
          <div>
            <h3 className="checkin-history__subheading">{t('checkins.history.agreements')}</h3>
            <WhoSees visibility="shared" partnerName={partner} />
            <ul className="checkin-list">
              {entry.agreements.map((agreement) => (
                <li key={agreement.id} className="checkin-list__item">
                  <p className="checkin-list__text">{agreement.text}</p>
                </li>
              ))}
            </ul>
          </div>
        )}
      </article>
    </li>
  );
}

/** Past check-ins: my notes stay mine; the agreements are ours while we are a couple. */
export default function CheckinHistoryPage() {
  const me = useCurrentMe();
  const history = useCheckinHistory();
  const partner = me.couple?.partnerName ?? t('nav.partner');
  const entries = history.data?.pages.flatMap((page) => page.entries) ?? [];
  return (
    <div className="page checkin">
      <PageHeading title={t('checkins.history.title')}>{t('checkins.history.title')}</PageHeading>
      <p className="page__lead">{t('checkins.history.lead')}</p>
      {history.isPending ? (
        <Skeleton lines={5} />
      ) : history.isError ? (
        <LoadFailed error={history.error} retry={() => void history.refetch()} />
      ) : entries.length === 0 ? (
        <p>{t('checkins.history.empty')}</p>
      ) : (
        <ul className="checkin-history">
          {entries.map((entry) => (
            <Entry key={entry.id} entry={entry} partner={partner} />
          ))}
        </ul>
      )}
      {history.hasNextPage && (
        <BusyButton
          className="button button--secondary"
          isBusy={history.isFetchingNextPage}
          onPress={() => void history.fetchNextPage()}
        >
          {t('checkins.history.more')}
        </BusyButton>
      )}
      <p>
        <Link to="/checkin" className="button button--quiet">
          {t('checkins.history.back')}
        </Link>
      </p>
    </div>
  );
}
