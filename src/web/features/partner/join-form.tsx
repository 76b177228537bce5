import { useNavigate } from 'react-router';
import type { Couple } from '../../../shared/api';
import { BusyButton } from '../../components/busy-button';
import { Field, requireText } from '../../components/field';
import { Notice } from '../../components/notice';
import { ValidatedForm } from '../../components/validated-form';
import { errorText } from '../../data/error-text';
import { useMe } from '../../data/me';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { formText } from '../../lib/form-text';
import { forgetInvite } from '../auth/pending-invite';
import { confirmToPerson } from './couple-confirmation';
import { useJoin } from './partner-api';

/**
 * Joined: off to Today, where a confirmation waits at the top. (Also on the
 * public join page.) Given to the join itself, not to one press, so it runs
 * even when the page has already switched to "already linked" under the button.
 */
function useJoined() {
  const { data: me } = useMe();
  const navigate = useNavigate();
  return (couple: Couple) => {
    forgetInvite();
    if (me) confirmToPerson(me.user.id, { kind: 'linked', partnerName: couple.partnerName });
    announce(t('partner.joined', { partner: couple.partnerName }));
    navigate('/');
  };
}

/** Enter a partner's code by hand. */
export function JoinForm({ initialCode = '' }: { initialCode?: string }) {
  const joined = useJoined();
  const join = useJoin(joined);

  const submit = (form: HTMLFormElement) => join.mutate(formText(form, 'code').trim());

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

/** Join the partner whose invite link was followed: one press, their name on the button. */
export function JoinButton({ code, inviterName }: { code: string; inviterName: string }) {
  const joined = useJoined();
  const join = useJoin(joined);
  return (
    <>
      {join.isError && <Notice tone="error">{errorText(join.error)}</Notice>}
      <div className="actions actions--stack">
        <BusyButton
          className="button button--primary"
          isBusy={join.isPending}
          onPress={() => join.mutate(code)}
        >
          {join.isPending ? t('partner.joining') : t('join.joinNamed', { inviter: inviterName })}
        </BusyButton>
      </div>
    </>
  );
}
