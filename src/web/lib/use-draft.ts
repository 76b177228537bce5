import { useCallback, useState } from 'react';
import { readStored, writeStored } from './storage';

export function draftKey(userId: string, day: string, questionId: string): string {
  return `rekindle.draft.${userId}.${day}.${questionId}`;
}

/** True when an unsaved draft exists that differs from what was saved. */
export function hasDraft(key: string, saved: string): boolean {
  const draft = readStored(key);
  return draft !== null && draft !== saved;
}

/**
 * Text that survives reloads: kept in this device's storage while typing,
 * removed once saved (or when it matches what is saved).
 */
export function useDraft(key: string, saved: string) {
  const [text, setText] = useState(() => readStored(key) ?? saved);

  const change = useCallback(
    (value: string) => {
      setText(value);
      writeStored(key, value === saved ? null : value);
    },
    [key, saved],
  );

  const clear = useCallback(() => writeStored(key, null), [key]);

  return { text, change, clear, isKept: readStored(key) !== null };
}
