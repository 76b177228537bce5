/**
 * Authorization-matrix entries for date nights: one per route this feature
 * registers. Run by tests/http/authorization-matrix.test.ts; only tests
 * import this file. The world has an idea both partners matched, a past
 * date with the owner's private reflection, and a feed made twice (the
 * first address revoked).
 */
import { expect } from 'vitest';
import {
  type Actor,
  type Call,
  DATE_REFLECTION_TEXT,
  type FeatureMatrix,
  noLeak,
  own,
  type World,
} from '../../../../tests/support/matrix';
import type { Person } from '../../../../tests/support/test-app';

/** A date id that exists nowhere. */
const MISSING_DATE = 'AAAAAAAAAAAAAAAAAAAAAA';
/** A feed token of the right shape that was never made. */
const WRONG_TOKEN = 'x'.repeat(43);
const record = { owner: 200, partner: 200, stranger: 404, anonymous: 401 };
const coupleWrite = { owner: 200, partner: 200, stranger: 404, anonymous: 401 };

async function ok<T>(res: Promise<{ statusCode: number; body: string; json(): T }>): Promise<T> {
  const done = await res;
  if (done.statusCode >= 300) throw new Error(`dates world: ${done.statusCode} ${done.body}`);
  return done.json();
}

/**
 * The owner marks an idea yes, the partner maybe (a match), and another idea
 * no; a date from the match, yesterday, with the owner's private reflection;
 * a calendar feed made, then made again so the first address is revoked.
 */
export async function buildDatesWorld(owner: Person, partner: Person): Promise<World['dates']> {
  const ideas = await ok<{ ideas: { id: string }[] }>(owner.request('GET', '/api/dates/ideas'));
  const [idea, vetoed] = ideas.ideas;
  if (!idea || !vetoed) throw new Error('dates world: no ideas');
  await ok(owner.request('PUT', `/api/dates/ideas/${idea.id}/pick`, { pick: 'yes' }));
  await ok(partner.request('PUT', `/api/dates/ideas/${idea.id}/pick`, { pick: 'maybe' }));
  await ok(owner.request('PUT', `/api/dates/ideas/${vetoed.id}/pick`, { pick: 'no' }));
  const date = await ok<{ id: string }>(
    owner.request('POST', '/api/dates', {
      ideaId: idea.id,
      start: '2026-03-01T18:00',
      timeZone: 'UTC',
      durationMinutes: 120,
      place: 'The river path',
      notes: 'Bring the blue blanket',
    }),
  );
  await ok(
    owner.request('PUT', `/api/dates/${date.id}/reflection`, {
      text: DATE_REFLECTION_TEXT,
      shared: false,
    }),
  );
  const tokenOf = (url: string) => url.replace(/^.*\/api\/calendar\//, '').replace(/\.ics$/, '');
  const first = await ok<{ url: string }>(owner.request('POST', '/api/dates/feed'));
  const second = await ok<{ url: string }>(owner.request('POST', '/api/dates/feed'));
  return {
    ideaId: idea.id,
    dateId: date.id,
    feedToken: tokenOf(second.url),
    revokedFeedToken: tokenOf(first.url),
  };
}

const dateUrl =
  (suffix = '') =>
  (w: World): Call => ({ url: `/api/dates/${w.dates.dateId}${suffix}` });
const missingDate =
  (suffix = '') =>
  (): Call => ({ url: `/api/dates/${MISSING_DATE}${suffix}` });

/** The feed is read by its token alone: the couple's works for anyone holding it; a wrong or revoked one is an unknown address. */
function feedCall(w: World, actor: Actor): Call {
  if (actor === 'stranger') return { url: `/api/calendar/${WRONG_TOKEN}.ics` };
  if (actor === 'anonymous') return { url: `/api/calendar/${w.dates.revokedFeedToken}.ics` };
  return { url: `/api/calendar/${w.dates.feedToken}.ics` };
}

export const datesMatrix: FeatureMatrix = {
  'GET /api/dates/ideas': { call: () => ({}), expect: own, check: noLeak },
  // Alone there is no one to match with: a stranger's pick is refused, and changes nothing.
  'PUT /api/dates/ideas/:ideaId/pick': {
    call: (w) => ({ url: `/api/dates/ideas/${w.dates.ideaId}/pick`, body: { pick: 'yes' } }),
    expect: coupleWrite,
    check: noLeak,
  },
  'DELETE /api/dates/ideas/:ideaId/pick': {
    call: (w) => ({ url: `/api/dates/ideas/${w.dates.ideaId}/pick` }),
    expect: coupleWrite,
    check: noLeak,
  },
  'GET /api/dates/matches': { call: () => ({}), expect: own, check: noLeak },
  'GET /api/dates': { call: () => ({}), expect: own, check: noLeak },
  'POST /api/dates': {
    call: () => ({
      body: { title: 'A walk', start: '2026-03-10T18:00', timeZone: 'UTC', durationMinutes: 60 },
    }),
    expect: { owner: 201, partner: 201, stranger: 404, anonymous: 401 },
    check: noLeak,
  },
  'GET /api/dates/:dateId': {
    call: dateUrl(),
    expect: record,
    sameAsMissing: { actors: ['stranger'], missing: missingDate() },
    check: (res, actor) => {
      noLeak(res, actor);
      // The partner sees the date; the owner's private reflection stays the owner's.
      if (actor === 'partner') expect(res.json().partnerReflection).toBeNull();
    },
  },
  'PATCH /api/dates/:dateId': {
    call: (w) => ({ ...dateUrl()(w), body: { place: 'The old bridge' } }),
    expect: record,
    sameAsMissing: {
      actors: ['stranger'],
      missing: () => ({ ...missingDate()(), body: { place: 'The old bridge' } }),
    },
    check: noLeak,
  },
  'DELETE /api/dates/:dateId': {
    call: dateUrl(),
    expect: { owner: 204, partner: 204, stranger: 404, anonymous: 401 },
    sameAsMissing: { actors: ['stranger'], missing: missingDate() },
    // Once one partner cancels, the date is gone for the other too.
    worldPerCall: true,
  },
  'GET /api/dates/:dateId/ics': {
    call: dateUrl('/ics'),
    expect: record,
    sameAsMissing: { actors: ['stranger'], missing: missingDate('/ics') },
    check: (res, actor) => {
      noLeak(res, actor);
      if (res.statusCode === 200) expect(res.body).not.toContain('blue blanket');
    },
  },
  'PUT /api/dates/:dateId/reflection': {
    call: (w) => ({
      ...dateUrl('/reflection')(w),
      body: { text: 'A calm evening', shared: false },
    }),
    expect: record,
    sameAsMissing: {
      actors: ['stranger'],
      missing: () => ({
        ...missingDate('/reflection')(),
        body: { text: 'A calm evening', shared: false },
      }),
    },
    check: noLeak,
  },
  'DELETE /api/dates/:dateId/reflection': {
    call: dateUrl('/reflection'),
    expect: record,
    sameAsMissing: { actors: ['stranger'], missing: missingDate('/reflection') },
    check: noLeak,
  },
  'GET /api/dates/feed': { call: () => ({}), expect: own, check: noLeak },
  'POST /api/dates/feed': {
    call: () => ({}),
    expect: { owner: 201, partner: 201, stranger: 404, anonymous: 401 },
  },
  'DELETE /api/dates/feed': {
    call: () => ({}),
    expect: { owner: 204, partner: 204, stranger: 404, anonymous: 401 },
  },
  // Public, read by calendar apps with the token alone. A wrong or revoked token answers
  // exactly like an address that does not exist.
  'GET /api/calendar/:token.ics': {
    call: feedCall,
    expect: { owner: 200, partner: 200, stranger: 404, anonymous: 404 },
    sameAsMissing: {
      actors: ['stranger', 'anonymous'],
      missing: () => ({ url: '/api/no-such-address' }),
    },
    check: (res) => {
      if (res.statusCode !== 200) return;
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(res.body).toContain('SUMMARY:Time together');
      expect(res.body).not.toContain('blue blanket');
    },
  },
};
