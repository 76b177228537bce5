/**
 * Two app instances on one PostgreSQL database, each behind nothing but its
 * own port: a session, the log-in limits, live events, background jobs and the
 * private-screen flag are the same whichever instance a request reaches.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RateLimits } from '../../src/server/features/deps';
import { createTestDatabase, postgresUrl, type TestDatabase } from '../support/databases';
import { type EventStream, openEventStream } from '../support/sse';
import { createTestApp, type Person, type TestApp } from '../support/test-app';

/** Failed log-ins one address may make for one account, on both instances together. */
const LOGIN_TRIES = 4;
const limits: RateLimits = {
  loginPerIp: { max: 10_000, windowMs: 60_000 },
  loginPerIpAndAccount: { max: LOGIN_TRIES, windowMs: 60_000 },
  loginPerAccount: { max: 10_000, windowMs: 60_000 },
  signupPerIp: { max: 10_000, windowMs: 60_000 },
};

interface Instance {
  t: TestApp;
  url: string;
}

function call(
  on: Instance,
  method: string,
  path: string,
  options: { cookie?: string; body?: unknown } = {},
): Promise<Response> {
  return fetch(`${on.url}${path}`, {
    method,
    headers: {
      ...(options.cookie ? { cookie: `rekindle_session=${options.cookie}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
}

function endsWithin(stream: EventStream, ms: number): Promise<'ended' | 'still open'> {
  return Promise.race([
    stream.ended.then(() => 'ended' as const),
    new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), ms)),
  ]);
}

describe.skipIf(!postgresUrl)('two instances on one PostgreSQL database', () => {
  let database: TestDatabase;
  let one: Instance;
  let two: Instance;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const start = async (): Promise<Instance> => {
      const t = await createTestApp('postgres', { database, rateLimits: limits });
      // Both workers run on their own timers, as in production.
      t.app.jobs.start();
      return { t, url: await t.app.listen({ port: 0, host: '127.0.0.1' }) };
    };
    one = await start();
    two = await start();
  });
  afterAll(async () => {
    await one?.t.close();
    await two?.t.close();
    await database?.drop();
  });

  it('a session made on one works on the other, and a logout on one ends it on both', async () => {
    const p: Person = await one.t.signUp();
    const cookie = p.cookie;
    expect((await call(two, 'GET', '/api/me', { cookie })).status).toBe(200);
    const streamOnTwo = await openEventStream(two.url, cookie);
    try {
      expect((await call(one, 'POST', '/api/auth/logout', { cookie })).status).toBe(204);
      expect(await endsWithin(streamOnTwo, 3000)).toBe('ended');
      expect((await call(two, 'GET', '/api/me', { cookie })).status).toBe(401);
      expect((await call(one, 'GET', '/api/me', { cookie })).status).toBe(401);
    } finally {
      streamOnTwo.close();
    }
  });

  it('counts failed log-ins across both: the limit trips at the same total', async () => {
    const p = await one.t.signUp();
    const wrong = (on: Instance) =>
      call(on, 'POST', '/api/auth/login', {
        body: { email: p.email, password: 'not the right passphrase at all' },
      });
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_TRIES; i++)
      statuses.push((await wrong(i % 2 === 0 ? one : two)).status);
    expect(statuses).toEqual(Array.from({ length: LOGIN_TRIES }, () => 401));
    // One more, on either instance, is one too many.
    const limitedOnTwo = await wrong(two);
    expect(limitedOnTwo.status).toBe(429);
    expect(Number(limitedOnTwo.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await wrong(one)).status).toBe(429);
    // The right passphrase waits too: the limit is on guesses for this account from here.
    const right = await call(one, 'POST', '/api/auth/login', {
      body: { email: p.email, password: p.password },
    });
    expect(right.status).toBe(429);
  });

  it('a live event published on one reaches a stream opened on the other', async () => {
    const { a, b } = await one.t.buildCouple();
    const streamOnTwo = await openEventStream(two.url, b.cookie);
    try {
      const today = (await (
        await call(one, 'GET', '/api/questions/today', { cookie: a.cookie })
      ).json()) as {
        question: { id: string };
        day: string;
      };
      const answered = await call(one, 'PUT', `/api/questions/${today.question.id}/answer`, {
        cookie: a.cookie,
        body: { text: 'words sent on the first instance' },
      });
      expect(answered.status).toBe(200);
      let event = await streamOnTwo.next();
      // The pairing's own notice may still arrive first.
      while (event.type === 'couple.changed') event = await streamOnTwo.next();
      expect(event).toEqual({
        type: 'answer.partner',
        questionId: today.question.id,
        day: today.day,
      });
      // And nothing of the words themselves travels in the event.
      expect(JSON.stringify(event)).not.toContain('words sent');
    } finally {
      streamOnTwo.close();
    }
  });

  it('runs a job exactly once with both instances’ workers running', async () => {
    const kind = 'instances.test.count';
    const runs: { key: string; by: 'one' | 'two' }[] = [];
    const schema = z.object({ n: z.number().int() });
    for (const [instance, by] of [
      [one, 'one'],
      [two, 'two'],
    ] as const) {
      instance.t.app.jobs.handle(kind, schema, async (_payload, context) => {
        runs.push({ key: context.key, by });
        // Long enough for the other worker to look for work meanwhile.
        await new Promise((resolve) => setTimeout(resolve, 15));
      });
    }
    const keys = Array.from({ length: 30 }, (_, n) => `instances-test-${n}`);
    for (const [n, key] of keys.entries()) {
      const on = n % 2 === 0 ? one : two;
      expect(await on.t.app.jobs.enqueue({ kind, key, payload: { n } })).toBe(true);
    }
    // The same piece of work offered again, on either instance, is not added.
    expect(await one.t.app.jobs.enqueue({ kind, key: keys[1] ?? '', payload: { n: 1 } })).toBe(
      false,
    );
    expect(await two.t.app.jobs.enqueue({ kind, key: keys[0] ?? '', payload: { n: 0 } })).toBe(
      false,
    );
    one.t.app.jobs.wake();
    two.t.app.jobs.wake();

    const deadline = Date.now() + 10_000;
    while (runs.length < keys.length && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Both workers keep looking a while longer: nothing runs a second time.
    one.t.app.jobs.wake();
    two.t.app.jobs.wake();
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Both took their share, and none ran twice.
    expect(new Set(runs.map((r) => r.by))).toEqual(new Set(['one', 'two']));
    expect(runs.map((r) => r.key).sort()).toEqual([...keys].sort());
    const rows = await database.handle.db
      .selectFrom('jobs')
      .select(['status', 'attempts'])
      .where('kind', '=', kind)
      .execute();
    expect(rows).toHaveLength(keys.length);
    expect(rows.every((r) => r.status === 'done' && Number(r.attempts) === 1)).toBe(true);
  });

  it('the private-screen flag kept via one shapes the answers of the other', async () => {
    const p = await one.t.signUp();
    const cookie = p.cookie;
    const forYou = async (on: Instance) =>
      (await (await call(on, 'GET', '/api/for-you', { cookie })).json()) as {
        route: string;
        kept: string | null;
      };
    const individual = async (on: Instance) =>
      ((await (await call(on, 'GET', '/api/today', { cookie })).json()) as { individual: boolean })
        .individual;
    expect(await individual(two)).toBe(false);

    // Kept in the account, via the first instance.
    const sent = await call(one, 'POST', '/api/for-you/answers', {
      cookie,
      body: { answers: { controlled: 'yes' }, remember: 'account' },
    });
    expect(sent.status).toBe(200);
    expect(await forYou(two)).toMatchObject({ route: 'individual', kept: 'account' });
    expect(await individual(two)).toBe(true);

    // Kept only in this session, via the second: the first sees it too.
    const again = await call(two, 'POST', '/api/for-you/answers', {
      cookie,
      body: { answers: { controlled: 'yes' }, remember: 'none' },
    });
    expect(again.status).toBe(200);
    expect(await forYou(one)).toMatchObject({ route: 'individual', kept: 'session' });
    expect(await individual(one)).toBe(true);

    // Forgotten via the first: the second forgets at once.
    expect((await call(one, 'DELETE', '/api/for-you/flag', { cookie })).status).toBe(204);
    expect((await forYou(two)).route).toBe('together');
    expect(await individual(two)).toBe(false);
  });
});
