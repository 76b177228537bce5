/**
 * Weeks and numbers on the progress screen in plain words: an ISO week
 * ("2026-W48") becomes the Monday it starts on, written in the reader's
 * locale ("week of 23 Nov" in en-GB, "week of Nov 23" in en-US), with the
 * year only when it is not this year's.
 */

const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

/** The Monday ("YYYY-MM-DD") an ISO week starts on; null for anything else. */
export function weekStart(isoWeek: string): string | null {
  const match = ISO_WEEK.exec(isoWeek);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (week < 1 || week > 53) return null;
  // 4 January is always in week 1; its week's Monday starts week 1.
  const fourth = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(fourth);
  monday.setUTCDate(fourth.getUTCDate() - ((fourth.getUTCDay() + 6) % 7) + (week - 1) * 7);
  return monday.toISOString().slice(0, 10);
}

/**
 * The week's Monday as a short date ("23 Nov"), with the year when it differs
 * from `now`'s; the ISO text itself when it is not a week.
 */
export function shortWeekDate(isoWeek: string, locale: string, now: Date = new Date()): string {
  const day = weekStart(isoWeek);
  if (!day) return isoWeek;
  const date = new Date(`${day}T00:00:00Z`);
  const otherYear = date.getUTCFullYear() !== now.getUTCFullYear();
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(otherYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(date);
}

/** A calendar day ("2026-11-23") or a moment, as a short date in the reader's locale. */
export function shortDate(value: string, locale: string, now: Date = new Date()): string {
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dayOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  // A day is read as written; a moment in the reader's own time zone.
  const year = dayOnly ? date.getUTCFullYear() : date.getFullYear();
  const otherYear = year !== (dayOnly ? now.getUTCFullYear() : now.getFullYear());
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(otherYear ? { year: 'numeric' } : {}),
    ...(dayOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

/** A rating or score as a whole number, the way it is shown everywhere on this screen. */
export function whole(value: number): number {
  return Math.round(value);
}
