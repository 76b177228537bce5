/**
 * An open live stream ends the moment its session ends, on this instance and
 * on every other one sharing the database; a person keeps only a few streams
 * open; and after unlink an ex-partner's stream carries nothing of the other's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_STREAMS_PER_PERSON } from '../../src/server/plugins/events';
import type { LiveEvent } from '../../src/shared/api';
import { createTestDatabase, dialects } from '../support/databases';
import { type EventStream, openEventStream } from '../support/sse';
import { createTestApp, type Person, type TestApp } from '../support/test-app';

const ENDS_WITHIN_MS = 3000;
const STAYS_OPEN_MS = 600;

function endsWithin(stream: EventStream, ms: number): Promise<'ended' | 'still open'> {
  return Promise.race([
    stream.ended.then(() => 'ended' as const),
    new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), ms)),
  ]);
}
const endsSoon = (stream: EventStream) => endsWithin(stream, ENDS_WITHIN_MS);
/** Streams that must stay open are watched for a shorter while, after the others ended. */
const staysOpen = async (stream: EventStream) =>
  (await endsWithin(stream, STAYS_OPEN_MS)) === 'still open';

async function secondSession(t: TestApp, person: Person): Promise<string> {
  const res = await t.anonymous('POST', '/api/auth/login', {
    email: person.email,
    password: person.password,
  });
  expect(res.statusCode).toBe(200);
  return res.cookies.find((c) => c.name === 'rekindle_session')?.value ?? '';
}

describe.each(dialects)('live streams end with their session (%s)', (dialect) => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  it('on logout', async () => {
    const p = await t.signUp();
    const stream = await openEventStream(base, p.cookie);
    expect((await p.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect(await endsSoon(stream)).toBe('ended');
  });

  it('when the session is ended from another device, and only that one', async () => {
    const p = await t.signUp();
    const other = await secondSession(t, p);
    const mine = await openEventStream(base, p.cookie);
    const theirs = await openEventStream(base, other);
    const sessions = (await p.request('GET', '/api/auth/sessions')).json().sessions as {
      id: string;
      current: boolean;
    }[];
    const target = sessions.find((s) => !s.current);
    expect((await p.request('DELETE', `/api/auth/sessions/${target?.id}`)).statusCode).toBe(204);
    expect(await endsSoon(theirs)).toBe('ended');
    expect(await staysOpen(mine)).toBe(true);
    mine.close();
  });

  it('on "log out everywhere else", on password change, and on account deletion', async () => {
    const p = await t.signUp();
    const elsewhere = await openEventStream(base, await secondSession(t, p));
    const here = await openEventStream(base, p.cookie);
    expect((await p.request('POST', '/api/auth/sessions/revoke-others')).statusCode).toBe(204);
    expect(await endsSoon(elsewhere)).toBe('ended');

    const again = await openEventStream(base, await secondSession(t, p));
    const newPassword = 'another calm and long passphrase';
    const changed = await p.request('POST', '/api/auth/password', {
      currentPassword: p.password,
      newPassword,
    });
    expect(changed.statusCode).toBe(204);
    expect(await endsSoon(again)).toBe('ended');
    expect(await staysOpen(here)).toBe(true);

    const deleted = await p.request('DELETE', '/api/me', { password: newPassword });
    expect(deleted.statusCode).toBe(204);
    expect(await endsSoon(here)).toBe('ended');
  });

  it(`keeps at most ${MAX_STREAMS_PER_PERSON} streams per person, closing the oldest`, async () => {
    const p = await t.signUp();
    const streams: EventStream[] = [];
    for (let i = 0; i < MAX_STREAMS_PER_PERSON; i++)
      streams.push(await openEventStream(base, p.cookie));
    const newest = await openEventStream(base, p.cookie);
    expect(await endsSoon(streams[0] as EventStream)).toBe('ended');
    expect(await staysOpen(newest)).toBe(true);
    for (const s of [...streams, newest]) s.close();
  });

  it('after unlink, carries nothing of the ex-partner, even an event sent late', async () => {
    const { a, b } = await t.buildCouple();
    const me = (await b.request('GET', '/api/me')).json();
    const oldCouple = me.couple.id as string;
    const stream = await openEventStream(base, b.cookie, { linkNews: 'keep' });
    expect((await a.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    expect(await stream.next()).toEqual({ type: 'couple.changed' });
    // A request of A's that began before the unlink publishes after it.
    await t.bus.publish(
      [b.id],
      { type: 'answer.partner', questionId: 'q', day: '2026-03-02' },
      oldCouple,
    );
    // Only link news may follow: PostgreSQL may hand the pairing's own after the stream opened.
    const after: LiveEvent[] = [];
    for (;;) {
      const event = await stream.next(1000).catch(() => null);
      if (!event) break;
      after.push(event);
    }
    expect(after.filter((event) => event.type !== 'couple.changed')).toEqual([]);
    stream.close();
  });
});

describe.each(dialects.filter((d) => d === 'postgres'))('across instances (%s)', (dialect) => {
  it('a stream on one instance ends when its session ends on another', async () => {
    const database = await createTestDatabase(dialect);
    const one = await createTestApp(dialect, { database });
    const two = await createTestApp(dialect, { database });
    try {
      const base = await one.app.listen({ port: 0, host: '127.0.0.1' });
      const p = await one.signUp();
      const stream = await openEventStream(base, p.cookie);
      const logout = await two.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        cookies: { rekindle_session: p.cookie },
      });
      expect(logout.statusCode).toBe(204);
      expect(await endsSoon(stream)).toBe('ended');
    } finally {
      await one.close();
      await two.close();
      await database.drop();
    }
  });
});
