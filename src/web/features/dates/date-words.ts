/** Times and lengths of planned dates in plain words, on the date's own clock. Pure. */
import { wallTimeOf } from '../../../core/wall-clock';

/** "New York" for "America/New_York"; "UTC" stays "UTC". */
export function zoneCity(timeZone: string): string {
  const last = timeZone.split('/').pop() ?? timeZone;
  return last.replace(/_/g, ' ');
}

/** "Fri 6 Mar, 19:30" on the wall clock of the date's time zone. */
export function formatStart(startsAt: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(startsAt));
}

/** "19:30" on the date's own clock. */
export function formatTime(startsAt: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(startsAt));
}

/** An evening plan (from five o'clock on its own clock) reads "tonight"; earlier, "today". */
export function isEvening(startsAt: string, timeZone: string): boolean {
  const hour = Number(wallTimeOf(new Date(startsAt), timeZone).slice(11, 13));
  return hour >= 17;
}

/** A length in whole hours and the minutes left over. */
export function hoursAndMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

/** The lengths a date can be given, in minutes. */
export const DURATION_CHOICES = [30, 60, 90, 120, 180, 240, 360, 480, 1440] as const;

/** The choice closest to an idea's own length (ties go to the longer one). */
export function nearestDuration(minutes: number): number {
  let best: number = DURATION_CHOICES[0];
  for (const choice of DURATION_CHOICES)
    if (Math.abs(choice - minutes) <= Math.abs(best - minutes)) best = choice;
  return best;
}

/** Tomorrow at 19:00 on the given zone's clock: where a new plan starts. */
export function suggestedStart(now: Date, timeZone: string): { day: string; time: string } {
  const today = wallTimeOf(now, timeZone).slice(0, 10);
  const tomorrow = new Date(`${today}T00:00:00Z`);
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
  return { day: tomorrow.toISOString().slice(0, 10), time: '19:00' };
}
