import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { openEventStream } from '../../../../tests/support/sse';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import type { GestureToday } from '../../../shared/gestures-api';
import type { Plan, Today } from '../../../shared/program-api';
import type { LifeEvent, LifeEventList } from '../../../shared/rhythm-api';

const DAY = 24 * 3600 * 1000;

/** A check whose main cause is routine and boredom: the plan then holds the novelty challenge. */
function check() {
  const items: Record<string, { now: number; wish: number }> = {};
  for (const kind of ['emo', 'phy', 'int'])
    for (let i = 1; i <= 7; i++) items[`check-${kind}-${i}`] = { now: 4, wish: 8 };
  return { items, causes: { 'same-days': 3 }, signs: [] };
}

async function pair(a: Person, b: Person): Promise<void> {
  const invite = await a.request('POST', '/api/couple/invites');
  const joined = await b.request('POST', '/api/couple/join', { code: invite.json().code });
  expect(joined.statusCode).toBe(200);
}

describe.each(dialects)('life events (%s)', (dialect) => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  const plan = async (p: Person): Promise<Plan> => (await p.request('GET', '/api/plan')).json();
  const events = async (p: Person): Promise<LifeEventList> =>
    (await p.request('GET', '/api/life-events')).json();
  const add = (p: Person, body: unknown) => p.request('POST', '/api/life-events', body);

  it('reshapes the plan of both partners, in the plan and in Today, until it is over', async () => {
    const { a, b } = await t.buildCouple();
    await a.request('POST', '/api/check/responses', check());
    const before = await plan(a);
    expect(before.adjustedFor).toEqual([]);
    expect(before.rhythm.map((r) => r.id)).toContain('novelty-challenge');

    const stream = await openEventStream(baseUrl, b.cookie);
    const added = await add(a, { kind: 'new-baby' });
    expect(added.statusCode).toBe(201);
    const event = added.json() as LifeEvent;
    expect(event).toMatchObject({
      kind: 'new-baby',
      startsOn: '2026-03-02',
      endedOn: null,
      status: 'ongoing',
      addedBy: 'me',
    });
    expect(await stream.next()).toEqual({ type: 'life-events.changed' });
    stream.close();

    // Both see it: a shared fact of the couple.
    expect((await events(b)).events).toEqual([{ ...event, addedBy: 'partner' }]);
    const during = await plan(a);
    expect(during.adjustedFor).toEqual(['new-baby']);
    expect(during.rhythm.map((r) => r.id)).not.toContain('novelty-challenge');
    expect(during.focus[0]).toBe(4);
    const daily = during.rhythm.find((r) => r.id === 'daily-question');
    expect(daily?.timesPerWeek).toBe(3);
    expect((await plan(b)).adjustedFor).toEqual(['new-baby']);
    // Today reads the same plan in its one snapshot query.
    const today = (await a.request('GET', '/api/today')).json() as Today;
    expect(today.week.find((w) => w.id === 'daily-question')?.target).toBe(3);

    // Either partner may say it is over: from today on, the plan is as before.
    const ended = await b.request('POST', `/api/life-events/${event.id}/end`);
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({
      endedOn: '2026-03-02',
      status: 'over',
      addedBy: 'partner',
    });
    expect(await plan(a)).toEqual({ ...before, nextCheckAt: before.nextCheckAt });
    // Saying it twice changes nothing.
    expect((await a.request('POST', `/api/life-events/${event.id}/end`)).json()).toMatchObject({
      endedOn: '2026-03-02',
    });
  });

  it('starts on a chosen day: coming events do not shape the plan yet; ending one before it begins', async () => {
    const { a } = await t.buildCouple();
    const coming = (await add(a, { kind: 'move', startsOn: '2026-03-20' })).json() as LifeEvent;
    expect(coming.status).toBe('upcoming');
    expect((await plan(a)).adjustedFor).toEqual([]);
    t.clock.advance(20 * DAY);
    try {
      expect((await plan(a)).adjustedFor).toEqual(['move']);
    } finally {
      t.clock.advance(-20 * DAY);
    }
    const ended = (await a.request('POST', `/api/life-events/${coming.id}/end`)).json();
    expect(ended).toMatchObject({ endedOn: '2026-03-20', status: 'over' });
    t.clock.advance(20 * DAY);
    try {
      expect((await plan(a)).adjustedFor).toEqual([]);
    } finally {
      t.clock.advance(-20 * DAY);
    }
  });

  it('keeps an event of someone alone their own, and "something else" with a few words', async () => {
    const solo = await t.signUp('Alone');
    const other = await add(solo, { kind: 'other', note: '  A new dog at home  ' });
    expect(other.statusCode).toBe(201);
    expect(other.json()).toMatchObject({ kind: 'other', note: 'A new dog at home' });
    const list = await events(solo);
    expect(list).toMatchObject({ shared: false, today: '2026-03-02' });
    expect((await plan(solo)).adjustedFor).toEqual(['other']);
  });

  it('refuses a start far away, an unknown kind, and too many at once', async () => {
    const { a } = await t.buildCouple();
    for (const body of [
      { kind: 'move', startsOn: '2024-01-01' },
      { kind: 'move', startsOn: '2028-01-01' },
      { kind: 'move', startsOn: '2026-02-30' },
      { kind: 'lottery' },
      { kind: 'other', note: 'x'.repeat(81) },
    ]) {
      const res = await add(a, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
    for (let i = 0; i < 6; i++) expect((await add(a, { kind: 'other' })).statusCode).toBe(201);
    const seventh = await add(a, { kind: 'illness' });
    expect(seventh.statusCode).toBe(409);
    expect(seventh.json().error.code).toBe('limit_reached');
  });

  it('is reachable only within its couple: not by a stranger, an ex-partner, or the next partner', async () => {
    const a = await t.signUp('Ari');
    const b = await t.signUp('Bo');
    const c = await t.signUp('Cy');
    const stranger = await t.signUp('Dee');
    await pair(a, b);
    const event = (await add(a, { kind: 'long-distance' })).json() as LifeEvent;
    const missing = await stranger.request('POST', '/api/life-events/AAAAAAAAAAAAAAAAAAAAAA/end');
    for (const path of [`/api/life-events/${event.id}/end`]) {
      const res = await stranger.request('POST', path);
      expect(res.statusCode).toBe(404);
      expect(res.body).toBe(missing.body);
    }
    const gone = await stranger.request('DELETE', `/api/life-events/${event.id}`);
    expect(gone.statusCode).toBe(404);
    expect((await events(stranger)).events).toEqual([]);

    await a.request('POST', '/api/couple/unlink');
    expect((await events(a)).events).toEqual([]);
    expect((await events(b)).events).toEqual([]);
    expect((await plan(b)).adjustedFor).toEqual([]);
    const late = await b.request('POST', `/api/life-events/${event.id}/end`);
    expect(late.statusCode).toBe(404);
    expect(late.body).toBe(missing.body);

    await pair(a, c);
    expect((await events(c)).events).toEqual([]);
    expect((await plan(c)).adjustedFor).toEqual([]);
    expect((await c.request('DELETE', `/api/life-events/${event.id}`)).statusCode).toBe(404);
  });

  it('takes an event away altogether, for either partner', async () => {
    const { a, b } = await t.buildCouple();
    const event = (await add(a, { kind: 'caring' })).json() as LifeEvent;
    expect((await b.request('DELETE', `/api/life-events/${event.id}`)).statusCode).toBe(204);
    expect((await events(a)).events).toEqual([]);
    expect((await a.request('DELETE', `/api/life-events/${event.id}`)).statusCode).toBe(404);
  });

  it('brings the re-check to four weeks after an event that began after the last check', async () => {
    const { a } = await t.buildCouple();
    await a.request('POST', '/api/check/responses', check());
    expect((await plan(a)).nextCheckAt).toBe('2026-04-06T12:00:00.000Z');
    t.clock.advance(3 * DAY);
    try {
      await add(a, { kind: 'new-job' });
      // Four weeks after 5 March, before the usual five weeks after the check.
      expect((await plan(a)).nextCheckAt).toBe('2026-04-02T00:00:00.000Z');
      t.clock.advance(28 * DAY);
      const today = (await a.request('GET', '/api/today')).json() as Today;
      const kinds = [...today.now, ...today.waiting].map((i) => i.kind);
      expect(kinds).toContain('recheck');
      t.clock.advance(-28 * DAY);
    } finally {
      t.clock.advance(-3 * DAY);
    }
  });

  it('offers small gestures that work apart while the couple lives apart', async () => {
    const { a } = await t.buildCouple();
    const library = (await a.request('GET', '/api/gestures')).json() as {
      gestures: { id: string; distance: boolean }[];
    };
    const apart = new Set(library.gestures.filter((g) => g.distance).map((g) => g.id));
    expect(apart.size).toBeGreaterThan(3);
    await add(a, { kind: 'long-distance' });
    for (let i = 0; i < 5; i++) {
      t.clock.advance(DAY);
      const today = (await a.request('GET', '/api/gestures/today')).json() as GestureToday;
      expect(apart.has(today.suggestion?.id ?? '')).toBe(true);
    }
    t.clock.advance(-5 * DAY);
  });
});
