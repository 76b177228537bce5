import { useState } from 'react';
import { LIMITS } from '../../../shared/limits';
import { BusyButton } from '../../components/busy-button';
import { Field, requireNewPassword, requireText } from '../../components/field';
import { Notice } from '../../components/notice';
import { type FieldErrors, ValidatedForm } from '../../components/validated-form';
import { hasCode } from '../../data/client';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { formText } from '../../lib/form-text';
import { useChangePassword } from './settings-api';

const VALIDATORS = { currentPassword: requireText, newPassword: requireNewPassword };

function fieldErrors(error: unknown): FieldErrors {
  if (hasCode(error, 'invalid_credentials')) return { currentPassword: t('errors.wrongPassword') };
  if (hasCode(error, 'weak_password')) return { newPassword: errorText(error) };
  return {};
}

export function PasswordSection() {
  const change = useChangePassword();
  const [done, setDone] = useState(false);
  const formLevel = change.isError && Object.keys(fieldErrors(change.error)).length === 0;

  const submit = (form: HTMLFormElement, showErrors: (errors: FieldErrors) => void) => {
    setDone(false);
    change.mutate(
      {
        currentPassword: formText(form, 'currentPassword'),
        newPassword: formText(form, 'newPassword'),
      },
      {
        onSuccess: () => {
          form.reset();
          setDone(true);
        },
        onError: (error) => showErrors(fieldErrors(error)),
      },
    );
  };

  return (
    <section className="card" aria-labelledby="password-heading">
      <h2 id="password-heading" className="card__title">
        {t('settings.passwordHeading')}
      </h2>
      <ValidatedForm validators={VALIDATORS} onValidSubmit={submit}>
        <Field
          label={t('settings.currentPassword')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          isRequired
        />
        <Field
          label={t('settings.newPassword')}
          description={t('fields.passwordRule', { min: LIMITS.passwordMin })}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          isRequired
        />
        {formLevel && <Notice tone="error">{errorText(change.error)}</Notice>}
        {done && <Notice tone="success">{t('settings.passwordChanged')}</Notice>}
        <BusyButton type="submit" className="button button--secondary" isBusy={change.isPending}>
          {change.isPending ? t('common.saving') : t('settings.changePassword')}
        </BusyButton>
      </ValidatedForm>
    </section>
  );
}
