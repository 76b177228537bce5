/**
 * Small gestures: which one to suggest to a person on a day. One suggestion
 * per person per day, the same all day long, varied from day to day, never
 * one the person set aside as "not for us".
 */

/** A suggestion is not repeated within this many days (while the library allows it). */
export const RECENT_DAYS = 14;

export interface GestureChoice {
  id: string;
  /** It works when the two partners are apart. */
  distance: boolean;
}

export interface DailyGestureInput {
  personId: string;
  /** The calendar day, "YYYY-MM-DD". */
  day: string;
  /** Every gesture, in a stable order (the library's). */
  gestures: readonly GestureChoice[];
  /** The person's own "not for us" marks: never suggested. */
  notForUs: ReadonlySet<string>;
  /** The person's suggestions of the last days, most recent first. */
  recent: readonly string[];
  /** Whether the couple lives apart; null while that is not known, and then every gesture fits. */
  apart: boolean | null;
}

/** FNV-1a: a small, stable hash, the same on every machine and every run. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The day's gesture for a person: drawn with a seed of person and day (so
 * each partner has their own, and asking twice gives the same), from the
 * gestures that fit, leaving out the last `RECENT_DAYS` suggestions while
 * enough others remain. Null only when the person set every gesture aside.
 */
export function chooseDailyGesture(input: DailyGestureInput): string | null {
  const fitting = input.gestures.filter(
    (g) => !input.notForUs.has(g.id) && (input.apart !== true || g.distance),
  );
  // Apart, but every gesture for distance set aside: any gesture left is better than none.
  const allowed =
    fitting.length > 0 ? fitting : input.gestures.filter((g) => !input.notForUs.has(g.id));
  if (allowed.length === 0) return null;
  const recent = new Set(input.recent.slice(0, RECENT_DAYS));
  const fresh = allowed.filter((g) => !recent.has(g.id));
  // When the library is smaller than the window, the least recently suggested come back first.
  const pool = fresh.length > 0 ? fresh : leastRecent(allowed, input.recent);
  const index = stableHash(`${input.personId}:${input.day}`) % pool.length;
  return pool[index]?.id ?? null;
}

/** The gestures suggested longest ago (never-suggested ones cannot be here: they would be fresh). */
function leastRecent(
  allowed: readonly GestureChoice[],
  recent: readonly string[],
): GestureChoice[] {
  let oldest = -1;
  for (const g of allowed) oldest = Math.max(oldest, recent.indexOf(g.id));
  return allowed.filter((g) => recent.indexOf(g.id) === oldest);
}
