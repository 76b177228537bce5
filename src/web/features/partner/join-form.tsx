import { useNavigate } from 'react-router';
import { BusyButton } from '../../components/busy-button';
import { Field, requireText } from '../../components/field';
import { Notice } from '../../components/notice';
import { ValidatedForm } from '../../components/validated-form';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { formText } from '../../lib/form-text';
import { forgetInvite } from '../auth/pending-invite';
import { useJoin } from './partner-api';

/** Enter a partner's code (prefilled when arriving from a /join link). */
export function JoinForm({ initialCode = '' }: { initialCode?: string }) {
  const join = useJoin();
  const navigate = useNavigate();

  const submit = (form: HTMLFormElement) =>
    join.mutate(formText(form, 'code').trim(), {
      onSuccess: (couple) => {
        forgetInvite();
        announce(t('partner.joined', { partner: couple.partnerName }));
        navigate('/');
      },
    });

  return (
    <ValidatedForm validators={{ code: requireText }} onValidSubmit={submit}>
      <Field
        label={t('partner.codeField')}
        name="code"
        defaultValue={initialCode}
        autoComplete="off"
        spellCheck="false"
        isRequired
      />
      {join.isError && <Notice tone="error">{errorText(join.error)}</Notice>}
      <BusyButton type="submit" className="button button--primary" isBusy={join.isPending}>
        {join.isPending ? t('partner.joining') : t('partner.join')}
      </BusyButton>
    </ValidatedForm>
  );
}
