/**
 * Agreements and history on SQLite and PostgreSQL: agreements are made in a
 * check-in, come back for review the next week (kept rests, partly and not
 * yet carry on), belong to the couple (gone for both after an unlink, never
 * seen by a next partner), and each person's history keeps their own notes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import type { Agreements, CheckinHistory, CheckinState } from '../../../shared/checkins-api';

const START = new Date('2026-03-02T12:00:00Z');
const STEPS = ['waiting', 'appreciations', 'successes', 'concerns', 'goals', 'agreements'];

async function state(p: Person): Promise<CheckinState> {
  return (await p.request('GET', '/api/checkins/current')).json();
}

async function ok(p: Person, method: 'PUT' | 'POST' | 'DELETE', url: string, body?: unknown) {
  const res = await p.request(method, url, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as CheckinState;
}

async function agree(a: Person, b: Person): Promise<void> {
  await ok(a, 'PUT', '/api/checkins/schedule/proposal', { weekday: 7, time: '19:00' });
  await ok(b, 'POST', '/api/checkins/schedule/proposal/accept');
}

/** Walks focus mode to the agreements step. */
async function toAgreements(p: Person): Promise<void> {
  for (const from of STEPS.slice(0, -1))
    await ok(p, 'POST', '/api/checkins/current/step', { from, direction: 'next' });
}

async function finish(p: Person): Promise<void> {
  await ok(p, 'POST', '/api/checkins/current/step', { from: 'agreements', direction: 'next' });
}

async function add(p: Person, text: string): Promise<string> {
  const after = await ok(p, 'POST', '/api/agreements', { text });
  const made = after.checkin?.agreements.find((a) => a.text === text);
  if (!made) throw new Error('agreement missing');
  return made.id;
}

async function agreements(p: Person): Promise<Agreements['agreements']> {
  return (await p.request('GET', '/api/agreements')).json().agreements;
}

async function history(p: Person): Promise<CheckinHistory> {
  return (await p.request('GET', '/api/checkins/history')).json();
}

describe.each(dialects)('agreements and history (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('carries agreements into the next check-ins until kept', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await agree(a, b);
    await toAgreements(a);
    const walk = await add(a, 'A walk after dinner on two evenings');
    const phones = await add(b, 'Phones away at the table');
    const week1 = await state(b);
    expect(week1.checkin?.agreements.map((x) => x.text)).toEqual([
      'A walk after dinner on two evenings',
      'Phones away at the table',
    ]);
    expect(week1.checkin?.review).toEqual([]);
    // Made this week: not for review now.
    const early = await a.request('PUT', `/api/agreements/${walk}/review`, { outcome: 'kept' });
    expect(early.statusCode).toBe(404);
    await finish(b);

    // Week two: both come back for review.
    const week2 = await state(a);
    expect(week2.checkin?.day).toBe('2026-03-15');
    expect(week2.checkin?.review).toEqual([
      {
        id: walk,
        text: 'A walk after dinner on two evenings',
        madeOn: '2026-03-08',
        outcome: null,
      },
      { id: phones, text: 'Phones away at the table', madeOn: '2026-03-08', outcome: null },
    ]);
    await ok(a, 'PUT', `/api/agreements/${walk}/review`, { outcome: 'not-yet' });
    // Changed in the same check-in: the last word stands.
    await ok(b, 'PUT', `/api/agreements/${walk}/review`, { outcome: 'kept' });
    await ok(b, 'PUT', `/api/agreements/${phones}/review`, { outcome: 'partly' });
    expect((await state(a)).checkin?.review.map((r) => r.outcome)).toEqual(['kept', 'partly']);
    await toAgreements(a);
    const tea = await add(a, 'Tea together on Sunday morning');
    // Taken back in the check-in it was made in.
    const slip = await add(b, 'A slip of the keyboard');
    expect((await ok(b, 'DELETE', `/api/agreements/${slip}`)).checkin?.agreements).toHaveLength(1);
    await finish(a);

    // Week three: "partly" carries on, "kept" rests, last week's new one comes in.
    const week3 = await state(b);
    expect(week3.checkin?.review.map((r) => r.id)).toEqual([phones, tea]);
    const rested = await a.request('PUT', `/api/agreements/${walk}/review`, { outcome: 'kept' });
    expect(rested.statusCode).toBe(404);
    // One from an earlier check-in cannot be taken back now.
    expect((await a.request('DELETE', `/api/agreements/${tea}`)).statusCode).toBe(404);
    expect(await agreements(b)).toEqual([
      { id: tea, text: 'Tea together on Sunday morning', madeOn: '2026-03-15', status: 'open' },
      { id: phones, text: 'Phones away at the table', madeOn: '2026-03-08', status: 'partly' },
      {
        id: walk,
        text: 'A walk after dinner on two evenings',
        madeOn: '2026-03-08',
        status: 'kept',
      },
    ]);

    // A week without a check-in loses nothing: on 29 March the two are still due.
    t.clock.set(new Date('2026-03-23T12:00:00Z'));
    const week5 = await state(a);
    expect(week5.checkin?.day).toBe('2026-03-29');
    expect(week5.checkin?.review.map((r) => r.id)).toEqual([phones, tea]);
  });

  it('keeps my notes mine in the history, and the agreements ours', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await agree(a, b);
    await ok(a, 'PUT', '/api/checkins/current/prep', {
      appreciation: 'Robin-history-appreciation',
      concern: { text: 'Robin-history-concern', private: true, continues: null },
    });
    await ok(b, 'PUT', '/api/checkins/current/prep', { goals: 'Sam-history-goals' });
    await toAgreements(b);
    await add(b, 'Shared-history-agreement');
    await finish(a);
    // Week two, not held: Robin prepared, so it is Robin's history only.
    await ok(a, 'PUT', '/api/checkins/current/prep', { success: 'Robin-week-two' });
    t.clock.set(new Date('2026-03-16T12:00:00Z'));

    const mine = await history(a);
    expect(mine.entries.map((e) => [e.day, e.held])).toEqual([
      ['2026-03-15', false],
      ['2026-03-08', true],
    ]);
    expect(mine.entries[1]).toMatchObject({
      mine: {
        appreciation: 'Robin-history-appreciation',
        concern: 'Robin-history-concern',
        concernPrivate: true,
        success: null,
        goals: null,
      },
      agreements: [{ text: 'Shared-history-agreement', status: 'open' }],
    });
    const theirs = await history(b);
    expect(theirs.entries.map((e) => e.day)).toEqual(['2026-03-08']);
    expect(theirs.entries[0]?.mine?.goals).toBe('Sam-history-goals');
    expect(JSON.stringify(theirs)).not.toContain('Robin-');
    expect(JSON.stringify(mine)).not.toContain('Sam-history-goals');
    // Paging.
    const first = (await a.request('GET', '/api/checkins/history?limit=1')).json();
    expect(first.entries).toHaveLength(1);
    const next = (
      await a.request('GET', `/api/checkins/history?limit=1&before=${first.nextBefore}`)
    ).json();
    expect(next.entries[0].day).toBe('2026-03-08');
    expect(next.nextBefore).toBeNull();
  });

  it('ends the agreements with the couple; my notes stay mine; a next partner sees nothing', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await agree(a, b);
    await ok(a, 'PUT', '/api/checkins/current/prep', {
      appreciation: 'Before-unlink-note',
      concern: { text: 'Before-unlink-concern', private: false, continues: null },
    });
    await toAgreements(a);
    const kept = await add(a, 'Before-unlink-agreement');
    await finish(b);
    // The next week offers Robin's open concern to carry on.
    const concernId = (await state(a)).openConcern?.id;
    expect(concernId).toBeTruthy();

    expect((await a.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    for (const ex of [a, b]) {
      expect(await agreements(ex)).toEqual([]);
      expect(JSON.stringify(await history(ex))).not.toContain('Before-unlink-agreement');
      const review = await ex.request('PUT', `/api/agreements/${kept}/review`, {
        outcome: 'kept',
      });
      expect(review.statusCode).toBe(404);
      expect((await state(ex)).linked).toBe(false);
    }
    expect((await history(a)).entries[0]?.mine?.appreciation).toBe('Before-unlink-note');
    expect(JSON.stringify(await history(b))).not.toContain('Before-unlink-note');

    // Robin pairs again, with Cy.
    const c = await t.signUp('Cy');
    const invite = await a.request('POST', '/api/couple/invites');
    expect(
      (await c.request('POST', '/api/couple/join', { code: invite.json().code })).statusCode,
    ).toBe(200);
    expect(await agreements(c)).toEqual([]);
    expect(await agreements(a)).toEqual([]);
    expect((await history(c)).entries).toEqual([]);
    const fresh = await state(c);
    expect(fresh).toMatchObject({ linked: true, schedule: null, checkin: null, previous: null });
    await agree(a, c);
    const withCy = await state(a);
    expect(withCy.checkin?.review).toEqual([]);
    // The concern from the earlier couple is not offered to carry on here…
    expect(withCy.openConcern).toBeNull();
    // …and cannot be continued in this couple.
    const carried = await a.request('PUT', '/api/checkins/current/prep', {
      concern: { text: 'again', private: false, continues: concernId },
    });
    expect(carried.statusCode).toBe(404);
    expect(JSON.stringify(await state(c))).not.toContain('Before-unlink');
    const cyHistory = JSON.stringify(await history(c));
    expect(cyHistory).not.toContain('Before-unlink');
  });
});
