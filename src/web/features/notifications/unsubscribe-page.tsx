import { Link, useParams } from 'react-router';
import { BusyButton } from '../../components/busy-button';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { hasCode } from '../../data/client';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { useUnsubscribe } from './notifications-api';

/**
 * Where the link in a reminder email leads: one button stops reminder
 * emails, without logging in. Opening the page changes nothing, so a mail
 * scanner that follows links cannot turn emails off by itself.
 */
export default function UnsubscribePage() {
  const { token = '' } = useParams();
  const stop = useUnsubscribe();
  const invalid = hasCode(stop.error, 'invalid_link') || hasCode(stop.error, 'validation_failed');

  return (
    <div className="page page--narrow">
      <PageHeading title={t('notifications.unsubscribe.title')}>
        {stop.isSuccess
          ? t('notifications.unsubscribe.doneHeading')
          : t('notifications.unsubscribe.heading')}
      </PageHeading>
      {stop.isSuccess ? (
        <div className="card form">
          <Notice tone="success">{t('notifications.unsubscribe.done')}</Notice>
          <p>{t('notifications.unsubscribe.doneHint')}</p>
          <Link to="/" className="button button--secondary">
            {t('notifications.unsubscribe.open')}
          </Link>
        </div>
      ) : (
        <div className="card form">
          <p>{t('notifications.unsubscribe.body')}</p>
          {stop.isError && (
            <Notice tone="error">
              {invalid ? t('notifications.unsubscribe.invalid') : errorText(stop.error)}
            </Notice>
          )}
          <BusyButton
            className="button button--primary"
            isBusy={stop.isPending}
            onPress={() => stop.mutate(token)}
          >
            {stop.isPending
              ? t('notifications.unsubscribe.pending')
              : t('notifications.unsubscribe.confirm')}
          </BusyButton>
        </div>
      )}
    </div>
  );
}
