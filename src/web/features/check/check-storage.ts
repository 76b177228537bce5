/** The check in progress, kept on this device so it can be paused and resumed. */

export type Rating = { now: number; wish: number };

export type CheckProgress = {
  version: string;
  step: number;
  items: Record<string, Rating>;
  causes: Record<string, number>;
  signs: string[];
};

/** The scales the server accepts (src/shared/program-api.ts): ratings 0–10, cause weights 0–3. */
const RATING_MAX = 10;
const WEIGHT_MAX = 3;

function key(userId: string): string {
  return `rekindle.check.${userId}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWhole(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

function isRating(value: unknown): value is Rating {
  return isRecord(value) && isWhole(value.now, RATING_MAX) && isWhole(value.wish, RATING_MAX);
}

/**
 * Parses what was read back for this version of the check. Not JSON, another
 * version or no usable step counts as none; entries that are not valid are
 * dropped one by one, so the rest of the answers survive.
 */
export function parseProgress(raw: string | null, version: string): CheckProgress | null {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? 'null');
  } catch {
    return null;
  }
  if (
    !isRecord(value) ||
    value.version !== version ||
    !isWhole(value.step, Number.MAX_SAFE_INTEGER)
  )
    return null;
  const items = isRecord(value.items) ? value.items : {};
  const causes = isRecord(value.causes) ? value.causes : {};
  const signs = Array.isArray(value.signs) ? value.signs : [];
  return {
    version,
    step: value.step,
    items: Object.fromEntries(
      Object.entries(items)
        .filter((entry): entry is [string, Rating] => isRating(entry[1]))
        .map(([id, rating]) => [id, { now: rating.now, wish: rating.wish }]),
    ),
    causes: Object.fromEntries(
      Object.entries(causes).filter((entry): entry is [string, number] =>
        isWhole(entry[1], WEIGHT_MAX),
      ),
    ),
    signs: [...new Set(signs.filter((sign): sign is string => typeof sign === 'string'))],
  };
}

/** Reads saved progress for this version of the check; anything odd counts as none. */
export function loadProgress(userId: string, version: string): CheckProgress | null {
  try {
    return parseProgress(localStorage.getItem(key(userId)), version);
  } catch {
    // Storage refused (private mode, blocked): nothing to resume.
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
