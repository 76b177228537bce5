/**
 * Joins that race: two people joining each other's invites at the same
 * moment, or a chain (A joins C while B joins A). Every request gets a 2xx or
 * a clear 4xx, never a 500, and every couple ends with exactly two members.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../support/databases';
import { createTestApp, type Person, type TestApp } from '../support/test-app';

const ROUNDS = 15;

describe.each(dialects)('joins that race (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const inviteOf = async (p: Person): Promise<string> =>
    (await p.request('POST', '/api/couple/invites')).json().code;
  const join = (p: Person, code: string) => p.request('POST', '/api/couple/join', { code });

  async function expectConsistent(): Promise<void> {
    const { db } = t.database.handle;
    const sizes = await db
      .selectFrom('users')
      .select(['couple_id', sql<number>`count(*)`.as('n')])
      .where('couple_id', 'is not', null)
      .groupBy('couple_id')
      .execute();
    for (const row of sizes) expect(Number(row.n)).toBe(2);
  }

  function expectClear(statuses: number[]): void {
    for (const status of statuses)
      expect(status === 200 || (status >= 400 && status < 500)).toBe(true);
  }

  it('two people joining each other at once', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const a = await t.signUp();
      const b = await t.signUp();
      const [codeA, codeB] = [await inviteOf(a), await inviteOf(b)];
      const results = await Promise.all([join(a, codeB), join(b, codeA)]);
      expectClear(results.map((r) => r.statusCode));
      expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
      const [meA, meB] = await Promise.all([
        a.request('GET', '/api/me'),
        b.request('GET', '/api/me'),
      ]);
      expect(meA.json().couple?.partnerName).toBe(b.displayName);
      expect(meB.json().couple?.partnerName).toBe(a.displayName);
    }
    await expectConsistent();
  });

  it('a chain: A joins C while B joins A', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const a = await t.signUp();
      const b = await t.signUp();
      const c = await t.signUp();
      const [codeA, codeC] = [await inviteOf(a), await inviteOf(c)];
      const results = await Promise.all([join(a, codeC), join(b, codeA)]);
      expectClear(results.map((r) => r.statusCode));
      expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    }
    await expectConsistent();
  });
});
