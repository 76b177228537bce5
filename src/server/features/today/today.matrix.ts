/**
 * Authorization-matrix entries for Today: one per route this
 * feature registers. Run by tests/http/authorization-matrix.test.ts; only
 * tests import this file.
 */
import { expect } from 'vitest';
import { type FeatureMatrix, noLeak, none, own } from '../../../../tests/support/matrix';

export const todayMatrix: FeatureMatrix = {
  'GET /api/today': {
    call: none,
    expect: own,
    check: (res, actor) => {
      noLeak(res, actor);
      if (actor === 'partner' || actor === 'stranger') {
        expect(res.body).not.toContain('"support"');
        expect(res.json().individual).toBe(false);
      }
    },
  },
};
