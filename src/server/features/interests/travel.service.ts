/**
 * Travel and adventure: a wishlist of ideas from Rekindle's library and the
 * couple's own, each marked privately; only mutual marks become our trips.
 * An own idea is its author's proposal: it shows to the partner as an idea,
 * with the author's "yes" counted as their mark.
 */
import { randomBytes } from 'node:crypto';
import type { Pick as Mark } from '../../../core/mutual-match';
import type {
  Travel,
  TravelIdea,
  TravelMatches,
  TravelPickResult,
  TravelWishBody,
} from '../../../shared/interests-api';
import { PLAY_LIMITS } from '../../../shared/play-limits';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError, notFound } from '../../lib/errors';
import type { ServiceDeps } from '../deps';
import { interestsOf, presentLibraryIdea } from './interests.catalog';
import { matchesOf, myPicksOf, pickScopeOf, storePick } from './interests.picks';
import {
  countWishes,
  deletePicksOfItem,
  deletePlanOfIdea,
  deleteWishOf,
  findWish,
  insertWish,
  listPlanSummaries,
  listWishes,
  type TravelWishRow,
} from './interests.repository';
import { parseTiming } from './trips.timing';

/** An own wish's id: never the same shape as a library id, which starts "travel-". */
function newWishId(): string {
  return `wish-${randomBytes(10).toString('hex')}`;
}

function presentWish(auth: AuthContext, row: TravelWishRow): TravelIdea {
  return {
    id: row.id,
    source: 'own',
    title: row.title,
    description: row.description,
    scale: row.scale,
    budget: row.budget,
    pace: null,
    seasons: [],
    kinds: [],
    addedBy: row.author_id === auth.user.id ? 'me' : 'partner',
  };
}

/** Every idea I can see: the library's, then our own (in my couple, or mine alone). */
async function ideasOf(
  deps: Pick<ServiceDeps, 'db' | 'catalog'>,
  auth: AuthContext,
): Promise<TravelIdea[]> {
  const wishes = await listWishes(deps.db, pickScopeOf(auth).key);
  return [
    ...interestsOf(deps.catalog).ideas.map(presentLibraryIdea),
    ...wishes.map((row) => presentWish(auth, row)),
  ];
}

/** One idea I can see, or undefined: another couple's own idea is the same as none. */
export async function findIdea(
  deps: Pick<ServiceDeps, 'db' | 'catalog'>,
  auth: AuthContext,
  ideaId: string,
): Promise<TravelIdea | undefined> {
  const item = interestsOf(deps.catalog).ideaById.get(ideaId);
  if (item) return presentLibraryIdea(item);
  const wish = await findWish(deps.db, pickScopeOf(auth).key, ideaId);
  return wish ? presentWish(auth, wish) : undefined;
}

export async function listTravel(
  deps: Pick<ServiceDeps, 'db' | 'catalog'>,
  auth: AuthContext,
): Promise<Travel> {
  const [ideas, mine] = await Promise.all([ideasOf(deps, auth), myPicksOf(deps, auth, 'travel')]);
  return { ideas: ideas.map((idea) => ({ ...idea, mine: mine.get(idea.id) ?? null })) };
}

/** Our trips: the ideas both of us marked yes or maybe, each with its plan in brief. */
export async function travelMatches(
  deps: Pick<ServiceDeps, 'db' | 'catalog'>,
  auth: AuthContext,
): Promise<TravelMatches> {
  if (!auth.couple) return { matches: [] };
  const ideas = new Map((await ideasOf(deps, auth)).map((idea) => [idea.id, idea]));
  const matches = await matchesOf(deps, auth, 'travel', (id) => ideas.has(id));
  const plans = new Map(
    (
      await listPlanSummaries(
        deps.db,
        auth.couple.id,
        matches.map((m) => m.id),
      )
    ).map((p) => [p.idea_id, p]),
  );
  return {
    matches: matches.flatMap(({ id, strength }) => {
      const idea = ideas.get(id);
      if (!idea) return [];
      const plan = plans.get(id);
      return [
        {
          idea,
          strength,
          plan: plan
            ? {
                when: parseTiming(plan.timing),
                budget: plan.budget,
                items: plan.items,
                done: plan.done,
              }
            : null,
        },
      ];
    }),
  };
}

export async function pickTravelIdea(
  deps: Pick<ServiceDeps, 'db' | 'catalog' | 'clock' | 'bus'>,
  auth: AuthContext,
  ideaId: string,
  pick: Mark,
): Promise<TravelPickResult> {
  if (!(await findIdea(deps, auth, ideaId))) throw notFound();
  await storePick(deps, auth, 'travel', ideaId, pick);
  return { ideaId, mine: pick, ...(await travelMatches(deps, auth)) };
}

/**
 * Adds an idea in my own words, with my "yes" on it. In a couple my partner
 * sees it as an idea of mine and can mark it like any other.
 */
export async function addTravelWish(
  deps: Pick<ServiceDeps, 'db' | 'catalog' | 'clock' | 'bus'>,
  auth: AuthContext,
  body: TravelWishBody,
): Promise<TravelIdea> {
  const scope = pickScopeOf(auth);
  if ((await countWishes(deps.db, scope.key)) >= PLAY_LIMITS.wishes) {
    throw new DomainError(
      'limit_reached',
      `You can keep up to ${PLAY_LIMITS.wishes} ideas of your own. Remove one to add another.`,
    );
  }
  const row: TravelWishRow = {
    id: newWishId(),
    scope: scope.key,
    couple_id: scope.coupleId,
    author_id: auth.user.id,
    title: body.title,
    description: body.description?.trim() ? body.description.trim() : null,
    scale: body.scale,
    budget: body.budget,
    created_at: deps.clock.now().toISOString(),
  };
  await insertWish(deps.db, row);
  await storePick(deps, auth, 'travel', row.id, 'yes');
  if (auth.couple) {
    await deps.bus.publish(
      [auth.couple.partnerId],
      { type: 'travel.changed', ideaId: row.id },
      auth.couple.id,
    );
  }
  return presentWish(auth, row);
}

/** Removes an idea I added (with every mark on it). My partner's ideas are not mine to remove. */
export async function removeTravelWish(
  deps: Pick<ServiceDeps, 'db' | 'bus'>,
  auth: AuthContext,
  wishId: string,
): Promise<void> {
  const scope = pickScopeOf(auth);
  const removed = await deps.db.transaction().execute(async (trx) => {
    const gone = await deleteWishOf(trx, { scope: scope.key, wishId, authorId: auth.user.id });
    if (!gone) return false;
    await deletePicksOfItem(trx, { scope: scope.key, topic: 'travel', itemId: wishId });
    if (scope.coupleId) await deletePlanOfIdea(trx, scope.coupleId, wishId);
    return true;
  });
  if (!removed) throw notFound();
  if (auth.couple) {
    await deps.bus.publish(
      [auth.couple.partnerId],
      { type: 'travel.changed', ideaId: wishId },
      auth.couple.id,
    );
  }
}
