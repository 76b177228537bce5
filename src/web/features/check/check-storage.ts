/** The check in progress, kept on this device so it can be paused and resumed. */

export type Rating = { now: number; wish: number };

export type CheckProgress = {
  version: string;
  step: number;
  items: Record<string, Rating>;
  causes: Record<string, number>;
  signs: string[];
};

function key(userId: string): string {
  return `rekindle.check.${userId}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRating(value: unknown): value is Rating {
  return isRecord(value) && typeof value.now === 'number' && typeof value.wish === 'number';
}

/** Reads saved progress for this version of the check; anything odd counts as none. */
export function loadProgress(userId: string, version: string): CheckProgress | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key(userId)) ?? 'null');
    if (!isRecord(value) || value.version !== version || typeof value.step !== 'number')
      return null;
    const items = isRecord(value.items) ? value.items : {};
    const causes = isRecord(value.causes) ? value.causes : {};
    return {
      version,
      step: value.step,
      items: Object.fromEntries(Object.entries(items).filter(([, r]) => isRating(r))) as Record<
        string,
        Rating
      >,
      causes: Object.fromEntries(
        Object.entries(causes).filter(([, w]) => typeof w === 'number'),
      ) as Record<string, number>,
      signs: Array.isArray(value.signs)
        ? value.signs.filter((s): s is string => typeof s === 'string')
        : [],
    };
  } catch {
    return null;
  }
}

export function saveProgress(userId: string, progress: CheckProgress): void {
  try {
    localStorage.setItem(key(userId), JSON.stringify(progress));
  } catch {
    // Storage refused: the check still works, it just can't be resumed later.
  }
}

export function clearProgress(userId: string): void {
  try {
    localStorage.removeItem(key(userId));
  } catch {
    // Nothing kept.
  }
}
