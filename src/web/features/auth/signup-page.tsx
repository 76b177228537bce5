import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { LIMITS } from '../../../shared/limits';
import { BusyButton } from '../../components/busy-button';
import { Field, requireEmail, requireNewPassword, requireText } from '../../components/field';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { type FieldErrors, ValidatedForm } from '../../components/validated-form';
import { hasCode } from '../../data/client';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { formText } from '../../lib/form-text';
import { useInvitePreview } from '../partner/partner-api';
import { browserTimeZone, useSignup } from './auth-api';
import { forgetInvite, pendingInvite } from './pending-invite';
import { SsoSignIn } from './sso-sign-in';

const VALIDATORS = { displayName: requireText, email: requireEmail, password: requireNewPassword };

/** Errors that belong to one field are shown under it; the rest above the form. */
function fieldErrors(error: unknown): FieldErrors {
  if (hasCode(error, 'email_taken')) return { email: errorText(error) };
  if (hasCode(error, 'weak_password')) return { password: errorText(error) };
  return {};
}

/** Who the new account will be linked with, when sign-up started from an invite link. */
function InviteNote({ preview }: { preview: ReturnType<typeof useInvitePreview> }) {
  if (preview.isError && hasCode(preview.error, 'invalid_invite')) {
    return <Notice>{t('signup.inviteGone')}</Notice>;
  }
  const inviter = preview.data?.inviterName;
  return (
    <Notice tone="success">
      {inviter ? t('signup.inviteNamed', { inviter }) : t('signup.inviteUnnamed')}
    </Notice>
  );
}

/**
 * Create an account. From an invite link, the code goes along and the new
 * person lands linked with the inviter (see useSignup); an invite that no
 * longer works is said here before anything is typed.
 */
export default function SignupPage() {
  const signup = useSignup();
  // Read once: the code is forgotten below when it matches no invite, but the note stays.
  const [invite] = useState(pendingInvite);
  const preview = useInvitePreview(invite);
  const noMatch = preview.isError && hasCode(preview.error, 'invalid_invite');
  const formLevel = signup.isError && Object.keys(fieldErrors(signup.error)).length === 0;

  useEffect(() => {
    if (noMatch) forgetInvite();
  }, [noMatch]);

  return (
    <div className="page page--narrow">
      <PageHeading title={t('titles.signup')}>{t('signup.title')}</PageHeading>
      {invite && <InviteNote preview={preview} />}
      <SsoSignIn />
      <ValidatedForm
        className="card form"
        validators={VALIDATORS}
        onValidSubmit={(form, showErrors) =>
          signup.mutate(
            {
              displayName: formText(form, 'displayName').trim(),
              email: formText(form, 'email').trim(),
              password: formText(form, 'password'),
              timeZone: browserTimeZone(),
              ...(invite && !noMatch ? { inviteCode: invite } : {}),
            },
            { onError: (error) => showErrors(fieldErrors(error)) },
          )
        }
      >
        {formLevel && <Notice tone="error">{errorText(signup.error)}</Notice>}
        <Field
          label={t('fields.displayName')}
          description={t('fields.displayNameHint')}
          name="displayName"
          autoComplete="nickname"
          maxLength={LIMITS.displayName}
          isRequired
        />
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
          description={t('fields.passwordRule', { min: LIMITS.passwordMin })}
          name="password"
          type="password"
          autoComplete="new-password"
          isRequired
        />
        <BusyButton type="submit" className="button button--primary" isBusy={signup.isPending}>
          {signup.isPending ? t('signup.pending') : t('signup.submit')}
        </BusyButton>
      </ValidatedForm>
      <p className="page__aside">
        {t('signup.haveAccount')} <Link to="/login">{t('signup.loginLink')}</Link>
      </p>
    </div>
  );
}
