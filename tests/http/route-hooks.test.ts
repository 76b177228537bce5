/**
 * The session check is each /api route's own hook, added as the route is
 * (plugins/route-hooks.ts). The head of every GET route is a route of its
 * own that Fastify adds: it must carry the same check, so an anonymous caller
 * learns no more from HEAD than from GET, and a signed-in one gets the same
 * status from both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';

describe('the head of every GET route carries its session check', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(() => t.close());

  it('answers HEAD as it answers GET, anonymous and signed in', async () => {
    const person = await t.signUp();
    // The live stream stays open for a signed-in caller: live-streams.test.ts covers it.
    const reads = t.app.routeCatalog.filter(
      (route) =>
        route.method === 'GET' &&
        route.url.startsWith('/api/') &&
        !route.url.includes('*') &&
        route.url !== '/api/events',
    );
    expect(reads.length).toBeGreaterThan(40);
    const anonymousPrivate: string[] = [];
    for (const route of reads) {
      // Any id: what matters is who asks, which is judged before the id is looked at.
      const url = route.url.replace(/:[A-Za-z]+/g, 'no-such-id');
      const [get, head] = [
        await t.anonymous('GET', url),
        await t.app.inject({ method: 'HEAD', url }),
      ];
      expect(head.statusCode, `HEAD ${route.url}`).toBe(get.statusCode);
      expect(head.body, `HEAD ${route.url}`).toBe('');
      if (get.statusCode === 401) anonymousPrivate.push(route.url);
      const [mine, myHead] = [await person.request('GET', url), await person.request('HEAD', url)];
      expect(myHead.statusCode, `HEAD ${route.url} signed in`).toBe(mine.statusCode);
    }
    // Nearly every read is private; the few public ones are the documents and the invite preview.
    expect(anonymousPrivate.length).toBeGreaterThan(reads.length - 10);
  });
});
