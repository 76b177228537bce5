import { Button } from 'react-aria-components';
import { BusyButton } from '../../components/busy-button';
import { DialogShell } from '../../components/dialog-shell';
import { Field, requireText } from '../../components/field';
import { Notice } from '../../components/notice';
import { ValidatedForm } from '../../components/validated-form';
import { hasCode } from '../../data/client';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { formText } from '../../lib/form-text';
import { useDeleteAccount } from './settings-api';

function DeleteAccountForm({ close }: { close: () => void }) {
  const remove = useDeleteAccount();
  const wrongPassword = hasCode(remove.error, 'invalid_credentials');

  return (
    <ValidatedForm
      validators={{ password: requireText }}
      onValidSubmit={(form, showErrors) =>
        remove.mutate(formText(form, 'password'), {
          onError: (error) => {
            if (hasCode(error, 'invalid_credentials')) {
              showErrors({ password: t('errors.wrongPassword') });
            }
          },
        })
      }
    >
      <p>{t('settings.deleteWarning')}</p>
      <p>{t('settings.deletePartner')}</p>
      <Field
        label={t('settings.deletePassword')}
        name="password"
        type="password"
        autoComplete="current-password"
        isRequired
        autoFocus
      />
      {remove.isError && !wrongPassword && <Notice tone="error">{errorText(remove.error)}</Notice>}
      <div className="actions">
        <BusyButton type="submit" className="button button--danger" isBusy={remove.isPending}>
          {remove.isPending ? t('settings.deleting') : t('settings.deleteConfirm')}
        </BusyButton>
        <Button className="button button--quiet" onPress={close} isDisabled={remove.isPending}>
          {t('common.cancel')}
        </Button>
      </div>
    </ValidatedForm>
  );
}

/** Real erasure, behind a password and a plain warning. */
export function DeleteAccountSection() {
  return (
    <section className="card card--danger" aria-labelledby="delete-heading">
      <h2 id="delete-heading" className="card__title">
        {t('settings.deleteHeading')}
      </h2>
      <p>{t('settings.deleteBody')}</p>
      <DialogShell triggerLabel={t('settings.delete')} title={t('settings.deleteTitle')}>
        {(close) => <DeleteAccountForm close={close} />}
      </DialogShell>
    </section>
  );
}
