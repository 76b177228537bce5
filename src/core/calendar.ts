/** Calendar days in a time zone. */
import { zoneFormatters } from './zone-formatters';

// en-CA formats as YYYY-MM-DD.
const formatterFor = zoneFormatters('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });

const MINUTE = 60_000;
/** The last answer per time zone, by minute: formatting dates is slow, and days change on minute boundaries. */
const lastDay = new Map<string, { minute: number; day: string }>();

/** The calendar day ("YYYY-MM-DD") that `instant` falls on in `timeZone`. */
export function localDay(instant: Date, timeZone: string): string {
  const minute = Math.floor(instant.getTime() / MINUTE);
  const cached = lastDay.get(timeZone);
  if (cached?.minute === minute) return cached.day;
  const day = formatterFor(timeZone).format(instant);
  lastDay.set(timeZone, { minute, day });
  return day;
}

/** The ISO-8601 week ("2026-W09") of a calendar day ("YYYY-MM-DD"). */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday = 0
  date.setUTCDate(date.getUTCDate() - weekday + 3); // the Thursday of this week
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstWeekday = (firstThursday.getUTCDay() + 6) % 7;
  firstThursday.setUTCDate(firstThursday.getUTCDate() - firstWeekday + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 24 * 3600 * 1000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The ISO week that `instant` falls in, in `timeZone`. */
export function isoWeekAt(instant: Date, timeZone: string): string {
  return isoWeek(localDay(instant, timeZone));
}

/** Adds whole days to a calendar day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
