/**
 * Authorization-matrix entries for shared hobbies and travel: one per route
 * this feature registers. Run by tests/http/authorization-matrix.test.ts;
 * only tests import this file. In the world, the owner marked a hobby "no",
 * both partners want a trip the owner planned with one checklist item, and
 * the owner added a trip idea of their own (the partner sees it as an idea).
 */
import {
  type FeatureMatrix,
  noLeak,
  own,
  TRAVEL_WISH_TEXT,
  type World,
} from '../../../../tests/support/matrix';
import type { Person } from '../../../../tests/support/test-app';

/** Ids that exist nowhere. */
const MISSING_IDEA = 'no-such-idea';
const MISSING_WISH = 'wish-00000000000000000000';
const MISSING_ITEM = 'AAAAAAAAAAAAAAAAAAAAAA';
const coupleRecord = { owner: 200, partner: 200, stranger: 404, anonymous: 401 };

async function ok<T>(res: Promise<{ statusCode: number; body: string; json(): T }>): Promise<T> {
  const done = await res;
  if (done.statusCode >= 300) throw new Error(`interests world: ${done.statusCode} ${done.body}`);
  return done.json();
}

export async function buildInterestsWorld(
  owner: Person,
  partner: Person,
): Promise<World['interests']> {
  const { hobbies } = await ok<{ hobbies: { id: string }[] }>(owner.request('GET', '/api/hobbies'));
  const { ideas } = await ok<{ ideas: { id: string }[] }>(owner.request('GET', '/api/travel'));
  const hobbyId = hobbies[0]?.id;
  const tripIdeaId = ideas[0]?.id;
  if (!hobbyId || !tripIdeaId) throw new Error('interests world: no content');
  await ok(owner.request('PUT', `/api/hobbies/${hobbyId}/pick`, { pick: 'no' }));
  await ok(owner.request('PUT', `/api/travel/${tripIdeaId}/pick`, { pick: 'yes' }));
  await ok(partner.request('PUT', `/api/travel/${tripIdeaId}/pick`, { pick: 'yes' }));
  const plan = await ok<{ items: { id: string }[] }>(
    owner.request('POST', `/api/travel/${tripIdeaId}/plan/items`, { text: 'Book the tickets' }),
  );
  const wish = await ok<{ id: string }>(
    owner.request('POST', '/api/travel/wishes', {
      title: TRAVEL_WISH_TEXT,
      scale: 'weekend',
      budget: '$',
    }),
  );
  const tripItemId = plan.items[0]?.id;
  if (!tripItemId) throw new Error('interests world: no checklist item');
  return { hobbyId, tripIdeaId, tripItemId, ownerWishId: wish.id };
}

const plan =
  (path = '') =>
  (w: World) => ({
    url: `/api/travel/${w.interests.tripIdeaId}/plan${path}`,
  });
const item = (w: World) =>
  `/api/travel/${w.interests.tripIdeaId}/plan/items/${w.interests.tripItemId}`;
const missingItem = (w: World) =>
  `/api/travel/${w.interests.tripIdeaId}/plan/items/${MISSING_ITEM}`;

export const interestsMatrix: FeatureMatrix = {
  'GET /api/hobbies': { call: () => ({}), expect: own, check: noLeak },
  'GET /api/hobbies/matches': { call: () => ({}), expect: own, check: noLeak },
  // Everyone marks for themselves: the owner's "no" is not in anyone else's answer.
  'PUT /api/hobbies/:hobbyId/pick': {
    call: (w) => ({ url: `/api/hobbies/${w.interests.hobbyId}/pick`, body: { pick: 'yes' } }),
    expect: own,
    check: noLeak,
  },
  // The partner sees the owner's own idea: it is the owner's proposal.
  'GET /api/travel': {
    call: () => ({}),
    expect: own,
    check: noLeak,
    reveals: { partner: ['travelWish'] },
  },
  'GET /api/travel/matches': { call: () => ({}), expect: own, check: noLeak },
  // The partner may mark the owner's idea (a match then, shown to them); a stranger finds nothing.
  'PUT /api/travel/:ideaId/pick': {
    call: (w) => ({ url: `/api/travel/${w.interests.ownerWishId}/pick`, body: { pick: 'yes' } }),
    expect: coupleRecord,
    sameAsMissing: {
      actors: ['stranger'],
      missing: () => ({ url: `/api/travel/${MISSING_WISH}/pick`, body: { pick: 'yes' } }),
    },
    check: noLeak,
    reveals: { partner: ['travelWish'] },
  },
  'POST /api/travel/wishes': {
    call: () => ({ body: { title: 'A weekend by the water', scale: 'weekend', budget: '$$' } }),
    expect: { owner: 201, partner: 201, stranger: 201, anonymous: 401 },
    check: noLeak,
  },
  // Only its author removes an idea; for anyone else it is as if it did not exist.
  'DELETE /api/travel/:ideaId': {
    call: (w) => ({ url: `/api/travel/${w.interests.ownerWishId}` }),
    expect: { owner: 204, partner: 404, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['partner', 'stranger'],
      missing: () => ({ url: `/api/travel/${MISSING_WISH}` }),
    },
    check: noLeak,
  },
  'GET /api/travel/:ideaId/plan': {
    call: plan(),
    expect: coupleRecord,
    sameAsMissing: {
      actors: ['stranger'],
      missing: () => ({ url: `/api/travel/${MISSING_IDEA}/plan` }),
    },
    check: noLeak,
  },
  'PUT /api/travel/:ideaId/plan': {
    call: (w) => ({
      ...plan()(w),
      body: { when: { kind: 'month', month: '2027-06' }, budget: '$$' },
    }),
    expect: coupleRecord,
    sameAsMissing: {
      actors: ['stranger'],
      missing: () => ({
        url: `/api/travel/${MISSING_IDEA}/plan`,
        body: { when: { kind: 'month', month: '2027-06' }, budget: '$$' },
      }),
    },
    check: noLeak,
  },
  'POST /api/travel/:ideaId/plan/items': {
    call: (w) => ({ ...plan('/items')(w), body: { text: 'Find the sun cream' } }),
    expect: { owner: 201, partner: 201, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['stranger'],
      missing: () => ({
        url: `/api/travel/${MISSING_IDEA}/plan/items`,
        body: { text: 'Find the sun cream' },
      }),
    },
    check: noLeak,
  },
  'PATCH /api/travel/:ideaId/plan/items/:itemId': {
    call: (w) => ({ url: item(w), body: { done: true } }),
    expect: coupleRecord,
    sameAsMissing: {
      actors: ['stranger'],
      missing: (w) => ({ url: missingItem(w), body: { done: true } }),
    },
    check: noLeak,
  },
  // The first to remove it succeeds: each call gets a world of its own.
  'DELETE /api/travel/:ideaId/plan/items/:itemId': {
    call: (w) => ({ url: item(w) }),
    expect: coupleRecord,
    sameAsMissing: { actors: ['stranger'], missing: (w) => ({ url: missingItem(w) }) },
    check: noLeak,
    worldPerCall: true,
  },
};
