import { useCallback, useState } from 'react';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage may be full or refused; the text is still in the box.
  }
}

export function draftKey(userId: string, day: string, questionId: string): string {
  return `rekindle.draft.${userId}.${day}.${questionId}`;
}

/** True when an unsaved draft exists that differs from what was saved. */
export function hasDraft(key: string, saved: string): boolean {
  const draft = read(key);
  return draft !== null && draft !== saved;
}

/**
 * Text that survives reloads: kept in this device's storage while typing,
 * removed once saved (or when it matches what is saved).
 */
export function useDraft(key: string, saved: string) {
  const [text, setText] = useState(() => read(key) ?? saved);

  const change = useCallback(
    (value: string) => {
      setText(value);
      write(key, value === saved ? null : value);
    },
    [key, saved],
  );

  const clear = useCallback(() => write(key, null), [key]);

  return { text, change, clear, isKept: read(key) !== null };
}
