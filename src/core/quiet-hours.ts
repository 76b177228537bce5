/**
 * When a person's daily nudge may come: at the time of day they chose, in
 * their own time zone, never inside their quiet hours. The local time stays
 * when the clocks change; the UTC instant moves with them.
 */
import { addDays, localDay } from './calendar';
import { LOCAL_TIME_PATTERN, zonedInstant } from './checkin';
import { zoneFormatters } from './zone-formatters';

export interface QuietHours {
  /** Local "HH:MM" when quiet begins; quiet may run past midnight. */
  from: string;
  /** Local "HH:MM" when it ends (not itself quiet). */
  to: string;
}

export interface NudgeSchedule {
  /** Local "HH:MM" the person chose for the daily nudge. */
  nudgeTime: string;
  quiet: QuietHours | null;
  timeZone: string;
}

/** A nudge that could not go out within this long after its time waits for the next day. */
export const LATE_LIMIT_MS = 30 * 60_000;

export function isLocalTime(value: string): boolean {
  return LOCAL_TIME_PATTERN.test(value);
}

/** Minutes since midnight of a local "HH:MM". */
function minutesOf(time: string): number {
  const [hour, minute] = time.split(':').map(Number);
  return (hour ?? 0) * 60 + (minute ?? 0);
}

/**
 * Whether a local wall-clock time falls inside quiet hours. The span runs
 * from `from` up to (not including) `to`, across midnight when `to` comes
 * first; equal ends mean no quiet hours at all.
 */
export function isQuiet(time: string, quiet: QuietHours | null): boolean {
  if (!quiet) return false;
  const at = minutesOf(time);
  const from = minutesOf(quiet.from);
  const to = minutesOf(quiet.to);
  if (from === to) return false;
  return from < to ? at >= from && at < to : at >= from || at < to;
}

/** The local time the nudge comes at: the chosen time, or the end of quiet hours when it falls inside them. */
export function effectiveNudgeTime(nudgeTime: string, quiet: QuietHours | null): string {
  return quiet && isQuiet(nudgeTime, quiet) ? quiet.to : nudgeTime;
}

const wallClock = zoneFormatters('en-GB', { hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });

/** The local "HH:MM" of an instant in a time zone. */
export function localTimeOf(instant: Date, timeZone: string): string {
  return wallClock(timeZone).format(instant);
}

/** Whether an instant falls inside the person's quiet hours, in their time zone. */
export function isQuietAt(instant: Date, quiet: QuietHours | null, timeZone: string): boolean {
  return isQuiet(localTimeOf(instant, timeZone), quiet);
}

/**
 * The instant of the nudge on a local day. A time the clocks skip that night
 * moves forward by the gap; if that lands in quiet hours, the nudge waits
 * for their end.
 */
export function nudgeInstant(day: string, schedule: NudgeSchedule): Date {
  const time = effectiveNudgeTime(schedule.nudgeTime, schedule.quiet);
  const at = zonedInstant(day, time, schedule.timeZone);
  if (schedule.quiet && isQuietAt(at, schedule.quiet, schedule.timeZone))
    return zonedInstant(day, schedule.quiet.to, schedule.timeZone);
  return at;
}

export interface PlannedNudge {
  /** The person's local day the nudge belongs to. */
  day: string;
  at: Date;
}

/** The first nudge at or after `from`: today's when its time has not passed, else tomorrow's. */
export function nextNudge(from: Date, schedule: NudgeSchedule): PlannedNudge {
  const today = localDay(from, schedule.timeZone);
  const at = nudgeInstant(today, schedule);
  if (at.getTime() >= from.getTime()) return { day: today, at };
  const tomorrow = addDays(today, 1);
  return { day: tomorrow, at: nudgeInstant(tomorrow, schedule) };
}

/** Whether a nudge planned for `at` may still go out at `now` (not early, and not too late). */
export function isDueNow(at: Date, now: Date): boolean {
  const late = now.getTime() - at.getTime();
  return late >= 0 && late <= LATE_LIMIT_MS;
}
