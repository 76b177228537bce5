/**
 * Authorization-matrix entries for the weekly challenge: one per route this
 * feature registers. Run by tests/http/authorization-matrix.test.ts; only
 * tests import this file. In the world, both partners said they are in,
 * the challenge is done, and the owner wrote a private reflection.
 */
import {
  CHALLENGE_REFLECTION_TEXT,
  type FeatureMatrix,
  noLeak,
  own,
  type World,
} from '../../../../tests/support/matrix';
import type { Person } from '../../../../tests/support/test-app';

/** A week id that exists nowhere. */
const MISSING_WEEK = 'AAAAAAAAAAAAAAAAAAAAAA';
const coupleRecord = { owner: 200, partner: 200, stranger: 404, anonymous: 401 };

async function ok<T>(res: Promise<{ statusCode: number; body: string; json(): T }>): Promise<T> {
  const done = await res;
  if (done.statusCode >= 300) throw new Error(`challenges world: ${done.statusCode} ${done.body}`);
  return done.json();
}

/** Both in, done, and the owner's private reflection. */
export async function buildChallengesWorld(
  owner: Person,
  partner: Person,
): Promise<World['challenges']> {
  const { current } = await ok<{ current: { id: string; challenge: { id: string } } }>(
    owner.request('GET', '/api/challenges/current'),
  );
  const body = { answer: 'in', challengeId: current.challenge.id };
  await ok(owner.request('PUT', `/api/challenges/${current.id}/answer`, body));
  await ok(partner.request('PUT', `/api/challenges/${current.id}/answer`, body));
  await ok(owner.request('POST', `/api/challenges/${current.id}/done`));
  await ok(
    owner.request('PUT', `/api/challenges/${current.id}/reflection`, {
      text: CHALLENGE_REFLECTION_TEXT,
      shared: false,
    }),
  );
  return { weekId: current.id, challengeId: current.challenge.id };
}

const week = (path: string) => (w: World) => ({
  url: `/api/challenges/${w.challenges.weekId}${path}`,
});
const missingWeek = (path: string) => () => ({ url: `/api/challenges/${MISSING_WEEK}${path}` });

export const challengesMatrix: FeatureMatrix = {
  // Someone alone gets a week with no challenge (it is for two).
  'GET /api/challenges/current': { call: () => ({}), expect: own, check: noLeak },
  'GET /api/challenges/past': { call: () => ({}), expect: own, check: noLeak },
  // A couple's setting: someone alone has none to set.
  'PUT /api/challenges/settings': {
    call: () => ({ body: { apart: false, maxCost: '$$' } }),
    expect: coupleRecord,
    check: noLeak,
  },
  'PUT /api/challenges/:weekId/answer': {
    call: (w) => ({
      url: `/api/challenges/${w.challenges.weekId}/answer`,
      body: { answer: 'in', challengeId: w.challenges.challengeId },
    }),
    expect: coupleRecord,
    sameAsMissing: {
      actors: ['stranger'],
      missing: (w) => ({
        url: `/api/challenges/${MISSING_WEEK}/answer`,
        body: { answer: 'in', challengeId: w.challenges.challengeId },
      }),
    },
    check: noLeak,
  },
  // Both are in and it is done: the swap is refused, to both partners alike.
  'POST /api/challenges/:weekId/swap': {
    call: week('/swap'),
    expect: { owner: 409, partner: 409, stranger: 404, anonymous: 401 },
    sameAsMissing: { actors: ['stranger'], missing: missingWeek('/swap') },
    check: noLeak,
  },
  'POST /api/challenges/:weekId/done': {
    call: week('/done'),
    expect: coupleRecord,
    sameAsMissing: { actors: ['stranger'], missing: missingWeek('/done') },
    check: noLeak,
  },
  // Each writes their own: the partner's call never shows the owner's private one.
  'PUT /api/challenges/:weekId/reflection': {
    call: (w) => ({
      url: `/api/challenges/${w.challenges.weekId}/reflection`,
      body: { text: 'A reflection of their own', shared: false },
    }),
    expect: coupleRecord,
    sameAsMissing: {
      actors: ['stranger'],
      missing: () => ({
        url: `/api/challenges/${MISSING_WEEK}/reflection`,
        body: { text: 'A reflection of their own', shared: false },
      }),
    },
    check: noLeak,
  },
};
