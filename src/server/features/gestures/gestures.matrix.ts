/**
 * Authorization-matrix entries for small gestures: one per route. Run by
 * tests/http/authorization-matrix.test.ts; only tests import this file.
 */
import { expect } from 'vitest';
import { type FeatureMatrix, noLeak, none, own } from '../../../../tests/support/matrix';
import type { Person } from '../../../../tests/support/test-app';

/**
 * The owner's part of the world: today's gesture marked done, and another
 * gesture set aside as "not for us" (a private mark nobody else may learn of).
 */
export async function buildGesturesWorld(
  owner: Person,
): Promise<{ doneId: string; notForUsId: string }> {
  const today = (await owner.request('GET', '/api/gestures/today')).json();
  const done = await owner.request('PUT', '/api/gestures/today/done', {
    gestureId: today.suggestion.id,
  });
  const library = (await owner.request('GET', '/api/gestures')).json();
  const other = library.gestures.find((g: { id: string }) => g.id !== today.suggestion.id);
  await owner.request('PUT', `/api/gestures/${other.id}/not-for-us`);
  return { doneId: done.json().done.id, notForUsId: other.id };
}

const MISSING_DONE = 'AAAAAAAAAAAAAAAAAAAAAA';

export const gesturesMatrix: FeatureMatrix = {
  // The partner sees the owner's done gesture (meant to be noticed), never a mark.
  'GET /api/gestures/today': { call: none, expect: own, check: noLeak },
  'PUT /api/gestures/today/done': {
    call: (w) => ({ body: { gestureId: w.gestures.notForUsId } }),
    expect: own,
    check: noLeak,
  },
  'DELETE /api/gestures/today/done': { call: none, expect: own, check: noLeak },
  'GET /api/gestures': {
    call: none,
    expect: own,
    check: (res, actor, w) => {
      if (actor === 'partner' || actor === 'stranger') {
        const marked = res
          .json()
          .gestures.find((g: { id: string }) => g.id === w.gestures.notForUsId);
        expect(marked.notForUs).toBe(false);
      }
    },
  },
  // A mark acts on the caller's own suggestions only.
  'PUT /api/gestures/:gestureId/not-for-us': {
    call: (w) => ({ url: `/api/gestures/${w.gestures.notForUsId}/not-for-us` }),
    expect: own,
    check: noLeak,
  },
  'DELETE /api/gestures/:gestureId/not-for-us': {
    call: (w) => ({ url: `/api/gestures/${w.gestures.notForUsId}/not-for-us` }),
    expect: own,
    check: noLeak,
  },
  // Only the partner thanks; the doer, a stranger and a made-up id all find nothing.
  'PUT /api/gestures/done/:doneId/thanks': {
    call: (w) => ({ url: `/api/gestures/done/${w.gestures.doneId}/thanks` }),
    expect: { owner: 404, partner: 200, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['owner', 'stranger'],
      missing: () => ({ url: `/api/gestures/done/${MISSING_DONE}/thanks` }),
    },
    check: noLeak,
  },
};
