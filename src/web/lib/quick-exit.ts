/**
 * Leaving in a hurry: forget what is in memory, hide the page at once, and
 * replace this page in the tab's history with an everyday site.
 */
const EXIT_URL = 'https://www.bbc.co.uk/weather';
const cleanups = new Set<() => void>();

/** Registers something to forget on quick exit; returns an unregister function. */
export function onQuickExit(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}

export function quickExit(): void {
  document.documentElement.classList.add('is-exiting');
  document.title = '';
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // Leaving matters more than tidying up.
    }
  }
  window.location.replace(EXIT_URL);
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
