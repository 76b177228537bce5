/**
 * Leaving in a hurry: hide the page at once, lock the app (a storage marker
 * and a logout call), forget what is in memory, and replace this page in the
 * tab's history with an everyday site. App pages met again afterwards (Back,
 * the back/forward cache, other open tabs) show nothing of the person's.
 */
import {
  endSession,
  isExitLocked,
  LOCK_KEY,
  LOGIN_PATH,
  lastExitId,
  setExitLock,
} from './exit-lock';

const EXIT_URL = 'https://www.bbc.co.uk/weather';
/** Hides the whole page (see base.css). */
const HIDDEN = 'is-exiting';
const cleanups = new Set<() => void>();

/** Registers something to forget on quick exit; returns an unregister function. */
export function onQuickExit(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}

function hide(): void {
  document.documentElement.classList.add(HIDDEN);
  document.title = '';
}

function forget(): void {
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // Leaving matters more than tidying up.
    }
  }
}

/** Drafts and a check in progress are the person's words: they do not stay on the device. */
const WORDS_PREFIX = 'rekindle.';

function forgetWordsOnDevice(): void {
  try {
    for (let i = localStorage.length - 1; i >= 0; i -= 1) {
      const key = localStorage.key(i);
      if (key?.startsWith(WORDS_PREFIX)) localStorage.removeItem(key);
    }
  } catch {
    // Storage refused: nothing was kept there either.
  }
}

export function quickExit(): void {
  hide();
  setExitLock();
  void endSession();
  forget();
  forgetWordsOnDevice();
  window.location.replace(EXIT_URL);
}

function storageWorks(): boolean {
  try {
    localStorage.getItem(LOCK_KEY);
    return true;
  } catch {
    return false;
  }
}

/**
 * Guards this document after an exit. A page is hidden while it sits in the
 * back/forward cache; restored, it shows again only if no exit happened since
 * it started, and otherwise forgets and reloads at /login. When another tab
 * exits (the lock appears in storage), this tab leaves too.
 */
export function guardAfterExit(target: Window = window): () => void {
  const root = target.document.documentElement;
  const exitAtStart = lastExitId();
  // While cached (and once restored stale), storage events are the restore check's to handle.
  let away = false;
  const onPageHide = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    away = true;
    root.classList.add(HIDDEN);
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    if (!storageWorks()) {
      // No way to know whether an exit happened: load afresh.
      hide();
      forget();
      target.location.reload();
    } else if (isExitLocked() || lastExitId() !== exitAtStart) {
      hide();
      forget();
      target.location.replace(LOGIN_PATH);
    } else {
      away = false;
      root.classList.remove(HIDDEN);
    }
  };
  const onStorage = (event: StorageEvent) => {
    if (!away && event.key === LOCK_KEY && event.newValue === '1') quickExit();
  };
  target.addEventListener('pagehide', onPageHide);
  target.addEventListener('pageshow', onPageShow);
  target.addEventListener('storage', onStorage);
  return () => {
    target.removeEventListener('pagehide', onPageHide);
    target.removeEventListener('pageshow', onPageShow);
    target.removeEventListener('storage', onStorage);
  };
}

const SHIFT_PRESSES = 3;
const WINDOW_MS = 1500;

/** Listens for Shift pressed three times within 1.5 s anywhere on the page. */
export function listenForShiftExit(target: Window = window): () => void {
  let presses: number[] = [];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Shift' || event.repeat) {
      if (event.key !== 'Shift') presses = [];
      return;
    }
    const now = performance.now();
    presses = [...presses.filter((at) => now - at < WINDOW_MS), now];
    if (presses.length >= SHIFT_PRESSES) {
      presses = [];
      quickExit();
    }
  };
  target.addEventListener('keydown', onKeyDown, { capture: true });
  return () => target.removeEventListener('keydown', onKeyDown, { capture: true });
}
