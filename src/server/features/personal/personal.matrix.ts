/**
 * Authorization-matrix entries for the private screen: one per route this
 * feature registers. Run by tests/http/authorization-matrix.test.ts; only
 * tests import this file.
 */
import { expect } from 'vitest';
import { type FeatureMatrix, none, own } from '../../../../tests/support/matrix';

export const personalMatrix: FeatureMatrix = {
  'GET /api/for-you': {
    call: none,
    expect: own,
    check: (res, actor) => {
      if (actor === 'partner' || actor === 'stranger') expect(res.json().route).toBe('together');
    },
  },
  'POST /api/for-you/answers': {
    call: () => ({ body: { answers: { afraid: 'no' }, remember: 'account' } }),
    expect: own,
  },
  'DELETE /api/for-you/flag': {
    call: none,
    expect: { owner: 204, partner: 204, stranger: 204, anonymous: 401 },
  },
};
