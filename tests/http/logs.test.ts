/** Logs never contain passwords, session tokens, invite codes or anything a person wrote. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/content/load';
import { buildApp } from '../../src/server/app';
import { createLocalEventBus } from '../../src/server/plugins/events';
import { createTestDatabase, type TestDatabase } from '../support/databases';
import { testConfig } from '../support/test-app';

async function appLoggingAt(logLevel: string, lines: string[]) {
  const database = await createTestDatabase('sqlite');
  const app = await buildApp({
    config: { ...testConfig, logLevel },
    database: database.handle,
    catalog: loadCatalog(),
    bus: createLocalEventBus(),
    logStream: { write: (line) => lines.push(line) },
  });
  return {
    app,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

const requestLines = (lines: string[]) =>
  lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request');

describe('the access log (docs/decisions/0009-request-logs.md)', () => {
  it('writes no line per request at the default level', async () => {
    const lines: string[] = [];
    const { app, close } = await appLoggingAt('info', lines);
    for (let i = 0; i < 5; i++) await app.inject({ method: 'GET', url: '/healthz' });
    await app.inject({ method: 'GET', url: '/api/me' });
    expect(lines.filter((l) => l.includes('/healthz') || l.includes('/api/me'))).toEqual([]);
    await close();
  });

  it('writes one lean line per request at debug: method, route pattern, status, ms', async () => {
    const lines: string[] = [];
    const { app, close } = await appLoggingAt('debug', lines);
    await app.inject({ method: 'GET', url: '/healthz' });
    await app.inject({ method: 'GET', url: '/join/SECRETCODE1' });
    await app.inject({ method: 'GET', url: '/api/me' });
    const logged = requestLines(lines);
    expect(logged).toHaveLength(3);
    expect(logged[0]).toMatchObject({ method: 'GET', route: '/healthz', status: 200 });
    expect(typeof logged[0]?.ms).toBe('number');
    expect(logged[2]).toMatchObject({ route: '/api/me', status: 401 });
    // Each line names its own request (the request's logger is made at its first line).
    const ids = logged.map((line) => line.reqId);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(3);
    expect(lines.join('\n')).not.toContain('SECRETCODE1');
    await close();
  });

  it('leaves no line for the private screen and the support contacts, even at trace', async () => {
    const lines: string[] = [];
    const { app, close } = await appLoggingAt('trace', lines);
    await app.inject({ method: 'GET', url: '/api/for-you' });
    await app.inject({ method: 'GET', url: '/api/support/resources' });
    await app.inject({ method: 'GET', url: '/healthz' });
    const all = lines.join('\n');
    expect(all).not.toContain('/api/for-you');
    expect(all).not.toContain('/api/support');
    expect(requestLines(lines).map((l) => l.route)).toEqual(['/healthz']);
    await close();
  });
});

describe('structured logs', () => {
  const lines: string[] = [];
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    app = await buildApp({
      config: { ...testConfig, logLevel: 'trace' },
      database: database.handle,
      catalog: loadCatalog(),
      bus: createLocalEventBus(),
      logStream: { write: (line) => lines.push(line) },
    });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('carry routes and statuses, never secrets or what people wrote', async () => {
    const password = 'sparrow lantern meadow';
    const signup = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: 'quiet.person@example.com', password, displayName: 'Quinn' },
    });
    const token = signup.cookies[0]?.value ?? '';
    const cookies = { rekindle_session: token };
    const invite = await app.inject({ method: 'POST', url: '/api/couple/invites', cookies });
    const code = invite.json().code as string;
    await app.inject({ method: 'GET', url: `/join/${code}` });
    const q = (await app.inject({ method: 'GET', url: '/api/questions/today', cookies })).json()
      .question.id;
    const text = 'a sentence only I should ever read';
    await app.inject({
      method: 'PUT',
      url: `/api/questions/${q}/answer`,
      payload: { text },
      cookies,
    });
    await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'quiet.person@example.com', password: 'wrong one, twice' },
    });

    const all = lines.join('\n');
    expect(lines.length).toBeGreaterThan(5);
    expect(all).toContain('/api/questions/:questionId/answer');
    for (const secret of [
      password,
      token,
      code,
      text,
      'quiet.person@example.com',
      'wrong one, twice',
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});
