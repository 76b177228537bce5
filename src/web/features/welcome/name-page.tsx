import { useNavigate } from 'react-router';
import { BusyButton } from '../../components/busy-button';
import { requireText } from '../../components/field';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { ValidatedForm } from '../../components/validated-form';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { formText } from '../../lib/form-text';
import { nextPathAfterAuth } from '../auth/pending-invite';
import { DisplayNameField } from '../settings/display-name-field';
import { useUpdateMe } from '../settings/settings-api';

const VALIDATORS = { displayName: requireText };

/**
 * /welcome/name — the first stop of an account that single sign-on has just
 * made. The name came from the sign-in service (or the start of the email):
 * the person keeps it or changes it, then goes on as after any sign-up.
 */
export default function NamePage() {
  const me = useCurrentMe();
  const update = useUpdateMe();
  const navigate = useNavigate();
  const goOn = () => navigate(nextPathAfterAuth(null), { replace: true });

  const submit = (form: HTMLFormElement) => {
    const displayName = formText(form, 'displayName').trim();
    if (displayName === me.user.displayName) {
      goOn();
      return;
    }
    update.mutate({ displayName }, { onSuccess: goOn });
  };

  return (
    <div className="page page--narrow">
      <PageHeading title={t('titles.welcome')}>{t('welcomeName.title')}</PageHeading>
      <p className="page__lead">{t('welcomeName.lead')}</p>
      <ValidatedForm className="card form" validators={VALIDATORS} onValidSubmit={submit}>
        {update.isError && <Notice tone="error">{errorText(update.error)}</Notice>}
        <DisplayNameField />
        <BusyButton type="submit" className="button button--primary" isBusy={update.isPending}>
          {update.isPending ? t('common.saving') : t('welcomeName.submit')}
        </BusyButton>
      </ValidatedForm>
      <p className="page__aside">{t('welcomeName.later')}</p>
    </div>
  );
}
