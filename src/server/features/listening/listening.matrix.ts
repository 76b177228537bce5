/**
 * Authorization-matrix entries for listening sessions: one per route this
 * feature registers. Run by tests/http/authorization-matrix.test.ts; only
 * tests import this file.
 *
 * The world holds a session the owner started with the partner, run to the
 * end, where the owner rated their turn privately: that rating's value is
 * the owner's mark (`listening` topic) and must never reach the partner.
 */
import { expect } from 'vitest';
import {
  type FeatureMatrix,
  none,
  OWNER_LISTENING_RATING,
  own,
} from '../../../../tests/support/matrix';
import type { Person } from '../../../../tests/support/test-app';

/** A well-formed id that belongs to no session. */
const MISSING = '/api/listening/sessions/nO-sUcH-sEsSiOn-0000000';
const sessionUrl = (id: string) => `/api/listening/sessions/${id}`;

/**
 * The owner speaks first and the partner second; both turns run, the session
 * ends, and the owner rates their turn without sharing it. Returns its id.
 */
export async function runListeningSession(owner: Person, partner: Person): Promise<string> {
  const started = await owner.request('POST', '/api/listening/sessions', {
    firstSpeaker: 'me',
    seconds: 120,
    mode: 'together',
  });
  if (started.statusCode !== 201) throw new Error(`listening start: ${started.body}`);
  const id: string = started.json().id;
  const steps: [Person, string, number][] = [
    [owner, 'start', 1],
    [owner, 'reflect', 1],
    [partner, 'swap', 1],
    [partner, 'start', 2],
    [partner, 'reflect', 2],
    [owner, 'finish', 2],
  ];
  for (const [person, action, turn] of steps) {
    const res = await person.request('POST', `${sessionUrl(id)}/actions`, { action, turn });
    if (res.statusCode !== 200) throw new Error(`listening ${action}: ${res.body}`);
  }
  const rated = await owner.request('PUT', `${sessionUrl(id)}/rating`, {
    rating: OWNER_LISTENING_RATING,
    share: false,
  });
  if (rated.statusCode !== 200) throw new Error(`listening rating: ${rated.body}`);
  return id;
}

/** The partner sees the session, and nothing of the owner's private rating. */
const partnerSeesNoRating = (res: { json(): { rating?: { partnerShared: unknown } } }) =>
  expect(res.json().rating?.partnerShared ?? null).toBeNull();

export const listeningMatrix: FeatureMatrix = {
  // The world's session has ended, so each call starts a new one; a stranger has no partner.
  'POST /api/listening/sessions': {
    call: () => ({ body: { firstSpeaker: 'me', seconds: 180, mode: 'together' } }),
    expect: { owner: 201, partner: 201, stranger: 404, anonymous: 401 },
    worldPerCall: true,
  },
  'GET /api/listening/sessions/:sessionId': {
    call: (w) => ({ url: sessionUrl(w.listeningSessionId) }),
    expect: { owner: 200, partner: 200, stranger: 404, anonymous: 401 },
    sameAsMissing: { actors: ['stranger'], missing: () => ({ url: MISSING }) },
    check: (res, actor) => {
      if (actor === 'partner') partnerSeesNoRating(res);
    },
  },
  // Ending an ended session changes nothing, for either partner.
  'POST /api/listening/sessions/:sessionId/actions': {
    call: (w) => ({
      url: `${sessionUrl(w.listeningSessionId)}/actions`,
      body: { action: 'end', turn: 2 },
    }),
    expect: { owner: 200, partner: 200, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['stranger'],
      missing: () => ({ url: `${MISSING}/actions`, body: { action: 'end', turn: 2 } }),
    },
    check: (res, actor) => {
      if (actor === 'partner') partnerSeesNoRating(res);
    },
  },
  // Each rates their own turn: the owner gives the same rating again, the partner a private one.
  'PUT /api/listening/sessions/:sessionId/rating': {
    call: (w, actor) => ({
      url: `${sessionUrl(w.listeningSessionId)}/rating`,
      body: { rating: actor === 'owner' ? OWNER_LISTENING_RATING : 4, share: false },
    }),
    expect: { owner: 200, partner: 200, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['stranger'],
      missing: () => ({ url: `${MISSING}/rating`, body: { rating: 4, share: false } }),
    },
    check: (res, actor) => {
      if (actor === 'partner') partnerSeesNoRating(res);
    },
  },
  'GET /api/listening/summary': {
    call: none,
    expect: own,
    check: (res, actor) => {
      // One private rating received: far from what the average may show.
      if (actor === 'partner') expect(res.json().listenerAverage).toBeNull();
    },
  },
  'GET /api/listening/prompts': { call: none, expect: own },
};
