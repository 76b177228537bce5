import { useState } from 'react';
import { BusyButton } from '../../components/busy-button';
import { requireText } from '../../components/field';
import { Notice } from '../../components/notice';
import { ValidatedForm } from '../../components/validated-form';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { formText } from '../../lib/form-text';
import { DisplayNameField } from './display-name-field';
import { useUpdateMe } from './settings-api';

export function ProfileSection() {
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
        <DisplayNameField onChange={() => setDone(false)} />
        <BusyButton type="submit" className="button button--secondary" isBusy={update.isPending}>
          {update.isPending ? t('common.saving') : t('common.save')}
        </BusyButton>
        {done && <Notice tone="success">{t('common.saved')}</Notice>}
        {update.isError && <Notice tone="error">{errorText(update.error)}</Notice>}
      </ValidatedForm>
    </section>
  );
}
