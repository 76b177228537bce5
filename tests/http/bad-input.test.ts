/** Bad input gets a clear 4xx in the one error shape, and changes nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../support/databases';
import { createTestApp, type Person, type TestApp } from '../support/test-app';

async function snapshot(t: TestApp): Promise<string> {
  const { db } = t.database.handle;
  const tables = ['users', 'sessions', 'couples', 'invites', 'daily_questions', 'answers'] as const;
  const counts: Record<string, unknown> = {};
  for (const table of tables) {
    const rows = await db.selectFrom(table).selectAll().execute();
    counts[table] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return JSON.stringify(counts);
}

describe.each(dialects)('bad input (%s)', (dialect) => {
  let t: TestApp;
  let person: Person;
  let questionId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    person = await t.signUp('Kit');
    questionId = (await person.request('GET', '/api/questions/today')).json().question.id;
  });
  afterAll(() => t.close());

  const raw = (
    method: 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload: string,
    contentType = 'application/json',
  ) =>
    t.app.inject({
      method,
      url,
      payload,
      headers: { 'content-type': contentType },
      cookies: { rekindle_session: person.cookie },
    });

  const cases: [string, () => Promise<{ statusCode: number; body: string }>, number, string][] = [
    [
      'malformed JSON',
      () => raw('PUT', `/api/questions/${questionId}/answer`, '{"text": '),
      400,
      'invalid_json',
    ],
    [
      'unknown field',
      () => raw('PUT', `/api/questions/${questionId}/answer`, '{"text":"hi","extra":1}'),
      400,
      'validation_failed',
    ],
    [
      'wrong type',
      () => raw('PUT', `/api/questions/${questionId}/answer`, '{"text":42}'),
      400,
      'validation_failed',
    ],
    [
      'empty answer',
      () => raw('PUT', `/api/questions/${questionId}/answer`, '{"text":"   "}'),
      400,
      'validation_failed',
    ],
    [
      'answer over 4,000 characters',
      () =>
        raw(
          'PUT',
          `/api/questions/${questionId}/answer`,
          JSON.stringify({ text: 'x'.repeat(4001) }),
        ),
      400,
      'validation_failed',
    ],
    [
      'body over 64 KiB',
      () =>
        raw(
          'PUT',
          `/api/questions/${questionId}/answer`,
          JSON.stringify({ text: 'x'.repeat(70_000) }),
        ),
      413,
      'payload_too_large',
    ],
    [
      'path id that is not an id',
      () => raw('PUT', '/api/questions/..%2F..%2Fetc/answer', '{"text":"hi"}'),
      400,
      'validation_failed',
    ],
    [
      'session id that is not an id',
      () =>
        t.app.inject({
          method: 'DELETE',
          url: '/api/auth/sessions/nope',
          cookies: { rekindle_session: person.cookie },
        }),
      400,
      'validation_failed',
    ],
    [
      'wrong content type',
      () => raw('PUT', `/api/questions/${questionId}/answer`, 'text=hi', 'text/plain'),
      415,
      'unsupported_media_type',
    ],
    ['array instead of object', () => raw('PATCH', '/api/me', '[1,2]'), 400, 'validation_failed'],
    [
      'unknown time zone',
      () => raw('PATCH', '/api/me', '{"timeZone":"Mars/Olympus"}'),
      400,
      'validation_failed',
    ],
    ['empty profile change', () => raw('PATCH', '/api/me', '{}'), 400, 'validation_failed'],
    [
      'invalid email at sign-up',
      () =>
        raw(
          'POST',
          '/api/auth/signup',
          '{"email":"nope","password":"a long passphrase","displayName":"A"}',
        ),
      400,
      'validation_failed',
    ],
    [
      'common password',
      () =>
        raw(
          'POST',
          '/api/auth/signup',
          '{"email":"c@example.com","password":"qwertyuiop123","displayName":"A"}',
        ),
      400,
      'weak_password',
    ],
    [
      'short password',
      () =>
        raw(
          'POST',
          '/api/auth/signup',
          '{"email":"c@example.com","password":"short","displayName":"A"}',
        ),
      400,
      'validation_failed',
    ],
    [
      'bad history cursor',
      () =>
        t.app.inject({
          method: 'GET',
          url: '/api/questions/history?before=yesterday',
          cookies: { rekindle_session: person.cookie },
        }),
      400,
      'validation_failed',
    ],
    [
      'unknown query parameter',
      () =>
        t.app.inject({
          method: 'GET',
          url: '/api/questions/history?sort=asc',
          cookies: { rekindle_session: person.cookie },
        }),
      400,
      'validation_failed',
    ],
    [
      'unknown API route',
      () =>
        t.app.inject({
          method: 'GET',
          url: '/api/nothing-here',
          cookies: { rekindle_session: person.cookie },
        }),
      404,
      'not_found',
    ],
  ];

  for (const [name, send, status, code] of cases) {
    it(`${name} → ${status} ${code}, nothing changed`, async () => {
      const before = await snapshot(t);
      const res = await send();
      expect(res.statusCode).toBe(status);
      const body = JSON.parse(res.body);
      expect(body).toEqual({ error: { code, message: expect.any(String) } });
      expect(res.body).not.toMatch(/node_modules|\.ts:\d+|at .*\(/);
      expect(await snapshot(t)).toBe(before);
    });
  }

  it('refuses a state-changing request from another site, and serves its own origin', async () => {
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/api/couple/invites',
      headers: { origin: 'https://evil.example' },
      cookies: { rekindle_session: person.cookie },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('forbidden_origin');
    const crossSite = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { 'sec-fetch-site': 'cross-site' },
      cookies: { rekindle_session: person.cookie },
    });
    expect(crossSite.statusCode).toBe(403);
    const sameOrigin = await t.app.inject({
      method: 'POST',
      url: '/api/couple/invites',
      headers: { origin: 'http://localhost:3000' },
      cookies: { rekindle_session: person.cookie },
    });
    expect(sameOrigin.statusCode).toBe(201);
  });

  it('sends security headers and no-store on every API response', async () => {
    const res = await person.request('GET', '/api/me');
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    // Errors too, and paths that match no route.
    const missing = await person.request('GET', '/api/nothing-here');
    expect(missing.headers['cache-control']).toBe('no-store');
    expect(missing.headers['x-content-type-options']).toBe('nosniff');
  });
});
