/**
 * What the partner can learn of my preparation, on SQLite and PostgreSQL:
 * nothing before each note's step, by any route, count, error or live event;
 * answers byte for byte the same whether or not I prepared. A concern of mine
 * left open for three weeks is raised with me alone, with suggestions that
 * fit my own situation, and my partner's answers do not move when it is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import type { LiveEvent } from '../../../shared/api';
import type { CheckinState } from '../../../shared/checkins-api';

const START = new Date('2026-03-02T12:00:00Z');
const WEEK = 7 * 24 * 3600 * 1000;
/** Everything the partner can read that the check-in could touch. */
const PARTNER_VIEWS = [
  '/api/checkins/current',
  '/api/agreements',
  '/api/checkins/history',
  '/api/today',
  '/api/progress',
  '/api/plan',
];

async function state(p: Person): Promise<CheckinState> {
  return (await p.request('GET', '/api/checkins/current')).json();
}

async function ok(p: Person, method: 'PUT' | 'POST' | 'DELETE', url: string, body?: unknown) {
  const res = await p.request(method, url, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as CheckinState;
}

async function views(p: Person): Promise<string[]> {
  return Promise.all(PARTNER_VIEWS.map(async (url) => (await p.request('GET', url)).body));
}

async function step(p: Person, from: string): Promise<void> {
  await ok(p, 'POST', '/api/checkins/current/step', { from, direction: 'next' });
}

const FULL_PREP = {
  appreciation: 'secret-appreciation-91',
  success: 'secret-success-92',
  concern: { text: 'secret-concern-93', private: true, continues: null },
  goals: 'secret-goals-94',
  ratings: { emotional: 2, physical: 9, intellectual: 3, talk: 8 },
};

describe.each(dialects)('check-in privacy (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  /** Events that reach this person, gathered for the test's length. */
  function listen(p: Person): { events: LiveEvent[]; settle(): Promise<void>; stop(): void } {
    const events: LiveEvent[] = [];
    const stop = t.bus.subscribe(p.id, (message) => {
      if (message.kind === 'event') events.push(message.event);
    });
    // PostgreSQL's NOTIFY arrives a moment later.
    const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 250));
    return { events, settle, stop };
  }

  it('answers the partner byte for byte the same whether or not I prepared', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await ok(a, 'PUT', '/api/checkins/schedule/proposal', { weekday: 7, time: '19:00' });
    await ok(b, 'POST', '/api/checkins/schedule/proposal/accept');
    const heard = listen(b);
    const before = await views(b);
    await ok(a, 'PUT', '/api/checkins/current/prep', FULL_PREP);
    await ok(a, 'PUT', '/api/checkins/current/prep', { success: null });
    await heard.settle();
    expect(await views(b)).toEqual(before);
    // No event told my partner I prepared.
    expect(heard.events).toEqual([]);
    for (const body of await views(b)) {
      for (const word of ['secret-', '"physical":9']) expect(body).not.toContain(word);
    }

    // Focus mode reaches appreciations: a later note of mine changes nothing for them.
    await step(b, 'waiting');
    await heard.settle();
    heard.events.length = 0;
    const atAppreciations = await views(b);
    expect(atAppreciations[0]).toContain('secret-appreciation-91');
    await ok(a, 'PUT', '/api/checkins/current/prep', { success: 'secret-success-95' });
    await ok(a, 'PUT', '/api/checkins/current/prep', { goals: null });
    await heard.settle();
    expect(await views(b)).toEqual(atAppreciations);
    expect(heard.events).toEqual([]);
    // A change to a note already revealed reaches them live.
    await ok(a, 'PUT', '/api/checkins/current/prep', { appreciation: 'secret-appreciation-96' });
    await heard.settle();
    expect(heard.events).toEqual([
      { type: 'checkin.changed', checkinId: (await state(a)).checkin?.id },
    ]);
    heard.stop();
  });

  it('never reveals a concern kept private, not even at its step or by an event', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await ok(a, 'PUT', '/api/checkins/schedule/proposal', { weekday: 7, time: '19:00' });
    await ok(b, 'POST', '/api/checkins/schedule/proposal/accept');
    for (const from of ['waiting', 'appreciations', 'successes']) await step(a, from);
    const heard = listen(b);
    const without = await views(b);
    await ok(a, 'PUT', '/api/checkins/current/prep', {
      concern: { text: 'kept-to-myself-71', private: true, continues: null },
    });
    await heard.settle();
    expect(await views(b)).toEqual(without);
    expect(heard.events).toEqual([]);
    heard.stop();
  });

  it('answers a partner asking for my concern exactly as for one that does not exist', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await ok(a, 'PUT', '/api/checkins/schedule/proposal', { weekday: 7, time: '19:00' });
    await ok(b, 'POST', '/api/checkins/schedule/proposal/accept');
    const mine = await ok(a, 'PUT', '/api/checkins/current/prep', {
      concern: { text: 'x', private: false, continues: null },
    });
    const id = mine.checkin?.mine.concern?.id ?? '';
    const missing = 'AAAAAAAAAAAAAAAAAAAAAA';
    for (const [method, path, body] of [
      ['PUT', '/api/checkins/concerns/{id}', { resolved: true }],
      ['DELETE', '/api/checkins/concerns/{id}/nudge', undefined],
    ] as const) {
      const theirs = await b.request(method, path.replace('{id}', id), body);
      const none = await b.request(method, path.replace('{id}', missing), body);
      expect(theirs.statusCode).toBe(404);
      expect(theirs.body).toBe(none.body);
    }
    const carry = (continues: string) =>
      b.request('PUT', '/api/checkins/current/prep', {
        concern: { text: 'y', private: false, continues },
      });
    const theirs = await carry(id);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.body).toBe((await carry(missing)).body);
  });

  it('raises a concern left open three weeks in a row with its owner alone, once', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await ok(a, 'PUT', '/api/checkins/schedule/proposal', { weekday: 7, time: '19:00' });
    await ok(b, 'POST', '/api/checkins/schedule/proposal/accept');
    let concernId: string | null = null;
    for (let week = 0; week < 3; week += 1) {
      const now = await state(a);
      if (week > 0) expect(now.openConcern?.id).toBe(concernId);
      expect(now.nudge).toBeNull();
      const saved = await ok(a, 'PUT', '/api/checkins/current/prep', {
        concern: {
          text: `The chores, week ${week + 1}`,
          private: week === 1,
          continues: concernId,
        },
      });
      concernId = saved.checkin?.mine.concern?.id ?? null;
      expect(saved.checkin?.mine.concern?.continued).toBe(week > 0);
      // The week passes without a finished check-in: its day ends.
      t.clock.advance(WEEK);
    }
    const raised = await state(a);
    expect(raised.nudge).toEqual({
      concernId,
      text: 'The chores, week 3',
      weeks: 3,
      suggestions: ['listening', 'therapy'],
    });
    const partnerBody = (await b.request('GET', '/api/checkins/current')).body;
    expect(partnerBody).not.toContain('chores');
    expect(JSON.parse(partnerBody).nudge).toBeNull();

    // Dismissed, it is not raised again; the partner's answers do not move.
    const partnerViews = await views(b);
    const dismissed = await ok(a, 'DELETE', `/api/checkins/concerns/${concernId}/nudge`);
    expect(dismissed.nudge).toBeNull();
    expect(await views(b)).toEqual(partnerViews);
    // Calling it resolved takes it off the list to carry on.
    expect((await state(a)).openConcern?.id).toBe(concernId);
    const resolved = await ok(a, 'PUT', `/api/checkins/concerns/${concernId}`, { resolved: true });
    expect(resolved.openConcern).toBeNull();
    expect(await views(b)).toEqual(partnerViews);
  });

  it('erases a person’s notes, concerns and agreements with their account; the partner’s stay', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await ok(a, 'PUT', '/api/checkins/schedule/proposal', { weekday: 7, time: '19:00' });
    await ok(b, 'POST', '/api/checkins/schedule/proposal/accept');
    await ok(a, 'PUT', '/api/checkins/current/prep', {
      appreciation: 'erase-me-appreciation',
      concern: { text: 'erase-me-concern', private: false, continues: null },
    });
    await ok(b, 'PUT', '/api/checkins/current/prep', { appreciation: 'stays-appreciation' });
    await ok(a, 'POST', '/api/agreements', { text: 'erase-me-agreement' });
    await ok(b, 'POST', '/api/agreements', { text: 'stays-agreement' });
    expect((await a.request('DELETE', '/api/me', { password: a.password })).statusCode).toBe(204);
    const { db } = t.database.handle;
    const rows = JSON.stringify([
      await db.selectFrom('checkin_preps').selectAll().execute(),
      await db.selectFrom('checkin_agreements').selectAll().execute(),
      await db.selectFrom('checkin_concerns').selectAll().where('user_id', '=', a.id).execute(),
    ]);
    expect(rows).not.toContain('erase-me');
    expect(rows).toContain('stays-appreciation');
    expect(rows).toContain('stays-agreement');
  });

  it('suggests support of one’s own, not couple activities, after the private screen', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await ok(a, 'PUT', '/api/checkins/schedule/proposal', { weekday: 7, time: '19:00' });
    await ok(b, 'POST', '/api/checkins/schedule/proposal/accept');
    const screened = await a.request('POST', '/api/for-you/answers', {
      answers: { afraid: 'yes' },
      remember: 'account',
    });
    expect(screened.statusCode).toBe(200);
    let concernId: string | null = null;
    for (let week = 0; week < 3; week += 1) {
      const saved = await ok(a, 'PUT', '/api/checkins/current/prep', {
        concern: { text: 'Something heavy', private: true, continues: concernId },
      });
      concernId = saved.checkin?.mine.concern?.id ?? null;
      t.clock.advance(WEEK);
    }
    expect((await state(a)).nudge?.suggestions).toEqual(['support']);
    // Nothing of it on Today either, for anyone.
    for (const p of [a, b]) {
      expect((await p.request('GET', '/api/today')).body).not.toContain('Something heavy');
    }
  });
});
