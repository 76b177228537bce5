import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dialects } from '../../../../tests/support/databases';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

describe.each(dialects)('accounts (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('answers an unknown email exactly like a wrong password', async () => {
    const person = await t.signUp();
    const wrong = await t.anonymous('POST', '/api/auth/login', {
      email: person.email,
      password: 'not my password!',
    });
    const unknown = await t.anonymous('POST', '/api/auth/login', {
      email: 'nobody@example.com',
      password: 'not my password!',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.body).toBe(unknown.body);
  });

  it('hashes passwords with argon2id and never stores them', async () => {
    const person = await t.signUp();
    const row = await t.database.handle.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', person.id)
      .executeTakeFirstOrThrow();
    // Test apps hash at the cheapest argon2id cost; passwords.test.ts checks production's.
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(row.password_hash).not.toContain(person.password);
  });

  it('refuses a second account for the same email, whatever its case', async () => {
    const person = await t.signUp();
    const again = await t.anonymous('POST', '/api/auth/signup', {
      email: person.email.toUpperCase(),
      password: 'yet another passphrase',
      displayName: 'Twin',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('email_taken');
  });

  it('rotates the session at login: the old cookie stops working', async () => {
    const person = await t.signUp();
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: person.email, password: person.password },
      cookies: { rekindle_session: person.cookie },
    });
    expect(login.statusCode).toBe(200);
    const fresh = login.cookies.find((c) => c.name === 'rekindle_session');
    expect(fresh?.httpOnly).toBe(true);
    expect(fresh?.sameSite).toBe('Lax');
    expect(fresh?.value).not.toBe(person.cookie);
    expect((await person.request('GET', '/api/me')).statusCode).toBe(401);
  });

  it('lists sessions, ends one, and logs out everywhere else', async () => {
    const person = await t.signUp();
    for (let i = 0; i < 2; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: person.email, password: person.password },
        headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0' },
      });
    }
    const list = (await person.request('GET', '/api/auth/sessions')).json().sessions;
    expect(list).toHaveLength(3);
    expect(list.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(list.map((s: { device: string }) => s.device)).toContain('Firefox on Linux');
    const other = list.find((s: { current: boolean }) => !s.current);
    expect((await person.request('DELETE', `/api/auth/sessions/${other.id}`)).statusCode).toBe(204);
    expect((await person.request('GET', '/api/auth/sessions')).json().sessions).toHaveLength(2);
    expect((await person.request('POST', '/api/auth/sessions/revoke-others')).statusCode).toBe(204);
    expect((await person.request('GET', '/api/auth/sessions')).json().sessions).toHaveLength(1);
  });

  it('changing the password ends other sessions and keeps this one', async () => {
    const person = await t.signUp();
    const login = await t.anonymous('POST', '/api/auth/login', {
      email: person.email,
      password: person.password,
    });
    const otherCookie = login.cookies.find((c) => c.name === 'rekindle_session')?.value ?? '';
    const change = await person.request('POST', '/api/auth/password', {
      currentPassword: person.password,
      newPassword: 'a fresh new passphrase',
    });
    expect(change.statusCode).toBe(204);
    expect((await person.request('GET', '/api/me')).statusCode).toBe(200);
    const other = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      cookies: { rekindle_session: otherCookie },
    });
    expect(other.statusCode).toBe(401);
    const oldLogin = await t.anonymous('POST', '/api/auth/login', {
      email: person.email,
      password: person.password,
    });
    expect(oldLogin.statusCode).toBe(401);
  });

  it('logout ends the session', async () => {
    const person = await t.signUp();
    expect((await person.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await person.request('GET', '/api/me')).statusCode).toBe(401);
  });

  it('keeps a time zone per person, editable', async () => {
    const person = await t.signUp('Ana', 'America/Sao_Paulo');
    expect((await person.request('GET', '/api/me')).json().user.timeZone).toBe('America/Sao_Paulo');
    const changed = await person.request('PATCH', '/api/me', {
      timeZone: 'Europe/Berlin',
      displayName: 'Ana B',
    });
    expect(changed.json().user).toMatchObject({ timeZone: 'Europe/Berlin', displayName: 'Ana B' });
  });

  it('erases the account and everything the person wrote, and unlinks the partner', async () => {
    const { a, b } = await t.buildCouple();
    const today = (await a.request('GET', '/api/questions/today')).json();
    await a.request('PUT', `/api/questions/${today.question.id}/answer`, {
      text: 'words to erase',
    });
    await b.request('PUT', `/api/questions/${today.question.id}/answer`, {
      text: 'words that stay',
    });
    await a.request('POST', '/api/check/responses', {
      items: { 'check-emo-1': { now: 1, wish: 2 } },
      causes: {},
      signs: [],
    });
    await a.request('POST', '/api/pulse', { emotional: 3, physical: 3, intellectual: 3, talk: 3 });
    await a.request('POST', '/api/for-you/answers', {
      answers: { afraid: 'yes' },
      remember: 'account',
    });
    await a.request('PUT', '/api/sharing/check', { share: true });
    const wrong = await a.request('DELETE', '/api/me', { password: 'not the right one' });
    expect(wrong.statusCode).toBe(401);
    expect((await a.request('DELETE', '/api/me', { password: a.password })).statusCode).toBe(204);
    const db = t.database.handle.db;
    expect(await db.selectFrom('users').select('id').where('id', '=', a.id).execute()).toEqual([]);
    expect(
      await db.selectFrom('answers').select('id').where('user_id', '=', a.id).execute(),
    ).toEqual([]);
    expect(
      await db.selectFrom('sessions').select('id').where('user_id', '=', a.id).execute(),
    ).toEqual([]);
    expect((await b.request('GET', '/api/me')).json().couple).toBeNull();
    const history = (await b.request('GET', '/api/questions/history')).json();
    expect(JSON.stringify(history)).not.toContain('words to erase');
    expect(JSON.stringify(history)).toContain('words that stay');
    const login = await t.anonymous('POST', '/api/auth/login', {
      email: a.email,
      password: a.password,
    });
    expect(login.statusCode).toBe(401);
  });
});

describe.each(dialects)('rate limits (%s)', (dialect) => {
  it('limits log-in per account and per IP with 429 and Retry-After, across app instances', async () => {
    const database = await createTestDatabase(dialect);
    const limits = {
      loginPerIp: { max: 5, windowMs: 60_000 },
      loginPerIpAndAccount: { max: 3, windowMs: 60_000 },
      loginPerAccount: { max: 50, windowMs: 60_000 },
      signupPerIp: { max: 20, windowMs: 60_000 },
    };
    const one = await createTestApp(dialect, { database, rateLimits: limits });
    const two = await createTestApp(dialect, { database, rateLimits: limits });
    try {
      const person = await one.signUp();
      const attempt = (t: TestApp, email = person.email) =>
        t.anonymous('POST', '/api/auth/login', { email, password: 'wrong password!!' });
      expect((await attempt(one)).statusCode).toBe(401);
      expect((await attempt(two)).statusCode).toBe(401);
      expect((await attempt(one)).statusCode).toBe(401);
      const limited = await attempt(two);
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.json().error.code).toBe('rate_limited');
      // Other accounts from the same IP still have room, until the IP limit.
      expect((await attempt(one, 'someone@example.com')).statusCode).toBe(401);
      expect((await attempt(two, 'someone-else@example.com')).statusCode).toBe(429);
      one.clock.advance(61_000);
      two.clock.advance(61_000);
      expect((await attempt(one)).statusCode).toBe(401);
    } finally {
      await one.close();
      await two.close();
      await database.drop();
    }
  });

  it('throttles password checks behind a session like log-in, across instances, and never locks the owner out from elsewhere', async () => {
    const database = await createTestDatabase(dialect);
    const limits = {
      loginPerIp: { max: 100, windowMs: 60_000 },
      loginPerIpAndAccount: { max: 3, windowMs: 60_000 },
      loginPerAccount: { max: 7, windowMs: 60_000 },
      signupPerIp: { max: 100, windowMs: 60_000 },
    };
    const one = await createTestApp(dialect, { database, rateLimits: limits });
    const two = await createTestApp(dialect, { database, rateLimits: limits });
    try {
      const person = await one.signUp();
      const from = (
        t: TestApp,
        remoteAddress: string,
        method: 'POST' | 'DELETE',
        url: string,
        body: unknown,
      ) =>
        t.app.inject({
          method,
          url,
          remoteAddress,
          payload: JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
          cookies: { rekindle_session: person.cookie },
        });
      const wrongChange = (t: TestApp, ip = '10.0.0.9') =>
        from(t, ip, 'POST', '/api/auth/password', {
          currentPassword: 'not my password!!',
          newPassword: 'a brand new long passphrase',
        });
      expect((await wrongChange(one)).statusCode).not.toBe(429);
      expect((await wrongChange(two)).statusCode).not.toBe(429);
      expect(
        (await from(one, '10.0.0.9', 'DELETE', '/api/me', { password: 'still not it!!' }))
          .statusCode,
      ).not.toBe(429);
      // The fourth guess from this address is refused, even with the right password.
      const limited = await from(two, '10.0.0.9', 'DELETE', '/api/me', {
        password: person.password,
      });
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe('rate_limited');
      expect((await person.request('GET', '/api/me')).statusCode).toBe(200);
      // Log-in from the same address shares the budget.
      const login = (t: TestApp, ip: string, password: string) =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: ip,
          payload: JSON.stringify({ email: person.email, password }),
          headers: { 'content-type': 'application/json' },
        });
      expect((await login(one, '10.0.0.9', person.password)).statusCode).toBe(429);
      // The owner, elsewhere, still gets in.
      expect((await login(two, '10.0.0.1', person.password)).statusCode).toBe(200);
      // Guesses from many addresses meet the gentle per-account cap.
      for (const ip of ['10.0.1.1', '10.0.1.2', '10.0.1.3']) await login(one, ip, 'wrong guess!!');
      expect((await login(one, '10.0.1.4', 'wrong guess!!')).statusCode).toBe(429);
    } finally {
      await one.close();
      await two.close();
      await database.drop();
    }
  });
});
