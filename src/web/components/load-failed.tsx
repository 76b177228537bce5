import { Button } from 'react-aria-components';
import { errorText } from '../data/error-text';
import { t } from '../i18n';
import { Notice } from './notice';

/**
 * A failed first load: what happened, and one button to try again. With
 * `lead`, a page's own words on what did not load, the reason follows them.
 */
export function LoadFailed({
  error,
  retry,
  lead,
}: {
  error: unknown;
  retry: () => void;
  lead?: string;
}) {
  return (
    <Notice
      tone="error"
      action={
        <Button className="button button--secondary" onPress={retry}>
          {t('common.tryAgain')}
        </Button>
      }
    >
      {lead === undefined
        ? errorText(error, { not_found: 'errors.loadFailed' })
        : `${lead} ${errorText(error)}`}
    </Notice>
  );
}
