/**
 * Today: the one or two small things for today, this week's rhythm, and what
 * is waiting on me — in one request and one snapshot query. Features plug in
 * through TodayProvider (see today.types.ts).
 */

import type { AliasedExpression } from 'kysely';
import { addDays, isoWeek, isoWeekAt, localDay } from '../../../core/calendar';
import type { CheckResult } from '../../../core/scoring';
import type { Today, TodayItem } from '../../../shared/program-api';
import type { Db } from '../../db/database';
import { prepareQuery, type SlotValues, slot } from '../../db/prepared';
import type { AuthContext } from '../../lib/auth-context';
import { checkResultsOf, optInsOfCouple } from '../check/check.repository';
import { BOTH } from '../check/sharing.service';
import type { ServiceDeps } from '../deps';
import { assemblePlan } from '../plan/plan.service';
import {
  PLAN_LAST_CHECK_AT,
  type SnapshotBuilder,
  type TodayFrame,
  type TodayProvider,
  textOf,
} from './today.types';

/** At most three things at once; the first is the obvious next step. */
const MAX_NOW = 3;

export function todayFrame(deps: Pick<ServiceDeps, 'clock'>, auth: AuthContext): TodayFrame {
  const now = deps.clock.now();
  const day = localDay(now, auth.couple?.timeZone ?? auth.user.timeZone);
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  const weekStart = addDays(day, -weekday);
  return {
    auth,
    now,
    day,
    weekStart,
    weekEnd: addDays(weekStart, 6),
    week: isoWeek(day),
    personalWeek: isoWeekAt(now, auth.user.timeZone),
  };
}

/** Today's own inputs: the latest check results the plan may use. */
function planSnapshot(eb: SnapshotBuilder, auth: AuthContext) {
  const latest = (userId: string, inCouple?: string) =>
    checkResultsOf(eb.selectFrom('check_results'), userId, inCouple)
      .select('result')
      .orderBy('taken_at', 'desc')
      .limit(1);
  const out: AliasedExpression<unknown, string>[] = [
    latest(auth.user.id).as('plan_mine'),
    eb
      .selectFrom('check_results')
      .select((e) => e.fn.max('taken_at').as('m'))
      .where('user_id', '=', auth.user.id)
      .as(PLAN_LAST_CHECK_AT),
  ];
  const couple = auth.couple;
  if (couple) {
    out.push(
      latest(couple.partnerId, couple.id)
        .where(optInsOfCouple(eb, couple.id, 'check'), '=', BOTH)
        .as('plan_partner'),
    );
  }
  return out;
}

/** Shapes to build the two snapshot variants from; every value in them becomes a slot. */
const SOLO_FRAME: TodayFrame = {
  auth: {
    sessionId: '',
    route: 'together',
    routeKept: 'nowhere',
    user: { id: '', email: '', displayName: '', timeZone: 'UTC', createdAt: '' },
    couple: null,
  },
  now: new Date(0),
  day: '',
  weekStart: '',
  weekEnd: '',
  week: '',
  personalWeek: '',
};
const COUPLE_FRAME: TodayFrame = {
  ...SOLO_FRAME,
  auth: {
    ...SOLO_FRAME.auth,
    couple: { id: '', timeZone: 'UTC', since: '', partnerId: '', partnerName: '' },
  },
};

function parseResult(value: string | null): CheckResult | null {
  return value ? (JSON.parse(value) as CheckResult) : null;
}

/**
 * The frame with every value the snapshot may bind replaced by a slot, so the
 * snapshot query is built and compiled once per shape (alone, or in a couple).
 */
function slottedFrame(frame: TodayFrame): TodayFrame {
  const { auth } = frame;
  return {
    ...frame,
    day: slot('day'),
    weekStart: slot('weekStart'),
    weekEnd: slot('weekEnd'),
    week: slot('week'),
    personalWeek: slot('personalWeek'),
    auth: {
      ...auth,
      sessionId: slot('sessionId'),
      user: { ...auth.user, id: slot('userId'), timeZone: slot('userTimeZone') },
      couple: auth.couple
        ? {
            ...auth.couple,
            id: slot('coupleId'),
            partnerId: slot('partnerId'),
            timeZone: slot('coupleTimeZone'),
          }
        : null,
    },
  };
}

function slotValues(frame: TodayFrame): SlotValues {
  const { auth } = frame;
  return {
    day: frame.day,
    weekStart: frame.weekStart,
    weekEnd: frame.weekEnd,
    week: frame.week,
    personalWeek: frame.personalWeek,
    sessionId: auth.sessionId,
    userId: auth.user.id,
    userTimeZone: auth.user.timeZone,
    coupleId: auth.couple?.id ?? null,
    partnerId: auth.couple?.partnerId ?? null,
    coupleTimeZone: auth.couple?.timeZone ?? null,
  };
}

/** One snapshot query for all providers, compiled once per shape and provider list. */
export function createTodaySnapshot(providers: readonly TodayProvider[]) {
  const query = prepareQuery((db, variant) => {
    const template = slottedFrame(variant === 'couple' ? COUPLE_FRAME : SOLO_FRAME);
    return db.selectNoFrom((eb) => [
      ...planSnapshot(eb, template.auth),
      ...providers.flatMap((p) => p.snapshot(eb, template)),
    ]);
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
  const frame = todayFrame(deps, auth);
  const values = await snapshotOf(deps.db, frame);
  const snapshot = values as Record<string, unknown>;
  const plan = assemblePlan(auth, {
    mine: parseResult(textOf(snapshot, 'plan_mine')),
    partner: parseResult(textOf(snapshot, 'plan_partner')),
    lastCheckAt: textOf(snapshot, PLAN_LAST_CHECK_AT) ?? undefined,
  });
  const contributions = await Promise.all(
    providers.map((p) => p.contribute(snapshot, frame, { deps, plan })),
  );
  const items: TodayItem[] = contributions
    .flatMap((c) => c.items ?? [])
    .sort((a, b) => a.priority - b.priority);
  const progress: Record<string, number> = Object.assign(
    {},
    ...contributions.map((c) => c.week ?? {}),
  );
  const todo = items.filter((i) => i.status !== 'done');
  return {
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
}
