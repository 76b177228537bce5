/**
 * This browser's storage, which may be full or refused (private windows,
 * blocked cookies): reads give null and writes do nothing rather than throw.
 */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores a value, or removes the key when `value` is null. */
export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Refused or full: nothing is kept, and nothing else depends on it.
  }
}
