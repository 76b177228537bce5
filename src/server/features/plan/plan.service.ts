/** The personal plan, built by the pure rules in core from what this person may see. */
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

/** Assembles the plan from raw inputs; shared by GET /api/plan and Today. */
export function assemblePlan(
  auth: AuthContext,
  input: { mine: CheckResult | null; partner: CheckResult | null; lastCheckAt: string | undefined },
): Plan {
  const plan = buildPlan({
    mine: input.mine,
    partner: input.partner,
    linked: auth.couple !== null,
    route: auth.route,
  });
  return { ...plan, nextCheckAt: nextCheckAt(input.lastCheckAt) };
}

export async function getPlan(deps: Pick<ServiceDeps, 'db'>, auth: AuthContext): Promise<Plan> {
  const shared = await isMutuallyShared(deps, auth, 'check');
  const [mine, theirs] = await Promise.all([
    findLatestCheckResult(deps.db, auth.user.id),
    shared && auth.couple
      ? findLatestCheckResult(deps.db, auth.couple.partnerId, auth.couple.id)
      : Promise.resolve(undefined),
  ]);
  return assemblePlan(auth, {
    mine: mine ? parseStoredResult(mine.result) : null,
    partner: theirs ? parseStoredResult(theirs.result) : null,
    lastCheckAt: mine?.taken_at,
  });
}
