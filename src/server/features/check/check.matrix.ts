/**
 * Authorization-matrix entries for the intimacy check and sharing opt-ins: one per route this
 * feature registers. Run by tests/http/authorization-matrix.test.ts; only
 * tests import this file.
 */
import { expect } from 'vitest';
import { type FeatureMatrix, none, own } from '../../../../tests/support/matrix';

export const checkMatrix: FeatureMatrix = {
  'GET /api/check': { call: none, expect: own },
  'POST /api/check/responses': {
    call: () => ({
      body: { items: { 'check-emo-1': { now: 5, wish: 8 } }, causes: {}, signs: [] },
    }),
    expect: { owner: 201, partner: 201, stranger: 201, anonymous: 401 },
  },
  'GET /api/check/results': {
    call: none,
    expect: own,
    check: (res, actor, w) => {
      if (actor !== 'owner' && actor !== 'anonymous')
        expect(res.body).not.toContain(w.ownerCheckId);
    },
  },
  'GET /api/check/comparison': {
    // The owner opted in; the partner did not: nobody gets a comparison.
    call: none,
    expect: { owner: 404, partner: 404, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['owner', 'partner', 'stranger'],
      missing: () => ({ url: '/api/check/comparison' }),
    },
  },
  'GET /api/sharing': { call: none, expect: own },
  'GET /api/sharing/mutual': {
    // The owner opted in to both topics; the partner did not: for everyone, nothing is mutual,
    // so the partner cannot learn the owner's lone opt-ins from it.
    call: none,
    expect: own,
    check: (res, actor) => {
      if (actor !== 'anonymous') expect(res.json()).toEqual({ check: false, progress: false });
    },
  },
  'PUT /api/sharing/:topic': {
    call: () => ({ url: '/api/sharing/check', body: { share: true } }),
    // The stranger has no partner: an opt-in belongs to a couple.
    expect: { owner: 200, partner: 200, stranger: 404, anonymous: 401 },
  },
};
