import { useState } from 'react';
import { Link } from 'react-router';
import { BusyButton } from '../../components/busy-button';
import { Field, requireEmail, requireText } from '../../components/field';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { ValidatedForm } from '../../components/validated-form';
import { errorText } from '../../data/error-text';
import { hasSessionEnded } from '../../data/session-ended';
import { t } from '../../i18n';
import { formText } from '../../lib/form-text';
import { useInvitePreview } from '../partner/partner-api';
import { useLogin } from './auth-api';
import { pendingInvite } from './pending-invite';
import { SsoSignIn } from './sso-sign-in';

const VALIDATORS = { email: requireEmail, password: requireText };

/** Log in. On success the guest-only guard moves on (to a pending invite, or Today). */
export default function LoginPage() {
  const login = useLogin();
  const [invite] = useState(pendingInvite);
  const preview = useInvitePreview(invite);
  const inviter = preview.data?.inviterName;

  return (
    <div className="page page--narrow">
      <PageHeading title={t('titles.login')}>{t('login.title')}</PageHeading>
      {invite && !preview.isError && (
        <Notice tone="success">
          {inviter ? t('login.inviteNamed', { inviter }) : t('login.inviteUnnamed')}
        </Notice>
      )}
      <SsoSignIn />
      <ValidatedForm
        className="card form"
        validators={VALIDATORS}
        onValidSubmit={(form) =>
          login.mutate({
            email: formText(form, 'email').trim(),
            password: formText(form, 'password'),
          })
        }
      >
        {login.isError && <Notice tone="error">{errorText(login.error)}</Notice>}
        {!login.isError && hasSessionEnded() && <Notice>{t('login.sessionEnded')}</Notice>}
        <Field
          label={t('fields.email')}
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          isRequired
        />
        <Field
          label={t('fields.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          isRequired
        />
        <BusyButton type="submit" className="button button--primary" isBusy={login.isPending}>
          {login.isPending ? t('login.pending') : t('login.submit')}
        </BusyButton>
      </ValidatedForm>
      <p className="page__aside">
        <Link to="/forgot-password">{t('notifications.forgot.link')}</Link>
      </p>
      <p className="page__aside">
        {t('login.noAccount')} <Link to="/signup">{t('login.signupLink')}</Link>
      </p>
    </div>
  );
}
