/**
 * Authorization-matrix entries for the primer cards and reflections: one per route this
 * feature registers. Run by tests/http/authorization-matrix.test.ts; only
 * tests import this file.
 */
import { type FeatureMatrix, noLeak, none, own } from '../../../../tests/support/matrix';

export const primerMatrix: FeatureMatrix = {
  'GET /api/primer': { call: none, expect: own, check: noLeak },
  'PUT /api/primer/:cardId': {
    call: (w) => ({ url: `/api/primer/${w.primerCardId}`, body: { reflection: 'a new thought' } }),
    expect: own,
    check: noLeak,
  },
  'POST /api/primer/complete': { call: none, expect: own },
};
