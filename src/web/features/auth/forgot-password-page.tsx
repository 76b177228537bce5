import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { RESET_LINK_MINUTES, type ResetAvailability } from '../../../shared/notifications-api';
import { BusyButton } from '../../components/busy-button';
import { Field, requireEmail } from '../../components/field';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { ValidatedForm } from '../../components/validated-form';
import { api } from '../../data/client';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { formText } from '../../lib/form-text';
import { useRequestReset } from './auth-api';

const VALIDATORS = { email: requireEmail };

/**
 * "Forgot your password?": a link by email when this server can send one;
 * otherwise, plainly, who can help. The answer is the same whether or not
 * the email has an account.
 */
export default function ForgotPasswordPage() {
  const availability = useQuery({
    queryKey: ['password-reset'],
    queryFn: () => api.get<ResetAvailability>('/api/auth/reset'),
  });
  const request = useRequestReset();
  const [sentTo, setSentTo] = useState<string | null>(null);

  return (
    <div className="page page--narrow">
      <PageHeading title={t('notifications.forgot.title')}>
        {t('notifications.forgot.heading')}
      </PageHeading>
      {availability.isPending && <Skeleton lines={2} />}
      {availability.isError && <Notice tone="error">{t('notifications.forgot.loadFailed')}</Notice>}
      {availability.data?.email === false && (
        <div className="card">
          <p>{t('notifications.forgot.noEmail')}</p>
        </div>
      )}
      {availability.data?.email && sentTo !== null && (
        <div className="card form">
          <Notice tone="success">
            {t('notifications.forgot.sent', { email: sentTo, minutes: RESET_LINK_MINUTES })}
          </Notice>
          <BusyButton className="button button--secondary" onPress={() => setSentTo(null)}>
            {t('notifications.forgot.again')}
          </BusyButton>
        </div>
      )}
      {availability.data?.email && sentTo === null && (
        <ValidatedForm
          className="card form"
          validators={VALIDATORS}
          onValidSubmit={(form) => {
            const email = formText(form, 'email').trim();
            request.mutate(email, { onSuccess: () => setSentTo(email) });
          }}
        >
          <p>{t('notifications.forgot.lead')}</p>
          {request.isError && <Notice tone="error">{errorText(request.error)}</Notice>}
          <Field
            label={t('fields.email')}
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            isRequired
          />
          <BusyButton type="submit" className="button button--primary" isBusy={request.isPending}>
            {request.isPending
              ? t('notifications.forgot.pending')
              : t('notifications.forgot.submit')}
          </BusyButton>
        </ValidatedForm>
      )}
      <p className="page__aside">
        <Link to="/login">{t('notifications.forgot.back')}</Link>
      </p>
    </div>
  );
}
