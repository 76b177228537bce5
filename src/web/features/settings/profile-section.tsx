import { useState } from 'react';
import { LIMITS } from '../../../shared/limits';
import { BusyButton } from '../../components/busy-button';
import { Field, requireText } from '../../components/field';
import { Notice } from '../../components/notice';
import { ValidatedForm } from '../../components/validated-form';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { formText } from '../../lib/form-text';
import { useUpdateMe } from './settings-api';

export function ProfileSection() {
  const me = useCurrentMe();
  const update = useUpdateMe();
  const [done, setDone] = useState(false);

  const submit = (form: HTMLFormElement) => {
    setDone(false);
    update.mutate(
      { displayName: formText(form, 'displayName').trim() },
      { onSuccess: () => setDone(true) },
    );
  };

  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading" className="card__title">
        {t('settings.profileHeading')}
      </h2>
      <ValidatedForm validators={{ displayName: requireText }} onValidSubmit={submit}>
        <Field
          label={t('fields.displayName')}
          description={t('fields.displayNameHint')}
          name="displayName"
          defaultValue={me.user.displayName}
          autoComplete="nickname"
          maxLength={LIMITS.displayName}
          isRequired
          onChange={() => setDone(false)}
        />
        <BusyButton type="submit" className="button button--secondary" isBusy={update.isPending}>
          {update.isPending ? t('common.saving') : t('common.save')}
        </BusyButton>
        {done && <Notice tone="success">{t('common.saved')}</Notice>}
        {update.isError && <Notice tone="error">{errorText(update.error)}</Notice>}
      </ValidatedForm>
    </section>
  );
}
