import { useEffect } from 'react';
import { Button } from 'react-aria-components';
import { t } from '../i18n';
import { listenForShiftExit, quickExit } from '../lib/quick-exit';

/**
 * The emergency exit: same place on every screen, above everything else.
 * Marked as a top layer so dialogs neither hide it from assistive tech nor
 * trap keyboard focus away from it.
 */
export function QuickExit() {
  useEffect(() => listenForShiftExit(), []);

  return (
    <div className="quick-exit" data-react-aria-top-layer="true">
      <Button className="quick-exit__button" aria-label={t('exit.ariaLabel')} onPress={quickExit}>
        {t('exit.label')}
      </Button>
    </div>
  );
}
