/**
 * The lock a quick exit leaves behind: a marker in this browser's storage,
 * written before leaving, so the next start ends the session and shows the
 * login page instead of anything of the person's. Each exit also stores a
 * fresh id, so a page kept in the back/forward cache can tell it is stale.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Me } from '../../shared/api';
import { queryKeys } from '../data/keys';
import { readStored, writeStored } from './storage';

export const LOCK_KEY = 'rekindle-locked';
const EXIT_ID_KEY = 'rekindle-exit';
const LOGOUT_PATH = '/api/auth/logout';
export const LOGIN_PATH = '/login';
/** How long the first start waits for the server before showing the login page anyway. */
const FIRST_TRY_MS = 5_000;
const MAX_RETRY_MS = 30_000;

/** Written synchronously before leaving; storage may be refused, then only the logout call counts. */
export function setExitLock(): void {
  writeStored(LOCK_KEY, '1');
  writeStored(EXIT_ID_KEY, `${Date.now()}-${Math.random().toString(36).slice(2)}`);
}

export function isExitLocked(): boolean {
  return readStored(LOCK_KEY) === '1';
}

function clearExitLock(): void {
  writeStored(LOCK_KEY, null);
}

/** The id of the latest quick exit in this browser, or null if there was none. */
export function lastExitId(): string | null {
  return readStored(EXIT_ID_KEY);
}

/**
 * Ends the server session. `keepalive` lets the request finish after the page
 * has gone. Resolves true once the server has answered that it is done.
 */
export async function endSession(signal?: AbortSignal): Promise<boolean> {
  try {
    const response = await fetch(LOGOUT_PATH, {
      method: 'POST',
      keepalive: true,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      signal,
    });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Runs before the first render. When the lock is set: the person counts as
 * logged out (no /api/me call), the address becomes /login, and the session is
 * ended again; the lock is lifted once the server confirms that, or when
 * someone logs in here. Resolves when the screen may render.
 */
export async function honourExitLock(client: QueryClient): Promise<void> {
  if (!isExitLocked()) return;
  client.setQueryDefaults(queryKeys.me, { enabled: false });
  client.setQueryData<Me | null>(queryKeys.me, null);
  if (window.location.pathname !== LOGIN_PATH) window.history.replaceState(null, '', LOGIN_PATH);

  const controller = new AbortController();
  let released = false;
  let unsubscribe = () => {};
  const release = (lift: boolean) => {
    if (released) return;
    released = true;
    unsubscribe();
    if (lift) clearExitLock();
    client.setQueryDefaults(queryKeys.me, {});
  };
  // While locked, "me" only gets a person from a login or sign-up on this page.
  unsubscribe = client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.query.queryKey[0] !== queryKeys.me[0]) return;
    if (!event.query.state.data) return;
    controller.abort();
    release(true);
  });

  const confirm = async (attempt: number): Promise<void> => {
    if (released) return;
    const ended = await endSession(controller.signal);
    if (released) return;
    if (ended) return release(true);
    // Another tab logged in meanwhile: its new session must not be ended.
    if (!isExitLocked()) return release(false);
    const wait = Math.min(MAX_RETRY_MS, 1000 * 2 ** attempt);
    setTimeout(() => void confirm(attempt + 1), wait);
  };
  await Promise.race([
    confirm(0),
    new Promise<void>((resolve) => setTimeout(resolve, FIRST_TRY_MS)),
  ]);
}
