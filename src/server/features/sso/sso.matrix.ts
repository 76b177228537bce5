/**
 * Authorization-matrix entries for single sign-on: one per route this
 * feature registers. The matrix app has no OIDC settings, so the sign-in
 * steps answer 404 to everyone, as unknown paths do. Run by
 * tests/http/authorization-matrix.test.ts; only tests import this file.
 */
import type { FeatureMatrix } from '../../../../tests/support/matrix';

export const ssoMatrix: FeatureMatrix = {
  'GET /api/auth/sso': {
    call: () => ({ url: '/api/auth/sso' }),
    expect: { owner: 200, partner: 200, stranger: 200, anonymous: 200 },
  },
  'GET /api/auth/sso/start': {
    call: () => ({ url: '/api/auth/sso/start' }),
    expect: { owner: 404, partner: 404, stranger: 404, anonymous: 404 },
  },
  'GET /api/auth/sso/callback': {
    call: () => ({ url: '/api/auth/sso/callback?code=abc&state=def' }),
    expect: { owner: 404, partner: 404, stranger: 404, anonymous: 404 },
  },
};
