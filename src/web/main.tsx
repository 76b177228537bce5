import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { queryKeys } from './data/keys';
import { fetchMe } from './data/me';
import { createQueryClient } from './data/query-client';
import { initI18n } from './i18n';
import { clearAnnouncement } from './lib/announcer';
import { preventInjectedStyles } from './lib/csp-compat';
import { honourExitLock, isExitLocked } from './lib/exit-lock';
import { guardAfterExit, onQuickExit } from './lib/quick-exit';
import { preloadScreen } from './routes';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/controls.css';
import './styles/forms.css';
import './styles/features.css';
import './styles/today.css';

async function start(): Promise<void> {
  preventInjectedStyles();
  guardAfterExit();
  const queryClient = createQueryClient();
  onQuickExit(() => queryClient.clear());
  onQuickExit(clearAnnouncement);
  // After a quick exit nothing renders until the session is ended (or that was tried).
  await Promise.all([initI18n(), honourExitLock(queryClient)]);
  // Ask who this is, and fetch the opened screen's code, while React draws the frame
  // (not after it). A lock still in place means logged out: no /api/me then.
  if (!isExitLocked()) void queryClient.prefetchQuery({ queryKey: queryKeys.me, queryFn: fetchMe });
  preloadScreen(window.location.pathname);

  const container = document.getElementById('root');
  if (!container) throw new Error('Missing #root');
  const root = createRoot(container);
  // The first render runs in slices React can interrupt, so a slow phone never blocks for long.
  startTransition(() => {
    root.render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    );
  });

  // The worker keeps this build's static files and the offline page (sw/service-worker.ts); it is
  // checked for a new version on every start, never taken from the HTTP cache.
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    window.addEventListener('load', () => {
      navigator.serviceWorker.register('/sw.js', { updateViaCache: 'none' }).catch(() => {
        // Offline support is a bonus; the app works without it.
      });
    });
  }
}

void start();
