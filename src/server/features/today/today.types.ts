/**
 * How a feature contributes to Today. Each provider adds named scalar values
 * to Today's one snapshot query, then turns them into items. Today's own code
 * never changes when a feature joins: the feature adds a provider to the list
 * in app.ts.
 */
import type { AliasedExpression, ExpressionBuilder } from 'kysely';
import type { Plan, TodayItem } from '../../../shared/program-api';
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

export type SnapshotBuilder = ExpressionBuilder<Database, never>;
export type SnapshotValues = Readonly<Record<string, unknown>>;

export interface WeekEntry {
  id: string;
  done: number;
  target: number;
  together: boolean;
}

export interface TodayContribution {
  items?: TodayItem[];
  /** Progress for rhythm entries this feature owns (by plan rhythm id). */
  week?: Record<string, number>;
}

export interface TodayProvider {
  id: string;
  /**
   * Named scalar subqueries; names must start with the provider id. The query
   * is compiled once per shape: values from the frame go into the SQL as bound
   * values only, and the only thing the SQL's shape may depend on is whether
   * the person is in a couple.
   */
  snapshot(eb: SnapshotBuilder, frame: TodayFrame): AliasedExpression<unknown, string>[];
  contribute(
    values: SnapshotValues,
    frame: TodayFrame,
    context: { deps: ServiceDeps; plan: Plan },
  ): TodayContribution | Promise<TodayContribution>;
}

/** Today's own snapshot value: when I last took the check (null when never). Providers may read it. */
export const PLAN_LAST_CHECK_AT = 'plan_mine_at';

/** Reads a count (a string on PostgreSQL, a number on SQLite). */
export function countOf(values: SnapshotValues, key: string): number {
  return Number(values[key] ?? 0);
}

export function textOf(values: SnapshotValues, key: string): string | null {
  const value = values[key];
  return typeof value === 'string' ? value : null;
}
