/**
 * Authorization-matrix entries for invite, join, couple settings and unlinking: one per route this
 * feature registers. Run by tests/http/authorization-matrix.test.ts; only
 * tests import this file.
 */
import { expect } from 'vitest';
import { type FeatureMatrix, none } from '../../../../tests/support/matrix';

export const coupleMatrix: FeatureMatrix = {
  'POST /api/couple/invites': {
    call: none,
    expect: { owner: 409, partner: 409, stranger: 201, anonymous: 401 },
  },
  'POST /api/couple/invites/preview': {
    // Public: a link is opened before signing up. The inviter's name, and nothing else.
    call: (w) => ({ body: { code: w.inviteCode } }),
    expect: { owner: 200, partner: 200, stranger: 200, anonymous: 200 },
    check: (res) => expect(res.json()).toEqual({ inviterName: 'Inviter' }),
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
  // The owner invited, the partner joined: the owner has a note that they are
  // now linked. It is the owner's alone.
  'GET /api/couple/notice': {
    call: none,
    expect: { owner: 200, partner: 200, stranger: 200, anonymous: 401 },
    check: (res, actor) => {
      if (actor === 'owner')
        expect(res.json()).toEqual({ notice: { kind: 'linked', partnerName: 'Sam' } });
      else if (actor !== 'anonymous') expect(res.json()).toEqual({ notice: null });
    },
  },
  // The others try first: the owner's 204 last shows the note was still there.
  'DELETE /api/couple/notice/:kind': {
    call: () => ({ url: '/api/couple/notice/linked' }),
    expect: { owner: 204, partner: 404, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['partner', 'stranger'],
      missing: () => ({ url: '/api/couple/notice/unlinked' }),
    },
  },
};
