/**
 * An invite code followed from a /join link is kept for this tab only, so it
 * survives the detour through sign-up or log-in and is gone when the tab
 * closes, or at a quick exit.
 */
import { onQuickExit } from '../../lib/quick-exit';

const KEY = 'rekindle.pendingInvite';

export function rememberInvite(code: string): void {
  try {
    sessionStorage.setItem(KEY, code);
  } catch {
    // Private mode may refuse storage; the code is still in the URL.
  }
}

export function pendingInvite(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function forgetInvite(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing to forget.
  }
}

/** Where to go after logging in or signing up. */
export function nextPathAfterAuth(from: unknown): string {
  const code = pendingInvite();
  if (code) return `/join/${encodeURIComponent(code)}`;
  if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//')) return from;
  return '/';
}

onQuickExit(forgetInvite);
