/**
 * Authorization-matrix entries for the weekly pulse and progress: one per route this
 * feature registers. Run by tests/http/authorization-matrix.test.ts; only
 * tests import this file.
 */
import { expect } from 'vitest';
import { type FeatureMatrix, none, own } from '../../../../tests/support/matrix';

export const progressMatrix: FeatureMatrix = {
  'GET /api/pulse': { call: none, expect: own },
  'POST /api/pulse': {
    call: () => ({ body: { emotional: 6, physical: 5, intellectual: 7, talk: 6 } }),
    expect: own,
  },
  'GET /api/progress': {
    call: none,
    expect: own,
    check: (res, actor) => {
      if (actor === 'partner') expect(res.json().partner).toBeNull();
    },
  },
};
