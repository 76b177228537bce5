/**
 * Planning a trip we both want: when (a season, a month or dates), a budget
 * band, and a checklist either of us can add to and tick. A plan belongs to
 * the couple and lives with the match: for an idea that is not (or no longer)
 * a match, there is no plan to see, the same as for one that does not exist.
 */
import type { TripPlan, TripPlanBody, TripTiming } from '../../../shared/interests-api';
import { PLAY_LIMITS } from '../../../shared/play-limits';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError, notFound } from '../../lib/errors';
import { newId } from '../../lib/tokens';
import type { ServiceDeps } from '../deps';
import { isMatchNow } from './interests.picks';
import {
  type ChecklistItemRow,
  countChecklist,
  deleteChecklistItem,
  ensurePlan,
  findPlan,
  insertChecklistItem,
  listChecklist,
  setChecklistItemDone,
  type TripPlanRow,
  updatePlan,
} from './interests.repository';
import { findIdea } from './travel.service';
import { parseTiming } from './trips.timing';

type Deps = Pick<ServiceDeps, 'db' | 'catalog' | 'clock'>;
type Couple = NonNullable<AuthContext['couple']>;

const DAY_MS = 24 * 3600 * 1000;

/** Dates run forwards and span at most the longest trip we plan for. */
function checkTiming(timing: TripTiming | null): void {
  if (timing?.kind !== 'dates') return;
  const from = Date.parse(`${timing.from}T00:00:00Z`);
  const to = Date.parse(`${timing.to}T00:00:00Z`);
  if (Number.isNaN(from) || Number.isNaN(to) || to < from) {
    throw new DomainError('validation_failed', 'The last day comes before the first.');
  }
  if ((to - from) / DAY_MS + 1 > PLAY_LIMITS.tripDays) {
    throw new DomainError(
      'validation_failed',
      `A trip can be planned for up to ${PLAY_LIMITS.tripDays} days.`,
    );
  }
}

/** The idea, if it is a match of ours now; otherwise the same "not found" as for no idea at all. */
async function requireMatchedIdea(deps: Deps, auth: AuthContext, ideaId: string) {
  if (!auth.couple) throw notFound();
  const idea = await findIdea(deps, auth, ideaId);
  if (!idea || !(await isMatchNow(deps, auth, 'travel', ideaId))) throw notFound();
  return { idea, couple: auth.couple };
}

function presentItem(auth: AuthContext, row: ChecklistItemRow) {
  const who = (id: string | null): 'me' | 'partner' | null =>
    id === null ? null : id === auth.user.id ? 'me' : 'partner';
  return {
    id: row.id,
    text: row.text,
    addedBy: row.author_id === auth.user.id ? ('me' as const) : ('partner' as const),
    done: row.done_at !== null,
    doneBy: who(row.done_by),
  };
}

async function presentPlan(
  deps: Deps,
  auth: AuthContext,
  idea: TripPlan['idea'],
  plan: TripPlanRow | undefined,
): Promise<TripPlan> {
  const items = plan ? await listChecklist(deps.db, plan.id) : [];
  return {
    ideaId: idea.id,
    idea,
    when: parseTiming(plan?.timing ?? null),
    budget: plan?.budget ?? null,
    items: items.map((row) => presentItem(auth, row)),
  };
}

async function tellPartner(
  deps: Pick<ServiceDeps, 'bus'>,
  couple: Couple,
  ideaId: string,
): Promise<void> {
  await deps.bus.publish([couple.partnerId], { type: 'travel.changed', ideaId }, couple.id);
}

/** Our plan for a matched trip; an empty one until either of us starts it. */
export async function getTripPlan(
  deps: Deps,
  auth: AuthContext,
  ideaId: string,
): Promise<TripPlan> {
  const { idea, couple } = await requireMatchedIdea(deps, auth, ideaId);
  return presentPlan(deps, auth, idea, await findPlan(deps.db, couple.id, ideaId));
}

export async function setTripPlan(
  deps: Deps & Pick<ServiceDeps, 'bus'>,
  auth: AuthContext,
  ideaId: string,
  body: TripPlanBody,
): Promise<TripPlan> {
  checkTiming(body.when);
  const { idea, couple } = await requireMatchedIdea(deps, auth, ideaId);
  const nowIso = deps.clock.now().toISOString();
  const plan = await ensurePlan(deps.db, { id: newId(), coupleId: couple.id, ideaId, nowIso });
  await updatePlan(deps.db, plan.id, {
    timing: body.when ? JSON.stringify(body.when) : null,
    budget: body.budget,
    nowIso,
  });
  await tellPartner(deps, couple, ideaId);
  return presentPlan(deps, auth, idea, await findPlan(deps.db, couple.id, ideaId));
}

export async function addChecklistItem(
  deps: Deps & Pick<ServiceDeps, 'bus'>,
  auth: AuthContext,
  ideaId: string,
  text: string,
): Promise<TripPlan> {
  const { idea, couple } = await requireMatchedIdea(deps, auth, ideaId);
  const nowIso = deps.clock.now().toISOString();
  const plan = await ensurePlan(deps.db, { id: newId(), coupleId: couple.id, ideaId, nowIso });
  if ((await countChecklist(deps.db, plan.id)) >= PLAY_LIMITS.checklistItems) {
    throw new DomainError(
      'limit_reached',
      `A checklist holds up to ${PLAY_LIMITS.checklistItems} things. Remove one to add another.`,
    );
  }
  await insertChecklistItem(deps.db, {
    id: newId(),
    plan_id: plan.id,
    couple_id: couple.id,
    author_id: auth.user.id,
    text,
    done_by: null,
    done_at: null,
    created_at: nowIso,
  });
  await tellPartner(deps, couple, ideaId);
  return presentPlan(deps, auth, idea, plan);
}

/** Ticks an item (as done by me) or unticks it; either of us can. */
export async function tickChecklistItem(
  deps: Deps & Pick<ServiceDeps, 'bus'>,
  auth: AuthContext,
  ideaId: string,
  itemId: string,
  done: boolean,
): Promise<TripPlan> {
  const { idea, couple } = await requireMatchedIdea(deps, auth, ideaId);
  const plan = await findPlan(deps.db, couple.id, ideaId);
  const changed =
    plan !== undefined &&
    (await setChecklistItemDone(deps.db, {
      planId: plan.id,
      itemId,
      doneBy: done ? auth.user.id : null,
      nowIso: done ? deps.clock.now().toISOString() : null,
    }));
  if (!changed) throw notFound();
  await tellPartner(deps, couple, ideaId);
  return presentPlan(deps, auth, idea, plan);
}

export async function removeChecklistItem(
  deps: Deps & Pick<ServiceDeps, 'bus'>,
  auth: AuthContext,
  ideaId: string,
  itemId: string,
): Promise<TripPlan> {
  const { idea, couple } = await requireMatchedIdea(deps, auth, ideaId);
  const plan = await findPlan(deps.db, couple.id, ideaId);
  const removed =
    plan !== undefined && (await deleteChecklistItem(deps.db, { planId: plan.id, itemId }));
  if (!removed) throw notFound();
  await tellPartner(deps, couple, ideaId);
  return presentPlan(deps, auth, idea, plan);
}
