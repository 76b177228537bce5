import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { createLocalEventBus } from '../../src/server/plugins/events';
import { createTestDatabase, type TestDatabase } from '../support/databases';
import { testCatalog, testConfig } from '../support/test-app';

describe('the web app shell', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const root = mkdtempSync(join(tmpdir(), 'web-'));
  // Laid out as the build writes it: each text file with its .br and .gz beside it.
  const shell = `<!doctype html><title>Rekindle</title>${'<p>The app loads here.</p>'.repeat(60)}`;
  const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word ${i}`))};`;
  const worker = `self.addEventListener('fetch', () => {});${' '.repeat(2000)}`;
  const withVariants = (path: string, content: string) => {
    writeFileSync(join(root, path), content);
    writeFileSync(join(root, `${path}.br`), brotliCompressSync(content));
    writeFileSync(join(root, `${path}.gz`), gzipSync(content));
  };
  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    withVariants('index.html', shell);
    withVariants('assets/index-AbC123.js', script);
    withVariants('sw.js', worker);
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

  const get = (url: string, acceptEncoding?: string) =>
    app.inject({
      method: 'GET',
      url,
      ...(acceptEncoding ? { headers: { 'accept-encoding': acceptEncoding } } : {}),
    });

  describe.each([
    ['the shell', '/', () => shell],
    ['the shell for an app path (fallback)', '/join/ABCD-EFGH', () => shell],
    ['a hashed asset', '/assets/index-AbC123.js', () => script],
    ['the service worker', '/sw.js', () => worker],
  ])('%s, compressed ahead of time', (_name, url, original) => {
    it('is sent with brotli when the browser accepts it', async () => {
      const res = await get(url, 'gzip, deflate, br');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers.vary).toContain('accept-encoding');
      expect(brotliDecompressSync(res.rawPayload).toString()).toBe(original());
      expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
    });

    it('is sent with gzip when only gzip is accepted', async () => {
      const res = await get(url, 'gzip');
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.headers.vary).toContain('accept-encoding');
      expect(gunzipSync(res.rawPayload).toString()).toBe(original());
    });

    it('is sent as it is otherwise, still varying on Accept-Encoding', async () => {
      for (const acceptEncoding of [undefined, 'identity']) {
        const res = await get(url, acceptEncoding);
        expect(res.headers['content-encoding']).toBeUndefined();
        expect(res.headers.vary).toContain('accept-encoding');
        expect(res.body).toBe(original());
      }
    });

    it('keeps its content type and caching, whichever encoding is sent', async () => {
      const immutable = url.startsWith('/assets/');
      for (const acceptEncoding of ['br', 'gzip', undefined]) {
        const res = await get(url, acceptEncoding);
        expect(res.headers['content-type']).toContain(
          url.endsWith('.js') ? 'javascript' : 'text/html',
        );
        expect(res.headers['cache-control']).toBe(
          immutable ? 'public, max-age=31536000, immutable' : 'no-store',
        );
      }
    });
  });

  it('serves files built after start', async () => {
    writeFileSync(join(root, 'late.txt'), 'hello');
    expect((await app.inject({ method: 'GET', url: '/late.txt' })).body).toBe('hello');
    // Too small to compress: the file itself, even to a browser that accepts brotli.
    const small = await get('/late.txt', 'br, gzip');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body).toBe('hello');
  });

  it('answers missing files and unknown API routes with 404', async () => {
    expect((await app.inject({ method: 'GET', url: '/missing.js' })).statusCode).toBe(404);
    expect((await get('/missing.js', 'br, gzip')).statusCode).toBe(404);
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
