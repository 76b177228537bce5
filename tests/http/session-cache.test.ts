/**
 * Session lookups are cached on SQLite, and no privacy state is ever stale:
 * logout, unlink, a password change, a new name, a private-screen flag,
 * expiry and even a direct write to the database are seen by the very next
 * request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../support/databases';
import { createTestApp, type Person, type TestApp } from '../support/test-app';

describe.each(dialects)('cached sessions are never stale (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const me = async (p: Person) => p.request('GET', '/api/me');
  const warm = async (...people: Person[]) => {
    for (const p of people) for (let i = 0; i < 3; i++) expect((await me(p)).statusCode).toBe(200);
  };

  it('caches only on SQLite', () => {
    expect(t.database.handle.authEpoch !== undefined).toBe(dialect === 'sqlite');
  });

  it('sees a logout at once', async () => {
    const p = await t.signUp();
    await warm(p);
    expect((await p.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await me(p)).statusCode).toBe(401);
  });

  it('sees an unlink at once, on both sides', async () => {
    const { a, b } = await t.buildCouple();
    await warm(a, b);
    expect((await me(b)).json().couple).not.toBeNull();
    expect((await a.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    expect((await me(b)).json().couple).toBeNull();
    expect((await me(a)).json().couple).toBeNull();
  });

  it('sees a password change end the other sessions, and a new name reach the partner', async () => {
    const { a, b } = await t.buildCouple();
    const login = await t.anonymous('POST', '/api/auth/login', {
      email: a.email,
      password: a.password,
    });
    const other: Person = {
      ...a,
      cookie: login.cookies.find((c) => c.name === 'rekindle_session')?.value ?? '',
      request: (method, url, body) =>
        t.app.inject({
          method,
          url,
          cookies: { rekindle_session: other.cookie },
          ...(body !== undefined
            ? { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } }
            : {}),
        }),
    };
    await warm(a, b, other);
    const changed = await a.request('POST', '/api/auth/password', {
      currentPassword: a.password,
      newPassword: 'a fresh and long passphrase',
    });
    expect(changed.statusCode).toBe(204);
    expect((await me(other)).statusCode).toBe(401);
    expect((await me(a)).statusCode).toBe(200);
    expect((await a.request('PATCH', '/api/me', { displayName: 'Renamed' })).statusCode).toBe(200);
    expect((await me(b)).json().couple.partnerName).toBe('Renamed');
  });

  it('sees a private-screen flag at once', async () => {
    const p = await t.signUp();
    await warm(p);
    await p.request('POST', '/api/for-you/answers', {
      answers: { afraid: 'yes' },
      remember: 'account',
    });
    expect((await p.request('GET', '/api/plan')).json().individual).toBe(true);
    expect((await p.request('DELETE', '/api/for-you/flag')).statusCode).toBe(204);
    expect((await p.request('GET', '/api/plan')).json().individual).toBe(false);
  });

  it('sees expiry and a direct write to the database', async () => {
    const p = await t.signUp();
    await warm(p);
    await t.database.handle.db.deleteFrom('sessions').where('user_id', '=', p.id).execute();
    expect((await me(p)).statusCode).toBe(401);

    const q = await t.signUp();
    await warm(q);
    t.clock.advance(31 * 24 * 3600 * 1000);
    expect((await me(q)).statusCode).toBe(401);
  });
});
