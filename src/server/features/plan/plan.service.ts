/** The personal plan, built by the pure rules in core from what this person may see. */
import { localDay } from '../../../core/calendar';
import { type LifeEventKind, recheckDue } from '../../../core/life-events';
import { buildPlan } from '../../../core/plan';
import type { CheckResult } from '../../../core/scoring';
import type { Plan } from '../../../shared/program-api';
import type { AuthContext } from '../../lib/auth-context';
import {
  findLatestCheckResult,
  isMutuallyShared,
  nextCheckAt,
  parseStoredResult,
} from '../check/check.queries';
import type { ServiceDeps } from '../deps';
import { lifeEventScope, lifeEventsForPlan } from '../rhythm/rhythm.queries';

/** The life events a plan is built with: the kinds that hold today, and the last day one began or was over. */
export interface PlanLifeEvents {
  kinds: readonly LifeEventKind[];
  lastChangeDay: string | null;
}

/** Assembles the plan from raw inputs; shared by GET /api/plan and Today. */
export function assemblePlan(
  auth: AuthContext,
  input: {
    mine: CheckResult | null;
    partner: CheckResult | null;
    lastCheckAt: string | undefined;
    lifeEvents: PlanLifeEvents;
  },
): Plan {
  const plan = buildPlan({
    mine: input.mine,
    partner: input.partner,
    linked: auth.couple !== null,
    route: auth.route,
    lifeEvents: input.lifeEvents.kinds,
  });
  return {
    ...plan,
    nextCheckAt: recheckDue({
      usualDue: nextCheckAt(input.lastCheckAt),
      lastCheckAt: input.lastCheckAt ?? null,
      lastChangeDay: input.lifeEvents.lastChangeDay,
    }),
  };
}

export async function getPlan(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  auth: AuthContext,
): Promise<Plan> {
  const today = localDay(deps.clock.now(), auth.couple?.timeZone ?? auth.user.timeZone);
  const scope = lifeEventScope(auth.user.id, auth.couple?.id ?? null);
  const shared = await isMutuallyShared(deps, auth, 'check');
  const [mine, theirs, lifeEvents] = await Promise.all([
    findLatestCheckResult(deps.db, auth.user.id),
    shared && auth.couple
      ? findLatestCheckResult(deps.db, auth.couple.partnerId, auth.couple.id)
      : Promise.resolve(undefined),
    lifeEventsForPlan(deps.db, scope, today),
  ]);
  return assemblePlan(auth, {
    mine: mine ? parseStoredResult(mine.result) : null,
    partner: theirs ? parseStoredResult(theirs.result) : null,
    lastCheckAt: mine?.taken_at,
    lifeEvents,
  });
}
