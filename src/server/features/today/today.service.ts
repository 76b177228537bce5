/**
 * Today: the one or two small things for today, this week's rhythm, and what
 * is waiting on me — in one request and one snapshot query. Features plug in
 * through TodayProvider (see today.types.ts).
 */

import type { AliasedExpression } from 'kysely';
import { addDays, isoWeek, localDay } from '../../../core/calendar';
import type { CheckResult } from '../../../core/scoring';
import type { Today, TodayItem } from '../../../shared/program-api';
import type { AuthContext } from '../../lib/auth-context';
import type { ServiceDeps } from '../deps';
import { assemblePlan } from '../plan/plan.service';
import { type SnapshotBuilder, type TodayFrame, type TodayProvider, textOf } from './today.types';

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
    personalWeek: isoWeek(localDay(now, auth.user.timeZone)),
  };
}

/** Today's own inputs: the latest check results the plan may use. */
function planSnapshot(eb: SnapshotBuilder, auth: AuthContext) {
  const latest = (userId: string) =>
    eb
      .selectFrom('check_results')
      .select('result')
      .where('user_id', '=', userId)
      .orderBy('taken_at', 'desc')
      .limit(1);
  const out: AliasedExpression<unknown, string>[] = [
    latest(auth.user.id).as('plan_mine'),
    eb
      .selectFrom('check_results')
      .select((e) => e.fn.max('taken_at').as('m'))
      .where('user_id', '=', auth.user.id)
      .as('plan_mine_at'),
  ];
  const couple = auth.couple;
  if (couple) {
    const bothShare = eb
      .selectFrom('sharing')
      .select((e) => e.fn.countAll().as('n'))
      .where('topic', '=', 'check')
      .where('user_id', 'in', [auth.user.id, couple.partnerId]);
    out.push(latest(couple.partnerId).where(bothShare, '=', 2).as('plan_partner'));
  }
  return out;
}

function parseResult(value: string | null): CheckResult | null {
  return value ? (JSON.parse(value) as CheckResult) : null;
}

export async function getToday(
  deps: ServiceDeps,
  auth: AuthContext,
  providers: readonly TodayProvider[],
): Promise<Today> {
  const frame = todayFrame(deps, auth);
  const values = await deps.db
    .selectNoFrom((eb) => [
      ...planSnapshot(eb, auth),
      ...providers.flatMap((p) => p.snapshot(eb, frame)),
    ])
    .executeTakeFirstOrThrow();
  const snapshot = values as Record<string, unknown>;
  const plan = assemblePlan(auth, {
    mine: parseResult(textOf(snapshot, 'plan_mine')),
    partner: parseResult(textOf(snapshot, 'plan_partner')),
    lastCheckAt: textOf(snapshot, 'plan_mine_at') ?? undefined,
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
