import { PartnerIcon } from '../../components/icons';
import { PageHeading } from '../../components/page-heading';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { formatDate } from '../../lib/format';
import { UnlinkConfirmation } from './couple-notice';
import { InvitePanel } from './invite-panel';
import { JoinForm } from './join-form';
import { UnlinkDialog } from './unlink-dialog';

function LinkedPartner({ partnerName, since }: { partnerName: string; since: string }) {
  return (
    <>
      <section className="card partner-card" aria-labelledby="linked-heading">
        <span className="partner-card__icon">
          <PartnerIcon />
        </span>
        <h2 id="linked-heading" className="card__title">
          {t('partner.linkedWith', { partner: partnerName })}
        </h2>
        <p>{t('partner.since', { date: formatDate(since) })}</p>
      </section>
      <section className="card" aria-labelledby="unlink-heading">
        <h2 id="unlink-heading" className="card__title">
          {t('partner.unlinkHeading')}
        </h2>
        <p>{t('partner.unlinkBody')}</p>
        <UnlinkDialog partnerName={partnerName} />
      </section>
    </>
  );
}

/**
 * Linked: who and since when, and unlink. Not linked: invite, or join with a
 * code (and, right after unlinking here, a confirmation at the top).
 */
export default function PartnerPage() {
  const me = useCurrentMe();
  return (
    <div className="page">
      <PageHeading title={t('titles.partner')}>{t('partner.title')}</PageHeading>
      <UnlinkConfirmation />
      {me.couple ? (
        <LinkedPartner partnerName={me.couple.partnerName} since={me.couple.since} />
      ) : (
        <>
          <InvitePanel />
          <section className="card" aria-labelledby="join-heading">
            <h2 id="join-heading" className="card__title">
              {t('partner.joinHeading')}
            </h2>
            <p>{t('partner.joinBody')}</p>
            <JoinForm />
          </section>
        </>
      )}
    </div>
  );
}
