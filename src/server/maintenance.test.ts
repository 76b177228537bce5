import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../tests/support/databases';
import { createTestApp, type TestApp } from '../../tests/support/test-app';
import { runMaintenance } from './maintenance';

describe.each(dialects)('maintenance (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, {
      rateLimits: {
        loginPerIp: { max: 100, windowMs: 60_000 },
        loginPerIpAndAccount: { max: 100, windowMs: 60_000 },
        loginPerAccount: { max: 100, windowMs: 60_000 },
        signupPerIp: { max: 100, windowMs: 60_000 },
      },
    });
  });
  afterAll(() => t.close());

  it('removes ended rate-limit windows and expired sessions, and nothing else', async () => {
    const { db } = t.database.handle;
    const person = await t.signUp();
    await t.anonymous('POST', '/api/auth/login', {
      email: person.email,
      password: 'wrong password!',
    });
    expect((await db.selectFrom('rate_limits').select('key').execute()).length).toBeGreaterThan(0);
    await runMaintenance(db, t.clock);
    expect((await db.selectFrom('rate_limits').select('key').execute()).length).toBeGreaterThan(0);
    expect((await person.request('GET', '/api/me')).statusCode).toBe(200);

    t.clock.advance(31 * 24 * 3600 * 1000);
    await runMaintenance(db, t.clock);
    expect(await db.selectFrom('rate_limits').select('key').execute()).toEqual([]);
    expect(
      await db.selectFrom('sessions').select('id').where('user_id', '=', person.id).execute(),
    ).toEqual([]);
    expect(
      await db.selectFrom('users').select('id').where('id', '=', person.id).execute(),
    ).toHaveLength(1);
    t.clock.advance(-31 * 24 * 3600 * 1000);
  });
});
