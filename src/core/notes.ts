/**
 * Appreciation notes: what may be written, when a note left "to be found"
 * becomes visible, and how long the delivery timer sleeps. Also the wall
 * clock of a time zone, for the "hide it until…" picker. Pure: no I/O.
 * The web imports this file, so it holds no schema library.
 */
import { WALL_TIME_PATTERN, wallTimeOf } from './wall-clock';

export const NOTE_KINDS = ['thank-you', 'compliment', 'note', 'celebrate'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const NOTE_LIMITS = {
  /** The note's words. */
  text: 500,
  /** The short title of a celebration ("Finished the first half-marathon"). */
  title: 80,
  /** How far ahead a note may be hidden. */
  hideDays: 30,
  /** A time picked a moment ago that has just passed is "now", not a mistake. */
  pastGraceMs: 5 * 60_000,
} as const;

const DAY_MS = 24 * 3600_000;

/** Whether the recipient may see a note now: from its visible-from instant on, never a moment before. */
export function isFound(visibleFrom: Date, now: Date): boolean {
  return visibleFrom.getTime() <= now.getTime();
}

export type HideCheck =
  | { ok: true; visibleFrom: Date; hidden: boolean }
  | { ok: false; reason: 'past' | 'too-far' };

/**
 * When a note becomes visible: now when not hidden (or when the chosen time
 * has only just passed), else the chosen instant, at most 30 days ahead.
 */
export function checkVisibleFrom(chosen: Date | null, now: Date): HideCheck {
  if (chosen === null) return { ok: true, visibleFrom: now, hidden: false };
  const ahead = chosen.getTime() - now.getTime();
  if (ahead < -NOTE_LIMITS.pastGraceMs) return { ok: false, reason: 'past' };
  if (ahead > NOTE_LIMITS.hideDays * DAY_MS) return { ok: false, reason: 'too-far' };
  if (ahead <= 0) return { ok: true, visibleFrom: now, hidden: false };
  return { ok: true, visibleFrom: chosen, hidden: true };
}

/** A celebration needs its title; the other kinds have none. */
export function titleFits(kind: NoteKind, title: string | null): boolean {
  return kind === 'celebrate' ? title !== null && title.length > 0 : title === null;
}

/** The longest the delivery timer sleeps: a clock that jumped, or a note from another instance, is seen within it. */
export const MAX_SLEEP_MS = 60_000;

/** How long to sleep before the next note is due (0: now), never longer than MAX_SLEEP_MS. */
export function sleepUntil(nextDue: Date | null, now: Date): number {
  if (nextDue === null) return MAX_SLEEP_MS;
  return Math.min(MAX_SLEEP_MS, Math.max(0, nextDue.getTime() - now.getTime()));
}

// ---------------------------------------------------------------- wall clock of a time zone

/** "YYYY-MM-DDTHH:mm", as a datetime-local input reads and writes it. */
export type WallTime = string;

function wallMs(wall: WallTime): number | null {
  const m = WALL_TIME_PATTERN.exec(wall);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi);
  // Rejects 2026-02-30 and 25:00 rather than rolling them over.
  const back = new Date(ms);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23) return null;
  return ms;
}

/**
 * The instant a wall-clock minute means in a time zone. In a gap (clocks
 * going forward) it is the moment just after the gap; in an overlap (clocks
 * going back) the first of the two. Null for a malformed time.
 */
export function fromWallTime(wall: WallTime, timeZone: string): Date | null {
  const target = wallMs(wall);
  if (target === null) return null;
  // Two rounds of "how far off is the zone here" settle every real offset change.
  let guess = target;
  for (let round = 0; round < 2; round++) {
    const shown = wallMs(wallTimeOf(new Date(guess), timeZone));
    if (shown === null) return null;
    guess += target - shown;
  }
  const candidates = [guess - 3600_000, guess].filter(
    (ms) => wallMs(wallTimeOf(new Date(ms), timeZone)) === target,
  );
  return new Date(candidates[0] ?? guess);
}
