import { Button } from 'react-aria-components';
import { errorText } from '../data/error-text';
import { t } from '../i18n';
import { Notice } from './notice';

/** A failed first load: what happened, and one button to try again. */
export function LoadFailed({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <Notice
      tone="error"
      action={
        <Button className="button button--secondary" onPress={retry}>
          {t('common.tryAgain')}
        </Button>
      }
    >
      {errorText(error, { not_found: 'errors.loadFailed' })}
    </Notice>
  );
}
