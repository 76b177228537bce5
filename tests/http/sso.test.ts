/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider) on
 * loopback: the browser's hops are followed by hand, and the provider's
 * login and consent are answered at once (tests/support/oidc-provider.ts).
 * A sign-in that makes the account lands on the name step; any other on `/`.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { openFlow, sealFlow } from '../../src/server/features/sso/sso.cookie';
import { createLocalEventBus } from '../../src/server/plugins/events';
import { cheapPasswordHasher } from '../support/cheap-password-hasher';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import {
  type ProviderAccount,
  startOidcProvider,
  type TestProvider,
} from '../support/oidc-provider';
import { createTestApp, TEST_SECRET, testCatalog, testConfig } from '../support/test-app';

const CLIENT_ID = 'rekindle-test';
const CLIENT_SECRET = 'a-client-secret-only-for-this-test';
const PUBLIC_URL = testConfig.publicUrl;
const CALLBACK = `${PUBLIC_URL}/api/auth/sso/callback`;
const FLOW_COOKIE = 'rekindle_sso';
/** Where a sign-in that made the account lands: the web's name step. */
const NAME_STEP = '/welcome/name';

/** The provider's part of the journey: from its authorization URL to our callback URL. */
async function throughProvider(authorizationUrl: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  for (let hop = 0; hop < 10; hop += 1) {
    if (url.startsWith(CALLBACK)) return url;
    const res = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (pair && eq > 0) jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const location = res.headers.get('location');
    if (!location)
      throw new Error(`the provider stopped at ${url}: ${res.status} ${await res.text()}`);
    url = new URL(location, url).href;
  }
  throw new Error('too many redirects at the provider');
}

function cookieOf(res: { cookies: { name: string; value: string }[] }, name: string) {
  return res.cookies.find((c) => c.name === name)?.value;
}

describe.each(dialects)('single sign-on (%s)', (dialect) => {
  let provider: TestProvider;
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    provider = await startOidcProvider({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUri: CALLBACK,
    });
    database = await createTestDatabase(dialect);
    app = await buildApp({
      config: {
        ...testConfig,
        sso: {
          issuer: provider.issuer,
          clientId: CLIENT_ID,
          clientSecret: CLIENT_SECRET,
          name: 'Harbour Practice',
        },
      },
      database: database.handle,
      catalog: testCatalog(),
      bus: createLocalEventBus(),
      logger: false,
      passwordHasher: cheapPasswordHasher,
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
    await provider?.close();
  });

  /** Starts a sign-in in a browser with a user agent, as the web's button does. */
  async function start(timeZone?: string) {
    const res = await app.inject({
      method: 'GET',
      url: `/api/auth/sso/start${timeZone ? `?timeZone=${encodeURIComponent(timeZone)}` : ''}`,
      headers: {
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
      },
    });
    expect(res.statusCode, res.body).toBe(303);
    const flow = cookieOf(res, FLOW_COOKIE);
    expect(flow).toBeDefined();
    const location = res.headers.location;
    if (typeof location !== 'string' || !flow) throw new Error('no redirect');
    return { location, flow };
  }

  async function callback(url: string, flow: string) {
    const target = new URL(url);
    return app.inject({
      method: 'GET',
      url: `${target.pathname}${target.search}`,
      cookies: { [FLOW_COOKIE]: flow },
      headers: {
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
      },
    });
  }

  const providerPerson = (account: ProviderAccount) => provider.addPerson(account);

  async function signInAs(sub: string, timeZone?: string) {
    provider.signInNext(sub);
    const { location, flow } = await start(timeZone);
    return callback(await throughProvider(location), flow);
  }

  async function me(session: string | undefined) {
    return app.inject({
      method: 'GET',
      url: '/api/me',
      cookies: { rekindle_session: session ?? '' },
    });
  }

  async function usersWithEmail(email: string) {
    return database.handle.db.selectFrom('users').select('id').where('email', '=', email).execute();
  }

  it('offers the button by name', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/auth/sso' });
    expect(res.json()).toEqual({ sso: { name: 'Harbour Practice' } });
  });

  it('sends the browser to the provider with PKCE, state and nonce, in a signed cookie', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/auth/sso/start' });
    const url = new URL(String(res.headers.location));
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(url.searchParams.get('redirect_uri')).toBe(CALLBACK);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    const flow = res.cookies.find((c) => c.name === FLOW_COOKIE);
    expect(flow).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/sso' });
    expect(flow?.maxAge).toBeLessThanOrEqual(600);
    const opened = openFlow(TEST_SECRET, flow?.value, new Date('2026-03-02T12:00:00Z'));
    expect(opened?.state).toBe(url.searchParams.get('state'));
    expect(opened?.nonce).toBe(url.searchParams.get('nonce'));
    // Altered by a byte, it is no longer ours.
    expect(openFlow(TEST_SECRET, `${flow?.value}x`, new Date('2026-03-02T12:00:00Z'))).toBeNull();
  });

  it('creates an account from a verified email, with the name and the browser’s time zone', async () => {
    const email = `new-${dialect}@practice.example`;
    const sub = providerPerson({ email, email_verified: true, name: 'Ari Quinn' });
    const res = await signInAs(sub, 'Europe/Lisbon');
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe(NAME_STEP);
    const session = cookieOf(res, 'rekindle_session');
    const who = await me(session);
    expect(who.statusCode).toBe(200);
    expect(who.json().user).toMatchObject({
      email,
      displayName: 'Ari Quinn',
      timeZone: 'Europe/Lisbon',
    });
    // The same device label as after a password log-in.
    const sessions = await app.inject({
      method: 'GET',
      url: '/api/auth/sessions',
      cookies: { rekindle_session: session ?? '' },
    });
    expect(sessions.json().sessions[0].device).toMatch(/Firefox/);

    // The name step saves through the everyday profile endpoint.
    const named = await app.inject({
      method: 'PATCH',
      url: '/api/me',
      cookies: { rekindle_session: session ?? '' },
      payload: { displayName: 'Ari' },
    });
    expect(named.statusCode, named.body).toBe(200);

    // Signing in again finds the same account through the linked identity, goes
    // straight to the app, and keeps the chosen name over the provider's.
    const again = await signInAs(sub);
    expect(again.statusCode, again.body).toBe(303);
    expect(again.headers.location).toBe('/');
    const whoAgain = (await me(cookieOf(again, 'rekindle_session'))).json();
    expect(whoAgain.user).toMatchObject({ id: who.json().user.id, displayName: 'Ari' });
    expect(await usersWithEmail(email)).toHaveLength(1);
  });

  it('takes the given name when there is no full name, and UTC for an unknown zone', async () => {
    const sub = providerPerson({
      email: `given-${dialect}@practice.example`,
      email_verified: true,
      given_name: 'Sol',
    });
    // A time zone the server does not know is left out, not a reason to refuse.
    const res = await signInAs(sub, 'Not/AZone');
    expect(res.headers.location).toBe(NAME_STEP);
    const who = (await me(cookieOf(res, 'rekindle_session'))).json();
    expect(who.user).toMatchObject({ displayName: 'Sol', timeZone: 'UTC' });
  });

  it('links an existing password account with the same verified email, whose password still works', async () => {
    const email = `linked-${dialect}@practice.example`;
    const password = 'a calm and long passphrase for linking';
    const signup = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email, password, displayName: 'Remy', timeZone: 'Asia/Tokyo' },
    });
    expect(signup.statusCode, signup.body).toBe(201);
    const sub = providerPerson({ email: email.toUpperCase(), email_verified: true, name: 'Other' });
    const res = await signInAs(sub, 'Europe/Berlin');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/');
    const who = (await me(cookieOf(res, 'rekindle_session'))).json();
    // The account is the one that was there, unchanged.
    expect(who.user).toMatchObject({
      id: signup.json().user.id,
      displayName: 'Remy',
      timeZone: 'Asia/Tokyo',
    });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
    });
    expect(login.statusCode, login.body).toBe(200);
    expect(await usersWithEmail(email)).toHaveLength(1);
  });

  it('refuses an email the provider does not vouch for, and creates nothing', async () => {
    const email = `unverified-${dialect}@practice.example`;
    const sub = providerPerson({ email, email_verified: false, name: 'Kit' });
    const res = await signInAs(sub);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/login?sso=unverified');
    expect(cookieOf(res, 'rekindle_session')).toBeUndefined();
    expect(await usersWithEmail(email)).toHaveLength(0);
    const identities = await database.handle.db
      .selectFrom('user_identities')
      .select('user_id')
      .where('subject', '=', sub)
      .execute();
    expect(identities).toHaveLength(0);
  });

  it('does not link an unverified email to an existing account', async () => {
    const email = `not-linked-${dialect}@practice.example`;
    const signup = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email, password: 'a calm and long passphrase here', displayName: 'Jo' },
    });
    expect(signup.statusCode).toBe(201);
    const res = await signInAs(providerPerson({ email, email_verified: false }));
    expect(res.headers.location).toBe('/login?sso=unverified');
    expect(cookieOf(res, 'rekindle_session')).toBeUndefined();
  });

  it('refuses a callback whose state does not match', async () => {
    const email = `state-${dialect}@practice.example`;
    provider.signInNext(providerPerson({ email, email_verified: true }));
    const { location, flow } = await start();
    const back = new URL(await throughProvider(location));
    back.searchParams.set('state', 'a-state-we-never-sent');
    const res = await callback(back.href, flow);
    expect(res.headers.location).toBe('/login?sso=failed');
    expect(cookieOf(res, 'rekindle_session')).toBeUndefined();
    expect(await usersWithEmail(email)).toHaveLength(0);
  });

  it('refuses an ID token whose nonce does not match', async () => {
    const email = `nonce-${dialect}@practice.example`;
    provider.signInNext(providerPerson({ email, email_verified: true }));
    const { location, flow } = await start();
    const back = await throughProvider(location);
    const opened = openFlow(TEST_SECRET, flow, new Date('2026-03-02T12:00:00Z'));
    if (!opened) throw new Error('unreadable flow cookie');
    const forged = sealFlow(TEST_SECRET, { ...opened, nonce: 'a-nonce-we-never-sent' });
    const res = await callback(back, forged);
    expect(res.headers.location).toBe('/login?sso=failed');
    expect(cookieOf(res, 'rekindle_session')).toBeUndefined();
    expect(await usersWithEmail(email)).toHaveLength(0);

    // The same re-sealing with the nonce untouched signs in: only the nonce was wrong.
    const control = await start();
    const controlBack = await throughProvider(control.location);
    const reopened = openFlow(TEST_SECRET, control.flow, new Date('2026-03-02T12:00:00Z'));
    if (!reopened) throw new Error('unreadable flow cookie');
    const ok = await callback(controlBack, sealFlow(TEST_SECRET, reopened));
    expect(ok.headers.location).toBe(NAME_STEP);
    expect(await usersWithEmail(email)).toHaveLength(1);
  });

  it('refuses a callback without the flow cookie, or with an altered one', async () => {
    provider.signInNext(
      providerPerson({ email: `nocookie-${dialect}@practice.example`, email_verified: true }),
    );
    const { location, flow } = await start();
    const back = new URL(await throughProvider(location));
    const without = await app.inject({ method: 'GET', url: `${back.pathname}${back.search}` });
    expect(without.headers.location).toBe('/login?sso=expired');
    const altered = await callback(back.href, `${flow.slice(0, -2)}AA`);
    expect(altered.headers.location).toBe('/login?sso=expired');
  });

  it('says so when the person declines at the provider', async () => {
    const { flow } = await start();
    const res = await callback(`${CALLBACK}?error=access_denied&state=x`, flow);
    expect(res.headers.location).toBe('/login?sso=failed');
  });
});

describe.each(dialects)('single sign-on when it is not configured (%s)', (dialect) => {
  it('answers 404 as for an unknown path, and offers no button', async () => {
    const t = await createTestApp(dialect);
    try {
      const unknown = await t.anonymous('GET', '/api/auth/sso/nothing-here');
      for (const url of [
        '/api/auth/sso/start',
        '/api/auth/sso/start?timeZone=Not/AZone',
        '/api/auth/sso/callback?code=a&state=b',
      ]) {
        const res = await t.anonymous('GET', url);
        expect(res.statusCode, url).toBe(404);
        expect(res.body, url).toBe(unknown.body);
      }
      expect((await t.anonymous('GET', '/api/auth/sso')).json()).toEqual({ sso: null });
    } finally {
      await t.close();
    }
  });
});
