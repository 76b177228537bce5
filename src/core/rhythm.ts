/**
 * The weekly rhythm, week by week: what the plan asked and what was done,
 * with gentle counts of the weeks kept. Nothing here is a streak: a quiet
 * week is one week among the others and never resets anything.
 */
import { addDays, isoWeek } from './calendar';
import type { RhythmEntry, RhythmId } from './plan';

export interface RhythmWeek {
  /** ISO week, "2026-W09". */
  week: string;
  /** Monday and Sunday, as calendar days. */
  start: string;
  end: string;
}

/** Monday of the week a day falls in. */
export function mondayOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** The week holding `day` and the `count - 1` weeks before it, newest first. */
export function weeksUpTo(day: string, count: number): RhythmWeek[] {
  const monday = mondayOf(day);
  const weeks: RhythmWeek[] = [];
  for (let i = 0; i < count; i++) {
    const start = addDays(monday, -7 * i);
    weeks.push({ week: isoWeek(start), start, end: addDays(start, 6) });
  }
  return weeks;
}

/** The position of the week a day falls in, or -1 when it is in none of them. */
export function weekIndexOf(weeks: readonly RhythmWeek[], day: string): number {
  return weeks.findIndex((w) => w.start <= day && day <= w.end);
}

/**
 * Per-week counts from the days something was done: each day counts once,
 * since once a day is the most a daily entry asks.
 */
export function countDaysByWeek(days: Iterable<string>, weeks: readonly RhythmWeek[]): number[] {
  const counts = weeks.map(() => 0);
  for (const day of new Set(days)) {
    const index = weekIndexOf(weeks, day);
    if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

/** Per-week counts from the ISO weeks something was done in (once a week at most). */
export function countWeekLabels(labels: Iterable<string>, weeks: readonly RhythmWeek[]): number[] {
  const done = new Set(labels);
  return weeks.map((w) => (done.has(w.week) ? 1 : 0));
}

export interface WeekEntry {
  id: RhythmId;
  done: number;
  target: number;
  together: boolean;
}

export interface WeekSummary {
  entries: WeekEntry[];
  /** How much of what was asked happened, each entry weighing the same (0–1). */
  share: number;
  /** At least half of the week's rhythm happened. */
  kept: boolean;
  /** Anything of the rhythm happened at all. */
  active: boolean;
}

/** A week is kept when, over its entries, at least half of what was asked happened. */
export const KEPT_SHARE = 0.5;

/**
 * One week: the planned entries that have a count (others cannot be shown),
 * each with what was done; an entry counts at most up to what it asked.
 */
export function summarizeWeek(
  planned: readonly RhythmEntry[],
  done: Partial<Record<RhythmId, number>>,
): WeekSummary {
  const entries = planned
    .filter((entry) => done[entry.id] !== undefined)
    .map((entry) => ({
      id: entry.id,
      done: done[entry.id] ?? 0,
      target: entry.timesPerWeek,
      together: entry.together,
    }));
  const shares = entries.map((e) => (e.target > 0 ? Math.min(1, e.done / e.target) : 1));
  const share = shares.length > 0 ? shares.reduce((a, b) => a + b, 0) / shares.length : 0;
  return {
    entries,
    share,
    kept: entries.length > 0 && share >= KEPT_SHARE - 1e-9,
    active: entries.some((e) => e.done > 0),
  };
}

export interface WeekCounts {
  /** Finished weeks counted. */
  weeks: number;
  kept: number;
  active: number;
}

/** Gentle counts over finished weeks: how many were kept, how many had anything at all. */
export function countWeeks(weeks: readonly Pick<WeekSummary, 'kept' | 'active'>[]): WeekCounts {
  return {
    weeks: weeks.length,
    kept: weeks.filter((w) => w.kept).length,
    active: weeks.filter((w) => w.active).length,
  };
}

/** For each entry, in how many of these weeks it happened at least once (and was asked). */
export function weeksWithEntry(
  weeks: readonly Pick<WeekSummary, 'entries'>[],
): { id: RhythmId; asked: number; happened: number }[] {
  const byId = new Map<RhythmId, { asked: number; happened: number }>();
  for (const week of weeks) {
    for (const entry of week.entries) {
      const counts = byId.get(entry.id) ?? { asked: 0, happened: 0 };
      counts.asked += 1;
      if (entry.done > 0) counts.happened += 1;
      byId.set(entry.id, counts);
    }
  }
  return [...byId].map(([id, counts]) => ({ id, ...counts }));
}

/**
 * "Welcome back": something happened this week after a finished week when
 * nothing did. Said warmly, once, and never as a count of what was missed.
 */
export function isWelcomeBack(
  current: Pick<WeekSummary, 'active'>,
  finishedNewestFirst: readonly Pick<WeekSummary, 'active'>[],
): boolean {
  const last = finishedNewestFirst[0];
  return current.active && last !== undefined && !last.active;
}
