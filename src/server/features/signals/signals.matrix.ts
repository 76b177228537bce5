/**
 * Authorization-matrix entries for "Get support": one per route this feature
 * registers. The owner (routed to private support by the world) answered the
 * private weekly questions and asked for help ("we tried"): the suggestion's
 * id, its Today item and the answers are owner marks nobody else may see.
 * Run by tests/http/authorization-matrix.test.ts; only tests import this file.
 */
import { expect } from 'vitest';
import {
  type Actor,
  type FeatureMatrix,
  none,
  OWNER_PRIVATE_WEEK,
  own,
  type World,
} from '../../../../tests/support/matrix';
import type { Person } from '../../../../tests/support/test-app';

/** The owner answers this week's private questions and says "we have tried on our own". */
export async function buildSignalsWorld(owner: Person): Promise<World['signals']> {
  const saved = await owner.request('PUT', '/api/support/week', OWNER_PRIVATE_WEEK);
  if (saved.statusCode !== 200) throw new Error(`private week: ${saved.body}`);
  const tried = await owner.request('POST', '/api/support/tried');
  const id = tried.json().suggestion?.id as string | undefined;
  if (!id) throw new Error(`tried: ${tried.body}`);
  return { suggestionId: id };
}

const MISSING = 'AAAAAAAAAAAAAAAAAAAAAA';

/** The owner's suggestion, for dismiss and snooze: anyone else gets "not found", as for none. */
function ownSuggestion(action: 'dismiss' | 'snooze') {
  return {
    call: (w: World) => ({ url: `/api/support/signals/${w.signals.suggestionId}/${action}` }),
    expect: { owner: 200, partner: 404, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['partner', 'stranger'] as Actor[],
      missing: () => ({ url: `/api/support/signals/${MISSING}/${action}` }),
    },
  };
}

export const signalsMatrix: FeatureMatrix = {
  'GET /api/support/signals': {
    call: none,
    expect: own,
    check: (res, actor, world) => {
      if (actor === 'anonymous') return;
      const { suggestion } = res.json();
      // The owner is routed to private support: help for themselves, never couples therapy.
      if (actor === 'owner')
        expect(suggestion).toEqual({
          id: world.signals.suggestionId,
          kind: 'individual-therapy',
          reason: 'asked',
        });
      else expect(suggestion).toBeNull();
    },
  },
  'POST /api/support/signals/:id/dismiss': ownSuggestion('dismiss'),
  'POST /api/support/signals/:id/snooze': ownSuggestion('snooze'),
  'POST /api/support/tried': { call: none, expect: own },
  'GET /api/support/week': {
    call: none,
    expect: own,
    check: (res, actor) => {
      if (actor === 'partner' || actor === 'stranger') expect(res.json().mine).toBeNull();
    },
  },
  'PUT /api/support/week': {
    call: () => ({ body: { separation: 'no', conflict: null, needs: [] } }),
    expect: own,
  },
  'GET /api/me/summary': {
    call: none,
    expect: own,
    check: (res, actor) => {
      if (actor !== 'partner') return;
      // The partner's own summary: none of the owner's pulses, checks or concerns.
      const summary = res.json();
      expect(summary.scores).toEqual({
        pulses: [],
        change: expect.any(Array),
        checks: [],
      });
      expect(summary.causes).toBeNull();
      expect(summary.concerns).toEqual({
        weeksAnswered: 0,
        items: [],
        checkins: { weeks: 0, items: [], more: 0 },
      });
    },
  },
  'GET /api/me/summary.pdf': {
    call: none,
    expect: own,
    check: (res, actor) => {
      if (actor === 'anonymous') return;
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
  },
};
