import { Button } from 'react-aria-components';
import { BusyButton } from '../../components/busy-button';
import { DialogShell } from '../../components/dialog-shell';
import { Notice } from '../../components/notice';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { useUnlink } from './partner-api';

/** Unlinking, with a plain explanation of what stops and what stays. */
export function UnlinkDialog({ partnerName }: { partnerName: string }) {
  const unlink = useUnlink();
  return (
    <DialogShell
      triggerLabel={t('partner.unlink')}
      title={t('partner.unlinkTitle', { partner: partnerName })}
      isBusy={unlink.isPending}
    >
      {(close) => (
        <>
          <p>{t('partner.unlinkExplain')}</p>
          <p>{t('partner.unlinkNotice', { partner: partnerName })}</p>
          {unlink.isError && <Notice tone="error">{errorText(unlink.error)}</Notice>}
          <div className="actions">
            <BusyButton
              className="button button--danger"
              isBusy={unlink.isPending}
              onPress={() =>
                unlink.mutate(undefined, {
                  onSuccess: () => {
                    close();
                    announce(t('partner.unlinked'));
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
