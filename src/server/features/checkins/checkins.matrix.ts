/**
 * Authorization-matrix entries for the weekly check-in: one per route this
 * feature registers. Run by tests/http/authorization-matrix.test.ts; only
 * tests import this file.
 *
 * In the world, the couple agreed on a day, held one check-in (the partner
 * added an agreement, now back for review), and the owner prepared for this
 * week's (every note marked, the concern kept private), added an agreement
 * to it, and proposed a new day the partner has not answered. Every route of
 * every feature is checked for the owner's notes through the `checkinPrep` topic.
 */
import { expect } from 'vitest';
import {
  type Actor,
  CHECKIN_PREP,
  type FeatureMatrix,
  none,
  own,
  type World,
} from '../../../../tests/support/matrix';
import type { Person } from '../../../../tests/support/test-app';

type CheckinsWorld = World['checkins'];

async function call(p: Person, method: 'PUT' | 'POST', url: string, body?: unknown) {
  const res = await p.request(method, url, body);
  if (res.statusCode !== 200) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** The check-in part of the world (see the file's comment). */
export async function buildCheckinsWorld(owner: Person, partner: Person): Promise<CheckinsWorld> {
  await call(owner, 'PUT', '/api/checkins/schedule/proposal', { weekday: 7, time: '19:00' });
  await call(partner, 'POST', '/api/checkins/schedule/proposal/accept');
  for (const from of ['waiting', 'appreciations', 'successes', 'concerns', 'goals']) {
    await call(partner, 'POST', '/api/checkins/current/step', { from, direction: 'next' });
  }
  const held = await call(partner, 'POST', '/api/agreements', { text: 'A shared agreement' });
  const agreementId: string = held.checkin.agreements[0].id;
  await call(partner, 'POST', '/api/checkins/current/step', {
    from: 'agreements',
    direction: 'next',
  });
  const prepared = await call(owner, 'PUT', '/api/checkins/current/prep', {
    appreciation: CHECKIN_PREP.appreciation,
    success: CHECKIN_PREP.success,
    concern: { text: CHECKIN_PREP.concern, private: true, continues: null },
    goals: CHECKIN_PREP.goals,
  });
  const made = await call(owner, 'POST', '/api/agreements', { text: 'This week’s agreement' });
  await call(owner, 'PUT', '/api/checkins/schedule/proposal', { weekday: 3, time: '18:30' });
  return {
    concernId: prepared.checkin.mine.concern.id,
    agreementId,
    newAgreementId: made.checkin.agreements[0].id,
  };
}

const NO_SUCH_ID = 'AAAAAAAAAAAAAAAAAAAAAA';
const sharedWrite = { owner: 200, partner: 200, stranger: 404, anonymous: 401 };
const ownersOnly = { owner: 200, partner: 404, stranger: 404, anonymous: 401 };

/** The partner at the first step sees the owner's appreciation, and nothing else of the preparation. */
function onlyTheAppreciation(res: { body: string }, actor: Actor) {
  if (actor !== 'partner') return;
  expect(res.body).toContain(CHECKIN_PREP.appreciation);
  for (const later of [CHECKIN_PREP.success, CHECKIN_PREP.concern, CHECKIN_PREP.goals]) {
    expect(res.body).not.toContain(later);
  }
}

function nothingForOthers(res: { statusCode: number; json(): unknown }, actor: Actor) {
  if (actor === 'owner' || res.statusCode !== 200) return;
  const body = res.json() as { checkin: { partner: unknown } | null; nudge: unknown };
  expect(body.nudge).toBeNull();
  if (body.checkin) {
    expect(body.checkin.partner).toEqual({
      appreciation: null,
      success: null,
      concern: null,
      goals: null,
    });
  }
}

const concernUrl = (w: World, suffix = '') =>
  `/api/checkins/concerns/${w.checkins.concernId}${suffix}`;

export const checkinsMatrix: FeatureMatrix = {
  'GET /api/checkins/current': { call: none, expect: own, check: nothingForOthers },
  'PUT /api/checkins/current/prep': {
    call: () => ({ body: { goals: 'Rest on Sunday' } }),
    expect: sharedWrite,
    check: nothingForOthers,
  },
  // Beginning focus mode reveals the owner's appreciation to the partner: that step has come.
  'POST /api/checkins/current/step': {
    call: () => ({ body: { from: 'waiting', direction: 'next' } }),
    expect: sharedWrite,
    reveals: { partner: ['checkinPrep'] },
    check: onlyTheAppreciation,
  },
  'PUT /api/checkins/schedule/proposal': {
    call: () => ({ body: { weekday: 2, time: '20:00' } }),
    expect: sharedWrite,
  },
  // The open proposal is the owner's: the partner may accept it, the owner may not.
  'POST /api/checkins/schedule/proposal/accept': {
    call: none,
    expect: { owner: 404, partner: 200, stranger: 404, anonymous: 401 },
    worldPerCall: true,
  },
  // The owner withdraws it; the partner declines it.
  'DELETE /api/checkins/schedule/proposal': {
    call: none,
    expect: sharedWrite,
    worldPerCall: true,
  },
  'PUT /api/checkins/concerns/:concernId': {
    call: (w) => ({ url: concernUrl(w), body: { resolved: true } }),
    expect: ownersOnly,
    sameAsMissing: {
      actors: ['partner', 'stranger'],
      missing: () => ({ url: `/api/checkins/concerns/${NO_SUCH_ID}`, body: { resolved: true } }),
    },
  },
  'DELETE /api/checkins/concerns/:concernId/nudge': {
    call: (w) => ({ url: concernUrl(w, '/nudge') }),
    expect: ownersOnly,
    sameAsMissing: {
      actors: ['partner', 'stranger'],
      missing: () => ({ url: `/api/checkins/concerns/${NO_SUCH_ID}/nudge` }),
    },
  },
  'GET /api/checkins/history': { call: none, expect: own },
  'GET /api/agreements': {
    call: none,
    expect: own,
    check: (res, actor) => {
      if (actor === 'anonymous') return;
      const count = (res.json() as { agreements: unknown[] }).agreements.length;
      expect(count).toBe(actor === 'stranger' ? 0 : 2);
    },
  },
  'POST /api/agreements': {
    call: () => ({ body: { text: 'One more agreement' } }),
    expect: sharedWrite,
  },
  'PUT /api/agreements/:agreementId/review': {
    call: (w) => ({
      url: `/api/agreements/${w.checkins.agreementId}/review`,
      body: { outcome: 'partly' },
    }),
    expect: sharedWrite,
    sameAsMissing: {
      actors: ['stranger'],
      missing: () => ({ url: `/api/agreements/${NO_SUCH_ID}/review`, body: { outcome: 'partly' } }),
    },
  },
  'DELETE /api/agreements/:agreementId': {
    call: (w) => ({ url: `/api/agreements/${w.checkins.newAgreementId}` }),
    expect: sharedWrite,
    sameAsMissing: {
      actors: ['stranger'],
      missing: () => ({ url: `/api/agreements/${NO_SUCH_ID}` }),
    },
    worldPerCall: true,
  },
};
