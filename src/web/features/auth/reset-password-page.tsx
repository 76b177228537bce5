import { useState } from 'react';
import { Link } from 'react-router';
import { LIMITS } from '../../../shared/limits';
import { BusyButton } from '../../components/busy-button';
import { Field, requireNewPassword } from '../../components/field';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { type FieldErrors, ValidatedForm } from '../../components/validated-form';
import { hasCode } from '../../data/client';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { formText } from '../../lib/form-text';
import { useResetPassword } from './auth-api';

const VALIDATORS = { password: requireNewPassword };

/** The token travels after "#" in the emailed link, so it never reaches a server log. */
function tokenFromLocation(): string {
  return window.location.hash.replace(/^#/, '');
}

/** Where the emailed link leads: choose a new password, once, within 30 minutes. */
export default function ResetPasswordPage() {
  const [token] = useState(tokenFromLocation);
  const reset = useResetPassword();
  const invalid = hasCode(reset.error, 'invalid_link') || hasCode(reset.error, 'validation_failed');

  const submit = (form: HTMLFormElement, showErrors: (errors: FieldErrors) => void) => {
    reset.mutate(
      { token, password: formText(form, 'password') },
      {
        onSuccess: () => {
          // The link is used up: keep it out of the address bar and history.
          window.history.replaceState(null, '', window.location.pathname);
        },
        onError: (error) => {
          if (hasCode(error, 'weak_password')) showErrors({ password: errorText(error) });
        },
      },
    );
  };

  return (
    <div className="page page--narrow">
      <PageHeading title={t('notifications.reset.title')}>
        {t('notifications.reset.heading')}
      </PageHeading>
      {reset.isSuccess ? (
        <div className="card form">
          <Notice tone="success">{t('notifications.reset.done')}</Notice>
          <Link to="/" className="button button--primary">
            {t('notifications.reset.continue')}
          </Link>
        </div>
      ) : !token || invalid ? (
        <div className="card form">
          <Notice tone="error">
            {token ? t('notifications.reset.invalid') : t('notifications.reset.missing')}
          </Notice>
          <Link to="/forgot-password" className="button button--secondary">
            {t('notifications.reset.askAgain')}
          </Link>
        </div>
      ) : (
        <ValidatedForm className="card form" validators={VALIDATORS} onValidSubmit={submit}>
          <p>{t('notifications.reset.lead')}</p>
          {reset.isError && !hasCode(reset.error, 'weak_password') && (
            <Notice tone="error">{errorText(reset.error)}</Notice>
          )}
          <Field
            label={t('notifications.reset.password')}
            description={t('fields.passwordRule', { min: LIMITS.passwordMin })}
            name="password"
            type="password"
            autoComplete="new-password"
            isRequired
          />
          <BusyButton type="submit" className="button button--primary" isBusy={reset.isPending}>
            {reset.isPending ? t('notifications.reset.pending') : t('notifications.reset.submit')}
          </BusyButton>
        </ValidatedForm>
      )}
    </div>
  );
}
