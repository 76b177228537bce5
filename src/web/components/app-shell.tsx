import { Suspense, useDeferredValue } from 'react';
import { Button } from 'react-aria-components';
import { Link, Outlet } from 'react-router';
import { errorText } from '../data/error-text';
import { useMe } from '../data/me';
import { t } from '../i18n';
import { useLiveEvents } from '../live/use-live-events';
import { BrandMark } from './brand-mark';
import { LiveRegion } from './live-region';
import { MainNav } from './main-nav';
import { Notice } from './notice';
import { PageHeading } from './page-heading';
import { QuickExit } from './quick-exit';
import { PageSkeleton } from './skeleton';

function ShellHeader() {
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Link to="/" className="brand">
        <BrandMark />
        <span>{t('app.name')}</span>
      </Link>
      <LiveRegion />
    </header>
  );
}

function ShellBody() {
  const me = useMe();
  useLiveEvents(Boolean(me.data), me.data?.couple?.partnerName ?? null);
  // The first answer to "who am I" renders the whole screen: let React do that in slices
  // it can interrupt, so a slow phone stays responsive while it happens.
  const status = useDeferredValue(me.status);

  if (status === 'pending') return <PageSkeleton />;
  if (status === 'error' && me.isError) {
    return (
      <div className="page">
        <PageHeading>{t('app.name')}</PageHeading>
        <Notice
          tone="error"
          action={
            <Button className="button button--secondary" onPress={() => void me.refetch()}>
              {t('common.tryAgain')}
            </Button>
          }
        >
          {errorText(me.error, { network: 'shell.loadFailed' })}
        </Notice>
      </div>
    );
  }
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Outlet />
    </Suspense>
  );
}

/**
 * Rekindle is free software (AGPL-3.0-or-later): everyone using it can get the
 * source of what runs here. /source is the server's (see plugins/source.ts),
 * so it is a plain link, not a route of the app.
 */
function ShellFooter() {
  return (
    <footer className="app-footer">
      <span>{t('footer.license')}</span>
      <a className="app-footer__link" href="/source">
        {t('footer.source')}
      </a>
    </footer>
  );
}

/**
 * The quick exit, the header bar it sits in, navigation when logged in, and the
 * main landmark. The Exit button comes first (first in tab order) and outside the
 * bar, so no dialog's layer can cover it; the bar keeps its place free.
 * index.html draws the same frame before the script runs: keep the two in step.
 */
export function AppShell() {
  const me = useMe();
  const loggedIn = Boolean(me.data);
  return (
    <div className={loggedIn ? 'app app--with-nav' : 'app'}>
      <QuickExit />
      <ShellHeader />
      {loggedIn && <MainNav />}
      <main id="main" className="app-main" tabIndex={-1}>
        <ShellBody />
      </main>
      <ShellFooter />
    </div>
  );
}
