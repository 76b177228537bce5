/**
 * The weekly check-in's rules: when it happens (a weekday and a local time in
 * the couple's time zone, kept across daylight-saving changes), which week's
 * check-in is the current one, the focus-mode steps and what each reveals,
 * which agreements come back for review, and when a concern has stayed open
 * long enough to be raised gently with its owner.
 */
import { addDays, localDay } from './calendar';
import { zoneFormatters } from './zone-formatters';

/** ISO weekdays: 1 is Monday, 7 is Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface CheckinSchedule {
  weekday: Weekday;
  /** Local wall-clock time "HH:MM" in the couple's time zone. */
  time: string;
}

/** Lengths of what a person writes for a check-in; shared with the web's forms. */
export const CHECKIN_LIMITS = { note: 2000, goals: 4000, agreement: 500 } as const;

export const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

// ---------------------------------------------------------------- time zones

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

const offsetFormatter = zoneFormatters('en-US', {
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** How far `timeZone`'s wall clock is ahead of UTC at `instantMs`, in milliseconds. */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of offsetFormatter(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  // Whole minutes: the formatter drops milliseconds.
  return wall - Math.floor(instantMs / 1000) * 1000;
}

function wallClockMs(day: string, time: string): number {
  const [year, month, date] = day.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1, hour ?? 0, minute ?? 0);
}

/**
 * The instant a local wall-clock time happens on a calendar day in a time
 * zone. The local time stays; the UTC instant moves with daylight saving. A
 * time that happens twice (clocks go back) is the first of the two; a time
 * that does not exist (clocks go forward) moves forward by the gap, so 02:30
 * on a spring-forward night in Berlin is 03:30.
 */
export function zonedInstant(day: string, time: string, timeZone: string): Date {
  const wall = wallClockMs(day, time);
  // A day's offsets: the one before any change that night and the one after.
  const before = zoneOffsetMs(wall - DAY_MS, timeZone);
  const after = zoneOffsetMs(wall + DAY_MS, timeZone);
  const valid = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => wall - instant === zoneOffsetMs(instant, timeZone));
  if (valid.length > 0) return new Date(Math.min(...valid));
  // In the gap: read the wall time with the offset from before the change.
  return new Date(wall - before);
}

/** The ISO weekday (1 Monday … 7 Sunday) of a calendar day. */
export function weekdayOf(day: string): Weekday {
  return (((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1) as Weekday;
}

/** The first day on or after `from` that falls on `weekday`. */
export function nextDayOnWeekday(from: string, weekday: Weekday): string {
  return addDays(from, (weekday - weekdayOf(from) + 7) % 7);
}

/** The instant a local calendar day ends (the next day's midnight, or what stands for it). */
export function endOfLocalDay(day: string, timeZone: string): Date {
  return zonedInstant(addDays(day, 1), '00:00', timeZone);
}

/** A running count of ISO weeks: consecutive weeks differ by one. */
export function weekNumber(day: string): number {
  const monday = addDays(day, 1 - weekdayOf(day));
  return Math.round(new Date(`${monday}T00:00:00Z`).getTime() / (7 * DAY_MS));
}

// ---------------------------------------------------------------- which check-in is current

export interface CurrentCheckinInput {
  schedule: CheckinSchedule;
  timeZone: string;
  now: Date;
  /** The day of the latest check-in that was finished, if any. */
  lastFinishedDay: string | null;
  /** The day of a check-in under way (started, not finished) that has not ended yet. */
  inProgressDay: string | null;
}

export interface CurrentCheckin {
  /** The check-in's local calendar day in the couple's time zone. */
  day: string;
  /** When it is planned to begin. */
  at: Date;
}

/**
 * The check-in the couple is heading for: one under way stays current until
 * it is finished or its day ends; otherwise the next scheduled day whose end
 * has not passed (the check-in day itself stays current all day), skipping a
 * day whose check-in is already finished. So a check-in is current from the
 * end of the one before until the end of its own day.
 */
export function currentCheckin(input: CurrentCheckinInput): CurrentCheckin {
  const { schedule, timeZone, now } = input;
  const today = localDay(now, timeZone);
  if (input.inProgressDay !== null && input.inProgressDay >= today) {
    return {
      day: input.inProgressDay,
      at: zonedInstant(input.inProgressDay, schedule.time, timeZone),
    };
  }
  let day = nextDayOnWeekday(today, schedule.weekday);
  if (input.lastFinishedDay !== null && day <= input.lastFinishedDay) {
    day = nextDayOnWeekday(addDays(input.lastFinishedDay, 1), schedule.weekday);
  }
  return { day, at: zonedInstant(day, schedule.time, timeZone) };
}

/** "today" or "tomorrow" when the check-in is that close (in the couple's days), else null. */
export function checkinIsNear(checkinDay: string, today: string): 'today' | 'tomorrow' | null {
  if (checkinDay === today) return 'today';
  if (checkinDay === addDays(today, 1)) return 'tomorrow';
  return null;
}

// ---------------------------------------------------------------- focus mode

/** Focus mode, in order: waiting to begin, the four kinds of notes, agreements, done. */
export const CHECKIN_STEPS = [
  'waiting',
  'appreciations',
  'successes',
  'concerns',
  'goals',
  'agreements',
  'done',
] as const;
export type CheckinStep = (typeof CHECKIN_STEPS)[number];

/** The prepared notes, each with the step that reveals it. */
export const NOTE_STEPS = {
  appreciation: 'appreciations',
  success: 'successes',
  concern: 'concerns',
  goals: 'goals',
} as const satisfies Record<string, CheckinStep>;
export type NoteKey = keyof typeof NOTE_STEPS;
export const NOTE_KEYS = Object.keys(NOTE_STEPS) as NoteKey[];

export function stepIndex(step: CheckinStep): number {
  return CHECKIN_STEPS.indexOf(step);
}

/** The step after (or before) this one; the ends stay where they are. "done" is final. */
export function moveStep(step: CheckinStep, direction: 'next' | 'back'): CheckinStep {
  if (step === 'done') return step;
  const index = stepIndex(step) + (direction === 'next' ? 1 : -1);
  // Back never returns to "waiting": once begun, a check-in has begun.
  const lowest = step === 'waiting' ? 0 : 1;
  return CHECKIN_STEPS[Math.min(CHECKIN_STEPS.length - 1, Math.max(lowest, index))] ?? step;
}

/** Whether the check-in has begun and is not over. */
export function isUnderWay(step: CheckinStep): boolean {
  return step !== 'waiting' && step !== 'done';
}

/**
 * Whether a note has been revealed to the partner: its step has come in
 * focus mode (and stays revealed for the rest of that check-in). A concern
 * kept private is never revealed.
 */
export function isNoteRevealed(note: NoteKey, current: CheckinStep, keptPrivate = false): boolean {
  if (note === 'concern' && keptPrivate) return false;
  return stepIndex(current) >= stepIndex(NOTE_STEPS[note]);
}

// ---------------------------------------------------------------- agreements

export const REVIEW_OUTCOMES = ['kept', 'partly', 'not-yet'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export interface AgreementHistory {
  id: string;
  /** The day of the check-in it was made in. */
  madeDay: string;
  /** Its reviews, each in a later check-in. */
  reviews: readonly { day: string; outcome: ReviewOutcome }[];
}

/** Where an agreement stands: its latest review, or "open" before any. */
export function agreementStatus(agreement: AgreementHistory): ReviewOutcome | 'open' {
  const latest = [...agreement.reviews].sort((a, b) => (a.day < b.day ? -1 : 1)).at(-1);
  return latest?.outcome ?? 'open';
}

/**
 * The agreements that come back for review in the check-in on `day`, with
 * the outcome given there (null until reviewed): every agreement made in an
 * earlier check-in whose latest review before this day is not "kept".
 * "Partly" and "not yet" carry on to the next week; "kept" rests.
 */
export function agreementsToReview(
  agreements: readonly AgreementHistory[],
  day: string,
): { id: string; outcome: ReviewOutcome | null }[] {
  const due: { id: string; outcome: ReviewOutcome | null }[] = [];
  for (const agreement of agreements) {
    if (agreement.madeDay >= day) continue;
    const before = agreementStatus({
      ...agreement,
      reviews: agreement.reviews.filter((r) => r.day < day),
    });
    if (before === 'kept') continue;
    const here = agreement.reviews.find((r) => r.day === day);
    due.push({ id: agreement.id, outcome: here?.outcome ?? null });
  }
  return due;
}

// ---------------------------------------------------------------- concerns left open

/** How many weeks in a row a concern may stay open before it is raised with its owner. */
export const STALE_CONCERN_WEEKS = 3;

export interface CarriedConcern {
  concernId: string;
  /** The day of a check-in that is over, in which the concern was carried and left open. */
  day: string;
}

/**
 * The concerns left open in check-ins of `weeks` consecutive weeks (ISO
 * weeks, so a moved check-in day still counts as the next week). Only the
 * owner's own history goes in, and only the owner ever hears of it.
 */
export function staleConcerns(
  carried: readonly CarriedConcern[],
  weeks: number = STALE_CONCERN_WEEKS,
): string[] {
  const byConcern = new Map<string, Set<number>>();
  for (const { concernId, day } of carried) {
    const set = byConcern.get(concernId) ?? new Set<number>();
    set.add(weekNumber(day));
    byConcern.set(concernId, set);
  }
  const stale: string[] = [];
  for (const [concernId, set] of byConcern) {
    const sorted = [...set].sort((a, b) => a - b);
    let run = 0;
    let longest = 0;
    for (let i = 0; i < sorted.length; i += 1) {
      run = i > 0 && sorted[i] === (sorted[i - 1] ?? 0) + 1 ? run + 1 : 1;
      longest = Math.max(longest, run);
    }
    if (longest >= weeks) stale.push(concernId);
  }
  return stale;
}
