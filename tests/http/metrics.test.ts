/**
 * Metrics are the operator's: on a loopback listener of their own, or on the
 * app's port only with a bearer token. The private screen and the support
 * contacts leave no trace in them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { listenForMetrics } from '../../src/server/metrics-listener';
import { createLocalEventBus } from '../../src/server/plugins/events';
import { createTestDatabase, dialects } from '../support/databases';
import {
  createTestApp,
  TEST_METRICS_TOKEN,
  type TestApp,
  testCatalog,
  testConfig,
} from '../support/test-app';

describe.each(dialects)('metrics (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const scrape = async (authorization?: string) =>
    t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: authorization ? { authorization } : {},
    });

  it('answers only to the operator’s token on the app’s port', async () => {
    const anonymous = await scrape();
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('unauthenticated');
    expect((await scrape('Bearer not-the-token')).statusCode).toBe(401);
    expect((await scrape(`Bearer ${TEST_METRICS_TOKEN}x`)).statusCode).toBe(401);
    const person = await t.signUp();
    expect((await person.request('GET', '/metrics')).statusCode).toBe(401);
    const ok = await scrape(`Bearer ${TEST_METRICS_TOKEN}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('http_request_duration_seconds');
  });

  it('count each request once, by route pattern, method and status; what matches nothing as one name', async () => {
    const person = await t.signUp();
    const count = async (labels: string) => {
      const text = (await scrape(`Bearer ${TEST_METRICS_TOKEN}`)).body;
      const line = text
        .split('\n')
        .find((l) => l.startsWith(`http_request_duration_seconds_count{${labels}}`));
      return line ? Number(line.split(' ').pop()) : 0;
    };
    const me = 'method="GET",route="/api/me",status="200"';
    const meHead = 'method="HEAD",route="/api/me",status="200"';
    const anonymousMe = 'method="GET",route="/api/me",status="401"';
    const nowhere = 'method="GET",route="unmatched",status="404"';
    const before = [await count(me), await count(meHead), await count(anonymousMe)];
    const nowhereBefore = await count(nowhere);
    await person.request('GET', '/api/me');
    await person.request('GET', '/api/me');
    await person.request('HEAD', '/api/me');
    await t.anonymous('GET', '/api/me');
    await t.anonymous('GET', '/api/no-such-thing/INVITE-CODE-1');
    expect([await count(me), await count(meHead), await count(anonymousMe)]).toEqual([
      (before[0] ?? 0) + 2,
      (before[1] ?? 0) + 1,
      (before[2] ?? 0) + 1,
    ]);
    expect(await count(nowhere)).toBe(nowhereBefore + 1);
    expect((await scrape(`Bearer ${TEST_METRICS_TOKEN}`)).body).not.toContain('INVITE-CODE-1');
  });

  it('does not change when someone answers the private screen or opens support', async () => {
    const { a, b } = await t.buildCouple();
    await b.request('GET', '/api/today');
    const before = (await scrape(`Bearer ${TEST_METRICS_TOKEN}`)).body;
    const flagged = await a.request('POST', '/api/for-you/answers', {
      answers: { afraid: 'yes', hurt: 'prefer-not', hopeless: 'yes' },
      remember: 'account',
    });
    expect(flagged.statusCode).toBe(200);
    expect((await a.request('GET', '/api/for-you')).statusCode).toBe(200);
    expect((await a.request('GET', '/api/support/resources?country=GB')).statusCode).toBe(200);
    expect((await t.anonymous('GET', '/api/support/resources')).statusCode).toBe(200);
    expect((await a.request('DELETE', '/api/for-you/flag')).statusCode).toBe(204);
    const after = (await scrape(`Bearer ${TEST_METRICS_TOKEN}`)).body;
    expect(after).toBe(before);
    expect(after).not.toMatch(/for-you|support/);
  });
});

describe('metrics without a token', () => {
  it('are not served on the app’s port at all, and the loopback listener serves them', async () => {
    const database = await createTestDatabase('sqlite');
    const bus = createLocalEventBus();
    const { metricsToken: _unused, ...config } = testConfig;
    const app = await buildApp({
      config,
      database: database.handle,
      catalog: testCatalog(),
      bus,
      logger: false,
    });
    await app.ready();
    try {
      // Only the web app's shell answers there (a path of the single-page app).
      const res = await app.inject({ method: 'GET', url: '/metrics' });
      expect(res.body).not.toContain('http_request_duration');
      expect(app.routeCatalog.some((r) => r.url === '/metrics')).toBe(false);
      await app.inject({ method: 'GET', url: '/healthz' });

      const listener = await listenForMetrics(app.metricsRegistry, { host: '127.0.0.1', port: 0 });
      try {
        const base = `http://127.0.0.1:${listener.port}`;
        const metrics = await fetch(`${base}/metrics`);
        expect(metrics.status).toBe(200);
        expect(await metrics.text()).toMatch(/route="\/healthz"/);
        const other = await fetch(`${base}/`);
        expect(other.status).toBe(404);
        expect(await other.json()).toEqual({
          error: { code: 'not_found', message: expect.any(String) },
        });
      } finally {
        await listener.close();
      }
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
