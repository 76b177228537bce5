/**
 * Authorization-matrix entries for support contacts: one per route this
 * feature registers. Run by tests/http/authorization-matrix.test.ts; only
 * tests import this file.
 */
import type { FeatureMatrix } from '../../../../tests/support/matrix';

export const supportMatrix: FeatureMatrix = {
  'GET /api/support/resources': {
    call: () => ({ url: '/api/support/resources?country=GB' }),
    expect: { owner: 200, partner: 200, stranger: 200, anonymous: 200 },
  },
};
