import { t } from '../i18n';
import { QuickExit } from './quick-exit';

/** Last resort when a screen crashes: still calm, still with the exit. */
export function RouteError() {
  return (
    <div className="app">
      <header className="app-header">
        <QuickExit />
      </header>
      <main id="main" className="app-main">
        <div className="page">
          <h1 className="page-heading">{t('app.name')}</h1>
          <div className="notice notice--error" role="alert">
            <p>{t('errors.generic')}</p>
          </div>
          <a className="button button--primary" href="/">
            {t('notFound.home')}
          </a>
        </div>
      </main>
    </div>
  );
}
