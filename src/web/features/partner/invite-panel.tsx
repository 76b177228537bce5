import { Button } from 'react-aria-components';
import { BusyButton } from '../../components/busy-button';
import { CopyButton } from '../../components/copy-button';
import { Notice } from '../../components/notice';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { useCreateInvite } from './partner-api';

function canShare(): boolean {
  return typeof navigator.share === 'function';
}

function ShareButton({ url }: { url: string }) {
  const share = () => {
    navigator.share({ title: t('app.name'), text: t('partner.shareText'), url }).catch(() => {
      // Closing the share sheet is not an error worth showing.
    });
  };
  return (
    <Button className="button button--secondary" onPress={share}>
      {t('partner.share')}
    </Button>
  );
}

/** Create a one-time code, then copy or share it. */
export function InvitePanel() {
  const create = useCreateInvite();
  const invite = create.data;

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading" className="card__title">
        {t('partner.inviteHeading')}
      </h2>
      <p>{t('partner.inviteBody')}</p>
      {invite && (
        <div className="invite">
          <dl className="invite__details">
            <dt className="field__label">{t('partner.codeLabel')}</dt>
            <dd className="invite__code">{invite.code}</dd>
            <dt className="field__label">{t('partner.linkLabel')}</dt>
            <dd className="invite__url">{invite.url}</dd>
          </dl>
          <p className="field__hint">
            {t('partner.expires', { date: formatDateTime(invite.expiresAt) })}
          </p>
          <div className="actions">
            <CopyButton text={invite.code} label={t('partner.copyCode')} />
            <CopyButton text={invite.url} label={t('partner.copyLink')} />
            {canShare() && <ShareButton url={invite.url} />}
          </div>
        </div>
      )}
      {create.isError && <Notice tone="error">{errorText(create.error)}</Notice>}
      <BusyButton
        className={invite ? 'button button--quiet' : 'button button--primary'}
        isBusy={create.isPending}
        onPress={() => create.mutate()}
      >
        {create.isPending
          ? t('partner.creating')
          : invite
            ? t('partner.newInvite')
            : t('partner.createInvite')}
      </BusyButton>
    </section>
  );
}
