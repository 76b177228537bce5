/**
 * The confirmation for the person who just linked or unlinked (the partner
 * who did not act gets a note from the server instead). Kept for this tab
 * until dismissed, so it survives the move to Today and a reload, and tied
 * to the person it was written for: someone else logging in on this tab
 * never sees it. A quick exit forgets it.
 */
import { useSyncExternalStore } from 'react';
import { onQuickExit } from '../../lib/quick-exit';

export type Confirmation =
  /** "You're now linked with Sam": shown on Today, where joining lands. */
  | { kind: 'linked'; partnerName: string }
  /** "You're no longer linked with Sam": shown on the Partner page, where it was done. */
  | { kind: 'unlinked'; partnerName: string }
  /** Signed up from an invite that no longer works: shown on Today, where sign-up lands. */
  | { kind: 'inviteGone' };

interface Stored {
  userId: string;
  confirmation: Confirmation;
}

const KEY = 'rekindle.coupleConfirmation';
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

function read(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function parse(raw: string | null): Stored | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { userId, confirmation } = value as Partial<Stored>;
    if (typeof userId !== 'string' || typeof confirmation !== 'object' || !confirmation)
      return null;
    if (confirmation.kind === 'inviteGone') return { userId, confirmation };
    if (
      (confirmation.kind === 'linked' || confirmation.kind === 'unlinked') &&
      typeof confirmation.partnerName === 'string'
    )
      return { userId, confirmation };
    return null;
  } catch {
    return null;
  }
}

/** Leaves a confirmation for this person, replacing any earlier one. */
export function confirmToPerson(userId: string, confirmation: Confirmation): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ userId, confirmation } satisfies Stored));
  } catch {
    // Storage refused (a private window): the screen-reader announcement still says it.
  }
  emit();
}

export function forgetConfirmation(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing was kept.
  }
  emit();
}

onQuickExit(forgetConfirmation);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The confirmation waiting for this person, if any; re-renders when one is left or dismissed. */
export function useConfirmation(userId: string): Confirmation | null {
  const raw = useSyncExternalStore(subscribe, read, () => null);
  const stored = parse(raw);
  return stored && stored.userId === userId ? stored.confirmation : null;
}
