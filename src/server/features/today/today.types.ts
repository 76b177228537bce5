/**
 * How a feature contributes to Today. Each provider adds named scalar values
 * to Today's one snapshot query, then turns them into items. Today's own code
 * never changes when a feature joins: the feature adds a provider to the list
 * in app.ts.
 */
import type { AliasedExpression, ExpressionBuilder } from 'kysely';
import type { Plan, RhythmId, TodayItem } from '../../../shared/program-api';
import type { Database } from '../../db/types';
import type { AuthContext } from '../../lib/auth-context';
import type { ServiceDeps } from '../deps';

export interface TodayFrame {
  auth: AuthContext;
  now: Date;
  /** Today in the couple's time zone (or mine, when alone). */
  day: string;
  /** Monday and Sunday of this week, as calendar days. */
  weekStart: string;
  weekEnd: string;
  /** The ISO week of that day, "2026-W10". */
  week: string;
  /** The ISO week in my own time zone (the pulse is personal). */
  personalWeek: string;
}

/**
 * What a snapshot may put in its SQL: only these values, each of them a slot
 * bound at execution time (see db/prepared.ts). There is no clock, no name
 * and no route here, so nothing of one request can be baked into the query
 * that is compiled once and then run for everyone.
 */
export interface SnapshotParams {
  userId: string;
  /** Present when the person is in a couple: the only thing the SQL's shape may depend on. */
  couple: { id: string; partnerId: string } | null;
  /** The daily question's deck: the couple's, or the person's own. */
  scope: string;
  day: string;
  weekStart: string;
  weekEnd: string;
  week: string;
  personalWeek: string;
}

export type SnapshotBuilder = ExpressionBuilder<Database, never>;
export type SnapshotValues = Readonly<Record<string, unknown>>;

export interface TodayContribution {
  items?: TodayItem[];
  /** Progress for rhythm entries this feature owns. */
  week?: Partial<Record<RhythmId, number>>;
  /**
   * The next instant (ms since the epoch) at which the time alone would
   * change this contribution within the day: a date begins, an invitation
   * lapses, a note comes into view. Today's reply is kept no longer (see
   * lib/personal-cache.ts). A contribution that compares anything with
   * `frame.now` must say it; one that reads only the day needs nothing.
   */
  changesAt?: number;
}

export interface TodayProvider {
  id: string;
  /**
   * Named scalar subqueries; each name must start with the provider id
   * (checked when the snapshot is built). Compiled once per shape (alone, or
   * in a couple), with every value bound at execution time.
   */
  snapshot(eb: SnapshotBuilder, params: SnapshotParams): AliasedExpression<unknown, string>[];
  contribute(
    values: SnapshotValues,
    frame: TodayFrame,
    context: { deps: ServiceDeps; plan: Plan },
  ): TodayContribution | Promise<TodayContribution>;
}

/** Today's own snapshot value: when I last took the check (null when never). Providers may read it. */
export const PLAN_LAST_CHECK_AT = 'plan_mine_at';

/** The earliest of the instants still to come after `frame.now`, for a contribution's changesAt. */
export function nextChange(
  frame: Pick<TodayFrame, 'now'>,
  ...instants: (number | null | undefined)[]
): number | undefined {
  const now = frame.now.getTime();
  let next: number | undefined;
  for (const at of instants)
    if (at !== null && at !== undefined && at > now && (next === undefined || at < next)) next = at;
  return next;
}

/** Reads a count (a string on PostgreSQL, a number on SQLite). */
export function countOf(values: SnapshotValues, key: string): number {
  return Number(values[key] ?? 0);
}

export function textOf(values: SnapshotValues, key: string): string | null {
  const value = values[key];
  return typeof value === 'string' ? value : null;
}
