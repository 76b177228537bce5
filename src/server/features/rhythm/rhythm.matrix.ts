/**
 * Authorization-matrix entries for the weekly rhythm view and life events:
 * one per route. Run by tests/http/authorization-matrix.test.ts; only tests
 * import this file.
 */
import { expect } from 'vitest';
import { type FeatureMatrix, noLeak, none, own } from '../../../../tests/support/matrix';
import type { Person } from '../../../../tests/support/test-app';

/** The owner's part of the world: a life event of the couple (a move), shared with the partner by design. */
export async function buildRhythmWorld(owner: Person): Promise<{ lifeEventId: string }> {
  const res = await owner.request('POST', '/api/life-events', { kind: 'move' });
  if (res.statusCode !== 201) throw new Error(`life event: ${res.statusCode} ${res.body}`);
  return { lifeEventId: res.json().id };
}

const MISSING_EVENT = 'AAAAAAAAAAAAAAAAAAAAAA';

export const rhythmMatrix: FeatureMatrix = {
  // Everyone's own weeks; the owner's private track (support, no couple activities) never shows elsewhere.
  'GET /api/rhythm': {
    call: none,
    expect: own,
    check: (res, actor) => {
      noLeak(res, actor);
      if (actor === 'partner' || actor === 'stranger')
        expect(res.body).not.toContain('support-resources');
    },
  },
  // A couple's events are a shared fact of the couple: the partner sees them, nobody else.
  'GET /api/life-events': {
    call: none,
    expect: own,
    check: (res, actor, w) => {
      noLeak(res, actor);
      if (actor === 'stranger') expect(res.body).not.toContain(w.rhythm.lifeEventId);
      if (actor === 'partner' || actor === 'owner')
        expect(res.body).toContain(w.rhythm.lifeEventId);
    },
  },
  // Each caller names an event in their own couple (or alone): never in someone else's.
  'POST /api/life-events': {
    call: () => ({ body: { kind: 'new-job' } }),
    expect: { owner: 201, partner: 201, stranger: 201, anonymous: 401 },
    check: noLeak,
  },
  'POST /api/life-events/:eventId/end': {
    call: (w) => ({ url: `/api/life-events/${w.rhythm.lifeEventId}/end` }),
    expect: { owner: 200, partner: 200, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['stranger'],
      missing: () => ({ url: `/api/life-events/${MISSING_EVENT}/end` }),
    },
    check: noLeak,
  },
  // The partner's removal would leave the owner nothing to remove: a fresh world per call.
  'DELETE /api/life-events/:eventId': {
    call: (w) => ({ url: `/api/life-events/${w.rhythm.lifeEventId}` }),
    expect: { owner: 204, partner: 204, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['stranger'],
      missing: () => ({ url: `/api/life-events/${MISSING_EVENT}` }),
    },
    worldPerCall: true,
  },
};
