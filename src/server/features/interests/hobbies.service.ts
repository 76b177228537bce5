/** Shared hobbies: each marks hobbies privately; only the ones both like are shown. */
import type { Pick as Mark } from '../../../core/mutual-match';
import type { Hobbies, HobbyMatches, HobbyPickResult } from '../../../shared/interests-api';
import type { AuthContext } from '../../lib/auth-context';
import { notFound } from '../../lib/errors';
import type { ServiceDeps } from '../deps';
import { interestsOf, presentHobby } from './interests.catalog';
import { matchesOf, myPicksOf, storePick } from './interests.picks';

/** Every hobby with my own mark. Nothing of my partner's is read here. */
export async function listHobbies(
  deps: Pick<ServiceDeps, 'db' | 'catalog'>,
  auth: AuthContext,
): Promise<Hobbies> {
  const mine = await myPicksOf(deps, auth, 'hobby');
  return {
    hobbies: interestsOf(deps.catalog).hobbies.map((item) => ({
      ...presentHobby(item),
      mine: mine.get(item.id) ?? null,
    })),
  };
}

export async function hobbyMatches(
  deps: Pick<ServiceDeps, 'db' | 'catalog'>,
  auth: AuthContext,
): Promise<HobbyMatches> {
  const library = interestsOf(deps.catalog);
  const matches = await matchesOf(deps, auth, 'hobby', (id) => library.hobbyById.has(id));
  return {
    matches: matches.flatMap(({ id, strength }) => {
      const item = library.hobbyById.get(id);
      return item ? [{ hobby: presentHobby(item), strength }] : [];
    }),
  };
}

/** Marks a hobby yes, maybe or no, and answers with our matches as they are now. */
export async function pickHobby(
  deps: Pick<ServiceDeps, 'db' | 'catalog' | 'clock' | 'bus'>,
  auth: AuthContext,
  hobbyId: string,
  pick: Mark,
): Promise<HobbyPickResult> {
  if (!interestsOf(deps.catalog).hobbyById.has(hobbyId)) throw notFound();
  await storePick(deps, auth, 'hobby', hobbyId, pick);
  return { hobbyId, mine: pick, ...(await hobbyMatches(deps, auth)) };
}
