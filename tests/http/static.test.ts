import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { createLocalEventBus } from '../../src/server/plugins/events';
import { createTestDatabase, type TestDatabase } from '../support/databases';
import { testCatalog, testConfig } from '../support/test-app';

describe('the web app shell', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const root = mkdtempSync(join(tmpdir(), 'web-'));
  beforeAll(async () => {
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Rekindle</title>');
    database = await createTestDatabase('sqlite');
    app = await buildApp({
      config: { ...testConfig, logLevel: 'silent' },
      database: database.handle,
      catalog: testCatalog(),
      bus: createLocalEventBus(),
      webRoot: root,
      logger: false,
    });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it.each(['/', '/join/ABCD-EFGH', '/question'])(
    'serves the shell at %s, with security headers and no caching',
    async (url) => {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    },
  );

  it('serves files built after start', async () => {
    writeFileSync(join(root, 'late.txt'), 'hello');
    expect((await app.inject({ method: 'GET', url: '/late.txt' })).body).toBe('hello');
  });

  it('answers missing files and unknown API routes with 404', async () => {
    expect((await app.inject({ method: 'GET', url: '/missing.js' })).statusCode).toBe(404);
    const api = await app.inject({ method: 'GET', url: '/api/nope' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not_found');
  });

  it('sends HSTS only when served over HTTPS', async () => {
    expect(
      (await app.inject({ method: 'GET', url: '/healthz' })).headers['strict-transport-security'],
    ).toBeUndefined();
  });
});

describe('served over HTTPS', () => {
  it('sends HSTS, upgrades requests and uses a __Host- cookie', async () => {
    const database = await createTestDatabase('sqlite');
    const app = await buildApp({
      config: { ...testConfig, publicUrl: 'https://rekindle.example', secure: true },
      database: database.handle,
      catalog: testCatalog(),
      bus: createLocalEventBus(),
      logger: false,
    });
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        payload: {
          email: 'secure@example.com',
          password: 'a long safe passphrase',
          displayName: 'Sol',
        },
      });
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      // Pages upgrade what they load; JSON loads nothing.
      const page = await app.inject({ method: 'GET', url: '/' });
      expect(page.headers['content-security-policy']).toContain('upgrade-insecure-requests');
      expect(page.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      const cookie = res.cookies[0];
      expect(cookie?.name).toBe('__Host-rekindle');
      expect(cookie?.secure).toBe(true);
      expect(cookie?.httpOnly).toBe(true);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
