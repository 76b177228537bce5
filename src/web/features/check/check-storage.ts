/** The check in progress, kept on this device so it can be paused and resumed. */

/** A statement's two ratings; null until the person chooses one. */
export type Rating = { now: number | null; wish: number | null };

export type CheckProgress = {
  version: string;
  /**
   * What `step` counts: screens (0 the introduction, then each screen of
   * check-screens.ts), or, in progress saved before statements shared a
   * screen, single statements (0 the introduction, then one per statement,
   * then causes, then signs).
   */
  layout: 'screens' | 'statements';
  step: number;
  /** Ratings chosen so far, complete or not; only complete ones are sent. */
  items: Record<string, Rating>;
  /** Statements the person chose to skip. */
  skipped: string[];
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

/** A chosen rating, or nothing (null, or absent: nothing chosen yet). */
function isChoice(value: unknown): value is number | null | undefined {
  return value === null || value === undefined || isWhole(value, RATING_MAX);
}

/** At least one of the two ratings chosen, and each either chosen or not yet. */
function isRating(value: unknown): value is { now?: number | null; wish?: number | null } {
  return (
    isRecord(value) &&
    isChoice(value.now) &&
    isChoice(value.wish) &&
    (typeof value.now === 'number' || typeof value.wish === 'number')
  );
}

function texts(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [];
  return [...new Set(list.filter((entry): entry is string => typeof entry === 'string'))];
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
  return {
    version,
    layout: value.layout === 'screens' ? 'screens' : 'statements',
    step: value.step,
    items: Object.fromEntries(
      Object.entries(items)
        .filter((entry): entry is [string, { now?: number | null; wish?: number | null }] =>
          isRating(entry[1]),
        )
        .map(([id, rating]) => [id, { now: rating.now ?? null, wish: rating.wish ?? null }]),
    ),
    skipped: texts(value.skipped),
    causes: Object.fromEntries(
      Object.entries(causes).filter((entry): entry is [string, number] =>
        isWhole(entry[1], WEIGHT_MAX),
      ),
    ),
    signs: texts(value.signs),
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
