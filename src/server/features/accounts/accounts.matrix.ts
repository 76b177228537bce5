/**
 * Authorization-matrix entries for sign-up, log-in, sessions, password change and erasure: one per route this
 * feature registers. Run by tests/http/authorization-matrix.test.ts; only
 * tests import this file.
 */
import { expect } from 'vitest';
import { type FeatureMatrix, none, own } from '../../../../tests/support/matrix';

export const accountsMatrix: FeatureMatrix = {
  'POST /api/auth/signup': {
    call: () => ({
      body: {
        email: `new-${Math.random().toString(36).slice(2)}@example.com`,
        password: 'another long passphrase',
        displayName: 'New',
      },
    }),
    expect: { owner: 201, partner: 201, stranger: 201, anonymous: 201 },
  },
  'POST /api/auth/login': {
    // Everyone tries the owner's email with a wrong password; only the password opens the account.
    call: (w) => ({ body: { email: w.owner.email, password: 'not the password at all' } }),
    expect: { owner: 401, partner: 401, stranger: 401, anonymous: 401 },
  },
  'POST /api/auth/logout': {
    call: none,
    expect: { owner: 204, partner: 204, stranger: 204, anonymous: 204 },
  },
  'GET /api/session': {
    call: none,
    // Public: a visitor is answered, never refused; each person gets only themselves.
    expect: { owner: 200, partner: 200, stranger: 200, anonymous: 200 },
    check: (res, actor, w) => {
      const { me } = res.json();
      if (actor === 'anonymous') expect(me).toBeNull();
      else expect(me.user.id).toBe(w[actor].id);
    },
  },
  'GET /api/me': {
    call: none,
    expect: own,
    check: (res, actor, w) => {
      if (actor !== 'anonymous') expect(res.json().user.id).toBe(w[actor].id);
      if (actor === 'partner') expect(res.json().user.email).not.toBe(w.owner.email);
    },
  },
  'PATCH /api/me': { call: () => ({ body: { displayName: 'Renamed' } }), expect: own },
  'DELETE /api/me': {
    call: (w) => ({ body: { password: w.owner.password } }),
    expect: { owner: 204, partner: 401, stranger: 401, anonymous: 401 },
  },
  'POST /api/auth/password': {
    call: (w) => ({
      body: { currentPassword: w.owner.password, newPassword: 'a brand new passphrase' },
    }),
    expect: { owner: 204, partner: 401, stranger: 401, anonymous: 401 },
  },
  'GET /api/auth/sessions': {
    call: none,
    expect: own,
    check: (res, actor, w) => {
      if (actor === 'partner' || actor === 'stranger') {
        expect(res.body).not.toContain(w.ownerOtherSessionId);
      }
    },
  },
  'DELETE /api/auth/sessions/:id': {
    call: (w) => ({ url: `/api/auth/sessions/${w.ownerOtherSessionId}` }),
    expect: { owner: 204, partner: 404, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['partner', 'stranger'],
      missing: () => ({ url: `/api/auth/sessions/${'A'.repeat(43)}` }),
    },
  },
  'POST /api/auth/sessions/revoke-others': {
    call: none,
    expect: { owner: 204, partner: 204, stranger: 204, anonymous: 401 },
  },
  // "Forgot password" is for people who cannot log in: public, and the same for everyone.
  'GET /api/auth/reset': {
    call: none,
    expect: { owner: 200, partner: 200, stranger: 200, anonymous: 200 },
    check: (res) => expect(res.json()).toEqual({ email: false }),
  },
  // The matrix's server has no email: nobody can ask for a link, whoever's email they type.
  'POST /api/auth/reset-requests': {
    call: (w) => ({ body: { email: w.owner.email } }),
    expect: { owner: 409, partner: 409, stranger: 409, anonymous: 409 },
  },
  'POST /api/auth/reset': {
    call: () => ({ body: { token: 'A'.repeat(43), password: 'a brand new passphrase' } }),
    expect: { owner: 400, partner: 400, stranger: 400, anonymous: 400 },
  },
};
