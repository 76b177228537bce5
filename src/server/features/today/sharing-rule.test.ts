/**
 * "Both partners opted in, in this couple" is one rule (core/visibility.ts),
 * counted in SQL once (check.repository.ts). Today's snapshot and the plan's
 * code path read it in two ways; here they must agree in every state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import { createTodaySnapshot, todayFrame } from './today.service';

function check(now: number) {
  const items: Record<string, { now: number; wish: number }> = {};
  for (const kind of ['emo', 'phy', 'int'])
    for (let i = 1; i <= 7; i++) items[`check-${kind}-${i}`] = { now, wish: 9 };
  return { items, causes: {}, signs: [] };
}

const states = [
  ['neither', false, false, false],
  ['only me', true, false, false],
  ['only my partner', false, true, false],
  ['both', true, true, false],
  ['both, my partner’s from an earlier couple', true, true, true],
] as const;

describe.each(dialects)('the sharing rule in SQL and in code (%s)', (dialect) => {
  let t: TestApp;
  const snapshot = createTodaySnapshot([]);
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  async function pair(a: Person, b: Person): Promise<void> {
    const code = (await a.request('POST', '/api/couple/invites')).json().code;
    expect((await b.request('POST', '/api/couple/join', { code })).statusCode).toBe(200);
  }

  it.each(states)('%s', async (_name, mine, theirs, stale) => {
    const me = await t.signUp();
    const partner = await t.signUp();
    if (stale) {
      // My partner opted in with someone else; that couple ended.
      const earlier = await t.signUp();
      await pair(earlier, partner);
      await partner.request('PUT', '/api/sharing/check', { share: true });
      const oldCouple = (await partner.request('GET', '/api/me')).json().couple.id as string;
      await partner.request('POST', '/api/couple/unlink');
      // As a request racing the unlink would leave it: an opt-in of the ended couple.
      await t.database.handle.db
        .insertInto('sharing')
        .values({ user_id: partner.id, topic: 'check', couple_id: oldCouple, created_at: 'x' })
        .onConflict((oc) => oc.columns(['user_id', 'topic']).doUpdateSet({ couple_id: oldCouple }))
        .execute();
    }
    await pair(me, partner);
    await me.request('POST', '/api/check/responses', check(3));
    await partner.request('POST', '/api/check/responses', check(7));
    if (mine) await me.request('PUT', '/api/sharing/check', { share: true });
    if (theirs && !stale) await partner.request('PUT', '/api/sharing/check', { share: true });

    const auth = await t.app.resolveAuth(me.cookie);
    const values = await snapshot(t.database.handle.db, todayFrame({ clock: t.clock }, auth));
    const sqlSaysShared = values.plan_partner !== null && values.plan_partner !== undefined;
    const codeSaysShared = (await me.request('GET', '/api/plan')).json().basis === 'both';
    const comparison = (await me.request('GET', '/api/check/comparison')).statusCode;
    const expected = mine && theirs && !stale;
    expect({ sqlSaysShared, codeSaysShared, comparison }).toEqual({
      sqlSaysShared: expected,
      codeSaysShared: expected,
      comparison: expected ? 200 : 404,
    });
  });
});
