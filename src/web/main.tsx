import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createQueryClient } from './data/query-client';
import { initI18n } from './i18n';
import { clearAnnouncement } from './lib/announcer';
import { preventInjectedStyles } from './lib/csp-compat';
import { honourExitLock } from './lib/exit-lock';
import { guardAfterExit, onQuickExit } from './lib/quick-exit';
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

  const container = document.getElementById('root');
  if (!container) throw new Error('Missing #root');
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );

  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    window.addEventListener('load', () => {
      navigator.serviceWorker.register('/sw.js').catch(() => {
        // Offline support is a bonus; the app works without it.
      });
    });
  }
}

void start();
