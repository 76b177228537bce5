/**
 * Date nights and shared experiences: the idea library's filters, local times
 * in a time zone, and when a planned date is upcoming, under way or past.
 * Pure: no I/O, no clock (the caller passes `now`).
 */
import { WALL_TIME_PATTERN, wallTimeOf } from './wall-clock';

export const DATE_SETTINGS = ['home', 'out'] as const;
export type DateSetting = (typeof DATE_SETTINGS)[number];

export const DATE_COSTS = ['free', '$', '$$', '$$$'] as const;
export type DateCost = (typeof DATE_COSTS)[number];

export const DATE_ENERGIES = ['low', 'medium', 'high'] as const;
export type DateEnergy = (typeof DATE_ENERGIES)[number];

/** `any` stands alone: an idea for every season lists only `any`. */
export const DATE_SEASONS = ['any', 'spring', 'summer', 'autumn', 'winter'] as const;
export type DateSeason = (typeof DATE_SEASONS)[number];

/** The time an idea needs, in three plain bands. */
export const TIME_NEEDED = ['short', 'medium', 'long'] as const;
export type TimeNeeded = (typeof TIME_NEEDED)[number];

/** Up to an hour is short; up to three hours is an evening; anything longer is half a day or more. */
export const TIME_BANDS: Readonly<Record<TimeNeeded, { min: number; max: number }>> = {
  short: { min: 0, max: 60 },
  medium: { min: 61, max: 180 },
  long: { min: 181, max: Number.POSITIVE_INFINITY },
};

export function timeNeededOf(minutes: number): TimeNeeded {
  if (minutes <= TIME_BANDS.short.max) return 'short';
  if (minutes <= TIME_BANDS.medium.max) return 'medium';
  return 'long';
}

/** The limits of what a person writes on a planned date (the reflection uses the shared `LIMITS.reflection`). */
export const DATE_LIMITS = {
  title: 80,
  place: 120,
  notes: 1000,
  minDuration: 15,
  maxDuration: 24 * 60,
  /** A date that already happened can still be written down, this many days back. */
  pastDays: 60,
  /** And planned this many days ahead. */
  futureDays: 2 * 366,
} as const;

type IntimacyKind = 'emotional' | 'physical' | 'intellectual';

/** What the library's filters look at. */
export interface IdeaTraits {
  kinds: readonly IntimacyKind[];
  setting: DateSetting;
  cost: DateCost;
  minutes: number;
  energy: DateEnergy;
  seasons: readonly DateSeason[];
  distance?: boolean | undefined;
}

/** A filter of the library; every field left out lets everything through. */
export interface IdeaFilter {
  setting?: DateSetting | undefined;
  cost?: DateCost | undefined;
  time?: TimeNeeded | undefined;
  energy?: DateEnergy | undefined;
  /** A season the idea fits: an idea for `any` season fits every one. */
  season?: Exclude<DateSeason, 'any'> | undefined;
  kind?: IntimacyKind | undefined;
  /** Only ideas that work for a couple living apart. */
  distance?: boolean | undefined;
}

/** Whether an idea passes the filter. The server and the web filter with this one function. */
export function matchesIdeaFilter(idea: IdeaTraits, filter: IdeaFilter): boolean {
  if (filter.setting && idea.setting !== filter.setting) return false;
  if (filter.cost && idea.cost !== filter.cost) return false;
  if (filter.time && timeNeededOf(idea.minutes) !== filter.time) return false;
  if (filter.energy && idea.energy !== filter.energy) return false;
  if (filter.kind && !idea.kinds.includes(filter.kind)) return false;
  if (filter.distance && idea.distance !== true) return false;
  if (filter.season && !idea.seasons.includes('any') && !idea.seasons.includes(filter.season))
    return false;
  return true;
}

// ---------------------------------------------------------------- local times

/** True for a well-formed "YYYY-MM-DDTHH:mm" that names a real calendar minute. */
export function isLocalDateTime(value: string): boolean {
  const m = WALL_TIME_PATTERN.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute));
  return (
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day &&
    hour < 24 &&
    minute < 60
  );
}

/** How far a zone's wall clock is ahead of UTC at an instant, in minutes. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const local = wallTimeOf(instant, timeZone);
  const asUtc = Date.parse(`${local}:00Z`);
  const truncated = Math.floor(instant.getTime() / 60_000) * 60_000;
  return Math.round((asUtc - truncated) / 60_000);
}

/**
 * The instant a wall-clock time names in a time zone. A time the clocks skip
 * (the hour lost when summer time starts) moves forward by the gap, as phones
 * do; a time that happens twice (the hour repeated in autumn) is the first.
 */
export function instantOfLocal(local: string, timeZone: string): Date {
  if (!isLocalDateTime(local)) throw new RangeError(`Not a local date and time: ${local}`);
  const naive = Date.parse(`${local}:00Z`);
  // Two candidate offsets: the zone's offset a day either side covers any transition.
  const offsets = new Set([
    offsetMinutes(new Date(naive - 86_400_000), timeZone),
    offsetMinutes(new Date(naive + 86_400_000), timeZone),
  ]);
  const candidates = [...offsets]
    .map((offset) => new Date(naive - offset * 60_000))
    .filter((candidate) => wallTimeOf(candidate, timeZone) === local)
    .sort((a, b) => a.getTime() - b.getTime());
  const first = candidates[0];
  if (first) return first;
  // Skipped by the clocks: the offset before the gap, which lands just after it.
  const before = offsetMinutes(new Date(naive - 86_400_000), timeZone);
  return new Date(naive - before * 60_000);
}

/** Where a planned date stands at `now`. */
export type DatePhase = 'upcoming' | 'now' | 'past';

export function datePhase(startsAt: Date, durationMinutes: number, now: Date): DatePhase {
  const start = startsAt.getTime();
  const end = start + durationMinutes * 60_000;
  if (now.getTime() < start) return 'upcoming';
  if (now.getTime() < end) return 'now';
  return 'past';
}

/** A reflection is written once the date has begun. */
export function canReflect(startsAt: Date, now: Date): boolean {
  return now.getTime() >= startsAt.getTime();
}

/** Why a start time cannot be planned, or null when it can. */
export function scheduleProblem(
  startsAt: Date,
  now: Date,
): 'too-far-back' | 'too-far-ahead' | null {
  const day = 86_400_000;
  if (startsAt.getTime() < now.getTime() - DATE_LIMITS.pastDays * day) return 'too-far-back';
  if (startsAt.getTime() > now.getTime() + DATE_LIMITS.futureDays * day) return 'too-far-ahead';
  return null;
}
