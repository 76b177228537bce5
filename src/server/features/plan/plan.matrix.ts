/**
 * Authorization-matrix entries for the personal plan: one per route this
 * feature registers. Run by tests/http/authorization-matrix.test.ts; only
 * tests import this file.
 */
import { expect } from 'vitest';
import { type FeatureMatrix, none, own } from '../../../../tests/support/matrix';

export const planMatrix: FeatureMatrix = {
  'GET /api/plan': {
    call: none,
    expect: own,
    check: (res, actor) => {
      if (actor === 'partner' || actor === 'stranger') expect(res.json().individual).toBe(false);
    },
  },
};
