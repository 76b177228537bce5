/**
 * Authorization-matrix entries for invite, join, couple settings and unlinking: one per route this
 * feature registers. Run by tests/http/authorization-matrix.test.ts; only
 * tests import this file.
 */
import { type FeatureMatrix, none } from '../../../../tests/support/matrix';

export const coupleMatrix: FeatureMatrix = {
  'POST /api/couple/invites': {
    call: none,
    expect: { owner: 409, partner: 409, stranger: 201, anonymous: 401 },
  },
  'POST /api/couple/join': {
    call: (w) => ({ body: { code: w.inviteCode } }),
    expect: { owner: 409, partner: 409, stranger: 200, anonymous: 401 },
  },
  'GET /api/couple': {
    call: none,
    expect: { owner: 200, partner: 200, stranger: 404, anonymous: 401 },
  },
  'PATCH /api/couple': {
    call: () => ({ body: { timeZone: 'Asia/Tokyo' } }),
    expect: { owner: 200, partner: 200, stranger: 404, anonymous: 401 },
  },
  'POST /api/couple/unlink': {
    call: none,
    expect: { owner: 204, partner: 204, stranger: 404, anonymous: 401 },
    // After the partner unlinks, the owner has no couple left to leave.
    worldPerCall: true,
  },
};
