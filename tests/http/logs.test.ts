/** Logs never contain passwords, session tokens, invite codes or anything a person wrote. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/content/load';
import { buildApp } from '../../src/server/app';
import { createLocalEventBus } from '../../src/server/plugins/events';
import { createTestDatabase, type TestDatabase } from '../support/databases';
import { testConfig } from '../support/test-app';

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
