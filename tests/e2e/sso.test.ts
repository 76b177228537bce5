/**
 * Single sign-on in a real browser, against a real OpenID Connect provider
 * (tests/support/oidc-provider.ts) whose login is a small page the person
 * fills in. The server reads its OIDC_* settings as a real one does.
 *
 * A first sign-in makes the account and asks what to call the person; a
 * later one goes straight to the app; a provider that does not vouch for the
 * email sends the person back to log in with a word about why.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/content/load';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { openDatabase } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';
import { createLocalEventBus } from '../../src/server/plugins/events';
import { cheapPasswordHasher } from '../support/cheap-password-hasher';
import { startOidcProvider, type TestProvider } from '../support/oidc-provider';
import { expectAccessible, expectAccessibleEverywhere } from './support/axe';
import { browserTier, launchBrowser, openPerson, type Person } from './support/browser';
import { buildWebIfNeeded, freePort, snapshotWeb } from './support/server';

const CLIENT_ID = 'rekindle-e2e';
const CLIENT_SECRET = 'a-client-secret-only-for-the-browser-test';
const PROVIDER_NAME = 'Harbour Practice';
const SSO_BUTTON = `Sign in with ${PROVIDER_NAME}`;
const NAME_SHOT = '/tmp/sso-name.png';

const tier = browserTier();
if (!tier.run) console.warn(`Browser journey ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const token = Math.random().toString(36).slice(2, 8);
const ARI = { email: `ari-${token}@harbour.example`, providerName: 'Ari Quinn', chosen: 'Ari' };
const KIT = { email: `kit-${token}@harbour.example` };

interface SsoServer {
  baseUrl: string;
  provider: TestProvider;
  close(): Promise<void>;
}

/** The provider, then the app with OIDC_* pointing at it, on SQLite in a folder of its own. */
async function startSsoServer(): Promise<SsoServer> {
  const dir = mkdtempSync(join(tmpdir(), 'rekindle-e2e-sso-'));
  const webRoot = join(dir, 'web');
  await snapshotWeb(webRoot);
  // The provider must know our callback before we listen.
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const provider = await startOidcProvider({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri: `${baseUrl}/api/auth/sso/callback`,
    login: 'form',
  });
  const config = loadConfig({
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    METRICS_PORT: 'off',
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: CLIENT_ID,
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
    OIDC_NAME: PROVIDER_NAME,
  });
  const database = openDatabase({ sqliteFile: join(dir, 'rekindle.sqlite') });
  await migrateToLatest(database.db);
  const bus = createLocalEventBus();
  let app: FastifyInstance | undefined;
  const close = async () => {
    await app?.close();
    await bus.close();
    await database.close();
    await provider.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    app = await buildApp({
      config: { ...config, sessionSecret: 'e2e-sso-secret-that-is-long-enough-0123456789' },
      database,
      catalog: loadCatalog(),
      bus,
      webRoot,
      logger: false,
      passwordHasher: cheapPasswordHasher,
    });
    await app.listen({ host: '127.0.0.1', port });
  } catch (error) {
    await close();
    throw error;
  }
  return { baseUrl, provider, close };
}

async function mainHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('main').getByRole('heading', { level: 1, name }).waitFor();
}

/** From the log-in screen through the provider's own page, as far as our app again. */
async function signInAtProvider(page: Page, email: string): Promise<void> {
  await page.getByRole('link', { name: SSO_BUTTON }).click();
  await page.getByRole('heading', { name: 'Test provider sign-in' }).waitFor();
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
}

suite(`single sign-on in Chromium (${tier.reason})`, () => {
  let server: SsoServer;
  let browser: Browser;
  let ari: Person;
  /** Every path of our app Ari's tab has shown, in order. */
  const ariPaths: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    buildWebIfNeeded();
    server = await startSsoServer();
    server.provider.addPerson({
      email: ARI.email,
      email_verified: true,
      name: ARI.providerName,
    });
    server.provider.addPerson({ email: KIT.email, email_verified: false, name: 'Kit' });
    ari = await openPerson(browser, server.baseUrl, 'Ari');
    ari.page.on('framenavigated', (frame) => {
      if (frame !== ari.page.mainFrame()) return;
      const url = new URL(frame.url());
      if (url.origin === server.baseUrl) ariPaths.push(url.pathname);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('1. a first sign-in makes the account and asks what to call the person', async () => {
    const { page } = ari;
    await page.goto('/login');
    await mainHeading(page, 'Welcome back');
    await signInAtProvider(page, ARI.email);

    await page.waitForURL((url) => url.pathname === '/welcome/name');
    await mainHeading(page, 'What should we call you?');
    const name = page.getByLabel('Your name');
    // Prefilled with the name the provider gave.
    expect(await name.inputValue()).toBe(ARI.providerName);
    await page.screenshot({ path: NAME_SHOT, fullPage: true });
    await expectAccessibleEverywhere(page, 'name-step');

    await name.fill(ARI.chosen);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByText(`Hello, ${ARI.chosen}.`).waitFor();
    const me = await page.context().request.get('/api/me');
    expect(((await me.json()) as { user: { displayName: string } }).user.displayName).toBe(
      ARI.chosen,
    );
    expect(ari.problems).toEqual([]);
  });

  it('2. after logging out, signing in again goes straight to the app', async () => {
    const { page } = ari;
    await page.goto('/settings');
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto('/login');
    await mainHeading(page, 'Welcome back');
    const from = ariPaths.length;

    await page.getByRole('link', { name: SSO_BUTTON }).click();
    // The provider still knows Ari: it may answer at once, or ask again.
    const askedAgain = page.getByRole('heading', { name: 'Test provider sign-in' });
    const hello = page.getByText(`Hello, ${ARI.chosen}.`);
    await askedAgain.or(hello).waitFor();
    if (await askedAgain.isVisible()) {
      await page.getByLabel('Email address').fill(ARI.email);
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await hello.waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(ariPaths.slice(from)).not.toContain('/welcome/name');
    expect(ari.problems).toEqual([]);
  });

  it('3. an email the provider does not vouch for leads back to log in, with why', async () => {
    const kit = await openPerson(browser, server.baseUrl, 'Kit');
    try {
      const { page } = kit;
      await page.goto('/login');
      await mainHeading(page, 'Welcome back');
      await signInAtProvider(page, KIT.email);

      await page.waitForURL((url) => url.pathname === '/login');
      expect(new URL(page.url()).searchParams.get('sso')).toBe('unverified');
      await mainHeading(page, 'Welcome back');
      await page
        .getByText('Your sign-in service did not confirm your email address', { exact: false })
        .waitFor();
      // Not signed in: the button and the password form are still offered.
      await page.getByRole('link', { name: SSO_BUTTON }).waitFor();
      await page.getByRole('button', { name: 'Log in' }).waitFor();
      const session = await page.context().request.get('/api/session');
      expect(((await session.json()) as { me: unknown }).me).toBeNull();
      await expectAccessible(page, 'sso-unverified');
      expect(kit.problems).toEqual([]);
    } finally {
      await kit.context.close();
    }
  });
});
