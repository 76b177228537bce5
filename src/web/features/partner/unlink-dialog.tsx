import './partner.css';
import { Button } from 'react-aria-components';
import { BusyButton } from '../../components/busy-button';
import { DialogShell } from '../../components/dialog-shell';
import { Notice } from '../../components/notice';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { confirmToPerson } from './couple-confirmation';
import { useUnlink } from './partner-api';
import { UNLINK_PROMISES } from './unlink-promises';

/**
 * Unlinking, with a plain list of what happens. Each line is a promise the
 * server keeps, checked one by one in tests/http/pairing-notices.test.ts.
 */
export function UnlinkDialog({ partnerName }: { partnerName: string }) {
  const me = useCurrentMe();
  const unlink = useUnlink();
  return (
    <DialogShell
      triggerLabel={t('partner.unlink')}
      title={t('partner.unlinkTitle', { partner: partnerName })}
      isBusy={unlink.isPending}
    >
      {(close) => (
        <>
          <p>{t('partner.unlinkLead')}</p>
          <ul className="unlink-promises">
            {UNLINK_PROMISES.map((promise) => (
              <li key={promise}>
                {t(`partner.unlinkPromises.${promise}`, { partner: partnerName })}
              </li>
            ))}
          </ul>
          {unlink.isError && <Notice tone="error">{errorText(unlink.error)}</Notice>}
          <div className="actions">
            <BusyButton
              className="button button--danger"
              isBusy={unlink.isPending}
              onPress={() =>
                unlink.mutate(undefined, {
                  onSuccess: () => {
                    // Shown at the top of this screen once the dialog has closed.
                    confirmToPerson(me.user.id, { kind: 'unlinked', partnerName });
                    close();
                    announce(t('partner.unlinked', { partner: partnerName }));
                  },
                })
              }
            >
              {unlink.isPending ? t('partner.unlinking') : t('partner.unlinkConfirm')}
            </BusyButton>
            <Button className="button button--quiet" onPress={close} isDisabled={unlink.isPending}>
              {t('common.cancel')}
            </Button>
          </div>
        </>
      )}
    </DialogShell>
  );
}
