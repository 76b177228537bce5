/**
 * The one place marks become matches: my own marks and my partner's matching
 * marks (never their "no"), through core/mutual-match.ts. A new match is
 * told to both partners; a one-sided mark to nobody.
 */
import {
  isMatch,
  type Pick as Mark,
  type MatchStrength,
  mutualMatches,
} from '../../../core/mutual-match';
import type { AuthContext } from '../../lib/auth-context';
import type { ServiceDeps } from '../deps';
import {
  findMyPick,
  listMyPicks,
  listPartnerMatchingPicks,
  type Topic,
  upsertPick,
} from './interests.repository';

/** Where my marks live: in my couple's scope, or my own when alone. */
export interface PickScope {
  key: string;
  coupleId: string | null;
  partnerId: string | null;
}

/** The one place a scope key is written. */
export function pickScopeOf(auth: AuthContext): PickScope {
  return auth.couple
    ? { key: `c:${auth.couple.id}`, coupleId: auth.couple.id, partnerId: auth.couple.partnerId }
    : { key: `u:${auth.user.id}`, coupleId: null, partnerId: null };
}

/** Our matches among the items that exist (`known`), strongest first; none for someone alone. */
export async function matchesOf(
  deps: Pick<ServiceDeps, 'db'>,
  auth: AuthContext,
  topic: Topic,
  known: (id: string) => boolean,
): Promise<{ id: string; strength: MatchStrength }[]> {
  const scope = pickScopeOf(auth);
  if (!scope.partnerId) return [];
  const [mine, theirs] = await Promise.all([
    listMyPicks(deps.db, { userId: auth.user.id, scope: scope.key, topic }),
    listPartnerMatchingPicks(deps.db, { partnerId: scope.partnerId, scope: scope.key, topic }),
  ]);
  return mutualMatches(mine, theirs).filter((match) => known(match.id));
}

/** My own marks on a topic. */
export async function myPicksOf(
  deps: Pick<ServiceDeps, 'db'>,
  auth: AuthContext,
  topic: Topic,
): Promise<Map<string, Mark>> {
  return listMyPicks(deps.db, { userId: auth.user.id, scope: pickScopeOf(auth).key, topic });
}

/** Whether an item is a match of ours now. */
export async function isMatchNow(
  deps: Pick<ServiceDeps, 'db'>,
  auth: AuthContext,
  topic: Topic,
  itemId: string,
): Promise<boolean> {
  const scope = pickScopeOf(auth);
  if (!scope.partnerId) return false;
  const [mine, theirs] = await Promise.all([
    findMyPick(deps.db, { userId: auth.user.id, scope: scope.key, topic, itemId }),
    listPartnerMatchingPicks(deps.db, {
      partnerId: scope.partnerId,
      scope: scope.key,
      topic,
      itemId,
    }),
  ]);
  return isMatch(mine ?? undefined, theirs.get(itemId));
}

/**
 * Stores my mark. My partner's side is read after mine is stored, so when
 * both mark the same item at the same moment at least one of us sees the
 * match appear (and both are told). A new match is the only thing anyone
 * hears of.
 */
export async function storePick(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'bus'>,
  auth: AuthContext,
  topic: Topic,
  itemId: string,
  pick: Mark,
): Promise<void> {
  const scope = pickScopeOf(auth);
  const before = await findMyPick(deps.db, {
    userId: auth.user.id,
    scope: scope.key,
    topic,
    itemId,
  });
  await upsertPick(deps.db, {
    userId: auth.user.id,
    scope: scope.key,
    coupleId: scope.coupleId,
    topic,
    itemId,
    pick,
    nowIso: deps.clock.now().toISOString(),
  });
  if (!scope.partnerId || !auth.couple) return;
  const theirs = await listPartnerMatchingPicks(deps.db, {
    partnerId: scope.partnerId,
    scope: scope.key,
    topic,
    itemId,
  });
  const partner = theirs.get(itemId);
  if (isMatch(pick, partner) && !isMatch(before ?? undefined, partner)) {
    await deps.bus.publish(
      [auth.user.id, scope.partnerId],
      { type: 'interests.match', topic, itemId },
      auth.couple.id,
    );
  }
}
