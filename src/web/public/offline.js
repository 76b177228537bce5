/* The offline page's two actions. The quick exit works here as in the app (lib/quick-exit.ts,
   lib/exit-lock.ts): hide the page, leave the lock so the next start ends the session (the
   logout call cannot reach the server now), and replace this page with an everyday site. */
const EXIT_URL = 'https://www.bbc.co.uk/weather';
const LOCK_KEY = 'rekindle-locked';
const EXIT_ID_KEY = 'rekindle-exit';
const WORDS_PREFIX = 'rekindle.';

function quickExit() {
  document.documentElement.classList.add('is-exiting');
  document.title = '';
  try {
    localStorage.setItem(LOCK_KEY, '1');
    localStorage.setItem(EXIT_ID_KEY, `${Date.now()}-${Math.random().toString(36).slice(2)}`);
    for (let i = localStorage.length - 1; i >= 0; i -= 1) {
      const key = localStorage.key(i);
      if (key?.startsWith(WORDS_PREFIX)) localStorage.removeItem(key);
    }
  } catch {
    // Storage refused: leaving matters more.
  }
  window.location.replace(EXIT_URL);
}

document.getElementById('quick-exit')?.addEventListener('click', quickExit);

// Shift pressed three times within 1.5 s, as in the app.
let presses = [];
window.addEventListener(
  'keydown',
  (event) => {
    if (event.key !== 'Shift') {
      presses = [];
      return;
    }
    if (event.repeat) return;
    const now = performance.now();
    presses = [...presses.filter((at) => now - at < 1500), now];
    if (presses.length >= 3) quickExit();
  },
  { capture: true },
);

// "Try again" opens the page that was asked for, not always the start.
document.getElementById('try-again')?.addEventListener('click', (event) => {
  event.preventDefault();
  window.location.reload();
});

// Back online: open the app again by itself. The browser's "online" signal can come before
// the server is reachable (or not at all), so the server is also asked now and then.
async function reopenWhenReachable() {
  try {
    const response = await fetch('/healthz', { cache: 'no-store' });
    if (response.ok) window.location.reload();
  } catch {
    // Still offline.
  }
}
window.addEventListener('online', () => void reopenWhenReachable());
setInterval(() => {
  if (document.visibilityState === 'visible') void reopenWhenReachable();
}, 3000);
