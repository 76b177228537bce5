/**
 * Today: the one or two small things for today, this week's rhythm, and what
 * is waiting on me — in one request and one snapshot query. Features plug in
 * through TodayProvider (see today.types.ts).
 */

import type { AliasedExpression } from 'kysely';
import { addDays, isoWeek, localDay } from '../../../core/calendar';
import { kindsFromMask } from '../../../core/life-events';
import type { CheckResult } from '../../../core/scoring';
import { MUTUAL_OPT_INS } from '../../../core/visibility';
import type { Today, TodayItem } from '../../../shared/program-api';
import type { Db } from '../../db/database';
import { prepareQuery, type SlotValues, slot } from '../../db/prepared';
import type { AuthContext } from '../../lib/auth-context';
import type { Built } from '../../lib/personal-cache';
import {
  lastCheckAtSubquery,
  latestResultSubquery,
  optInsOfCouple,
  parseStoredResult,
} from '../check/check.queries';
import type { ServiceDeps } from '../deps';
import { scopeKey } from '../dialogue/dialogue.service';
import { assemblePlan } from '../plan/plan.service';
import { holdingKindsMaskSubquery, lastChangeSubquery } from '../rhythm/rhythm.queries';
import {
  countOf,
  PLAN_LAST_CHECK_AT,
  type SnapshotBuilder,
  type SnapshotParams,
  type TodayFrame,
  type TodayProvider,
  textOf,
} from './today.types';

/** At most three things at once; the first is the obvious next step. */
export const MAX_NOW = 3;

/**
 * Where the day's question stands among the providers' priorities (see
 * rankOf): in a couple right after what is the person's own and private
 * (their support, the first private questions) and before the first steps
 * of the program; alone, among the first three beside those first steps.
 */
const QUESTION_RANK = { together: 5, alone: 12 } as const;

/**
 * The order Today shows things in. Providers give each item its priority;
 * what needs the whole picture is decided here, once: the day's question is
 * what a couple does together, so it leads their day, and someone alone
 * still meets the daily habit on their first day.
 */
function rankOf(item: TodayItem, linked: boolean): number {
  if (item.kind !== 'question') return item.priority;
  return Math.min(item.priority, linked ? QUESTION_RANK.together : QUESTION_RANK.alone);
}

/**
 * What is left to do today, in order: things I can do now before things that
 * wait on my partner (an answered question is not a next step), then by rank.
 */
export function orderToday(items: readonly TodayItem[], linked: boolean): TodayItem[] {
  return items
    .filter((item) => item.status !== 'done')
    .map((item) => ({ ...item, priority: rankOf(item, linked) }))
    .sort(
      (a, b) =>
        Number(a.status === 'waiting') - Number(b.status === 'waiting') || a.priority - b.priority,
    );
}

interface WeekOfDay {
  weekStart: string;
  weekEnd: string;
  week: string;
}

/** The week of each day asked lately: only a few days are in use at once, and computing it was about 5 % of a kept Today. */
const weeks = new Map<string, WeekOfDay>();

function weekOf(day: string): WeekOfDay {
  let found = weeks.get(day);
  if (!found) {
    const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
    const weekStart = addDays(day, -weekday);
    found = { weekStart, weekEnd: addDays(weekStart, 6), week: isoWeek(day) };
    if (weeks.size >= 64) weeks.clear();
    weeks.set(day, found);
  }
  return found;
}

export function todayFrame(deps: Pick<ServiceDeps, 'clock'>, auth: AuthContext): TodayFrame {
  const now = deps.clock.now();
  const day = localDay(now, auth.couple?.timeZone ?? auth.user.timeZone);
  const { weekStart, weekEnd, week } = weekOf(day);
  return {
    auth,
    now,
    day,
    weekStart,
    weekEnd,
    week,
    personalWeek: weekOf(localDay(now, auth.user.timeZone)).week,
  };
}

/** Today's own inputs: the latest check results the plan may use, and the life events that hold. */
function planSnapshot(eb: SnapshotBuilder, { userId, couple, scope, day }: SnapshotParams) {
  const out: AliasedExpression<unknown, string>[] = [
    latestResultSubquery(eb, userId).as('plan_mine'),
    lastCheckAtSubquery(eb, userId).as(PLAN_LAST_CHECK_AT),
    // The daily question's scope is also the life events' one: the couple's, or mine alone.
    holdingKindsMaskSubquery(eb, scope, day).as('plan_life_kinds'),
    lastChangeSubquery(eb, scope, day).as('plan_life_change'),
  ];
  if (couple) {
    out.push(
      latestResultSubquery(eb, couple.partnerId, couple.id)
        .where(optInsOfCouple(eb, couple.id, 'check'), '=', MUTUAL_OPT_INS)
        .as('plan_partner'),
    );
  }
  return out;
}

/** Today's own snapshot names; every other name starts with its provider's id. */
const PLAN_NAMES = new Set([
  'plan_mine',
  'plan_partner',
  PLAN_LAST_CHECK_AT,
  'plan_life_kinds',
  'plan_life_change',
]);

/** The parameters as slots, for a query compiled once per shape. */
function slottedParams(linked: boolean): SnapshotParams {
  const userId = slot('userId');
  const coupleId = slot('coupleId');
  return {
    userId,
    couple: linked ? { id: coupleId, partnerId: slot('partnerId') } : null,
    scope: scopeKey(userId, linked ? coupleId : null),
    day: slot('day'),
    weekStart: slot('weekStart'),
    weekEnd: slot('weekEnd'),
    week: slot('week'),
    personalWeek: slot('personalWeek'),
  };
}

function parseResult(value: string | null): CheckResult | null {
  return value ? parseStoredResult(value) : null;
}

function slotValues(frame: TodayFrame): SlotValues {
  const { auth } = frame;
  return {
    day: frame.day,
    weekStart: frame.weekStart,
    weekEnd: frame.weekEnd,
    week: frame.week,
    personalWeek: frame.personalWeek,
    userId: auth.user.id,
    coupleId: auth.couple?.id ?? null,
    partnerId: auth.couple?.partnerId ?? null,
  };
}

/** The alias of each snapshot value must be Today's own or start with its provider's id. */
function checkedNames(
  provider: TodayProvider,
  values: AliasedExpression<unknown, string>[],
): AliasedExpression<unknown, string>[] {
  for (const value of values) {
    const name = typeof value.alias === 'string' ? value.alias : '';
    if (!name.startsWith(`${provider.id}_`) || PLAN_NAMES.has(name))
      throw new Error(`Today provider "${provider.id}" names a snapshot value "${name}"`);
  }
  return values;
}

/** One snapshot query for all providers, compiled once per shape and provider list. */
export function createTodaySnapshot(providers: readonly TodayProvider[]) {
  const query = prepareQuery((db, variant) => {
    const params = slottedParams(variant === 'couple');
    return db.selectNoFrom((eb) => {
      const all = [
        ...planSnapshot(eb, params),
        ...providers.flatMap((p) => checkedNames(p, p.snapshot(eb, params))),
      ];
      const names = all.map((value) => String(value.alias));
      const repeated = names.filter((name, i) => names.indexOf(name) !== i);
      if (repeated.length > 0) throw new Error(`Today's snapshot repeats ${repeated.join(', ')}`);
      return all;
    });
  });
  return async (db: Db, frame: TodayFrame): Promise<Record<string, unknown>> => {
    const rows = await query(db, slotValues(frame), frame.auth.couple ? 'couple' : 'solo');
    return (rows[0] ?? {}) as Record<string, unknown>;
  };
}

export type TodaySnapshot = ReturnType<typeof createTodaySnapshot>;

export async function getToday(
  deps: ServiceDeps,
  auth: AuthContext,
  providers: readonly TodayProvider[],
  snapshotOf: TodaySnapshot,
): Promise<Today> {
  return (await buildToday(deps, todayFrame(deps, auth), providers, snapshotOf)).value;
}

/**
 * What the route keeps a reply by, besides the person: what the time and the
 * device change without a write (the day, the personal week, the routing
 * this device adds).
 */
export function todayKey(frame: TodayFrame): string {
  const { auth } = frame;
  return `${auth.couple?.id ?? ''}|${auth.route}|${auth.routeKept}|${frame.day}|${frame.personalWeek}`;
}

/** Today for a frame, and the next instant the time alone would change it (Infinity: not before the day ends). */
export async function buildToday(
  deps: ServiceDeps,
  frame: TodayFrame,
  providers: readonly TodayProvider[],
  snapshotOf: TodaySnapshot,
): Promise<Built<Today>> {
  const { auth } = frame;
  const values = await snapshotOf(deps.db, frame);
  const snapshot = values as Record<string, unknown>;
  const plan = assemblePlan(auth, {
    mine: parseResult(textOf(snapshot, 'plan_mine')),
    partner: parseResult(textOf(snapshot, 'plan_partner')),
    lastCheckAt: textOf(snapshot, PLAN_LAST_CHECK_AT) ?? undefined,
    lifeEvents: {
      kinds: kindsFromMask(countOf(snapshot, 'plan_life_kinds')),
      lastChangeDay: textOf(snapshot, 'plan_life_change'),
    },
  });
  const contributions = await Promise.all(
    providers.map((p) => p.contribute(snapshot, frame, { deps, plan })),
  );
  const todo = orderToday(
    contributions.flatMap((c) => c.items ?? []),
    auth.couple !== null,
  );
  const progress: Record<string, number> = Object.assign(
    {},
    ...contributions.map((c) => c.week ?? {}),
  );
  let until = Number.POSITIVE_INFINITY;
  for (const c of contributions)
    if (c.changesAt !== undefined) until = Math.min(until, c.changesAt);
  const value: Today = {
    day: frame.day,
    partnerName: auth.couple?.partnerName ?? null,
    now: todo.slice(0, MAX_NOW),
    waiting: todo.slice(MAX_NOW),
    week: plan.rhythm
      .filter((r) => r.id in progress)
      .map((r) => ({
        id: r.id,
        done: progress[r.id] ?? 0,
        target: r.timesPerWeek,
        together: r.together,
      })),
    individual: plan.individual,
  };
  return { value, until };
}
