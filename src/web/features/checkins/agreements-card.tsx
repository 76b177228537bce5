import { LoadFailed } from '../../components/load-failed';
import { Skeleton } from '../../components/skeleton';
import { WhoSees } from '../../components/who-sees';
import { t } from '../../i18n';
import { formatDay } from '../../lib/format';
import { useAgreements } from './checkin-api';

/** Our agreements, newest first, with where each stands. */
export function AgreementsCard({ partner }: { partner: string }) {
  const agreements = useAgreements();
  return (
    <section className="card checkin-agreements" aria-labelledby="checkin-agreements-heading">
      <h2 id="checkin-agreements-heading" className="card__title">
        {t('checkins.agreements.heading')}
      </h2>
      <WhoSees visibility="shared" partnerName={partner} />
      {agreements.isPending ? (
        <Skeleton lines={2} />
      ) : agreements.isError ? (
        <LoadFailed error={agreements.error} retry={() => void agreements.refetch()} />
      ) : agreements.data.agreements.length === 0 ? (
        <p>{t('checkins.agreements.none')}</p>
      ) : (
        <ul className="checkin-list">
          {agreements.data.agreements.map((agreement) => (
            <li key={agreement.id} className="checkin-list__item">
              <p className="checkin-list__text">{agreement.text}</p>
              <p className="checkin-list__meta">
                <span className={`tag checkin-status checkin-status--${agreement.status}`}>
                  {t(`checkins.agreements.status.${agreement.status}`)}
                </span>
                <span>{t('checkins.agreements.made', { day: formatDay(agreement.madeOn) })}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
