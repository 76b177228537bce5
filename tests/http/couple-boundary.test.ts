/**
 * Opt-ins belong to one couple and what a person wrote before a couple, or in
 * an earlier one, never reaches a later partner: not through the comparison,
 * the progress line, the plan, Today or the sharing state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../support/databases';
import { createTestApp, type Person, type TestApp } from '../support/test-app';

const DAY = 24 * 3600 * 1000;

function check(now: number, wish: number) {
  const items: Record<string, { now: number; wish: number }> = {};
  for (const kind of ['emo', 'phy', 'int'])
    for (let i = 1; i <= 7; i++) items[`check-${kind}-${i}`] = { now, wish };
  return { items, causes: { 'work-hours': 2 }, signs: [] };
}

const pulse = { emotional: 2, physical: 3, intellectual: 4, talk: 5 };

async function pair(a: Person, b: Person): Promise<void> {
  const invite = await a.request('POST', '/api/couple/invites');
  const joined = await b.request('POST', '/api/couple/join', { code: invite.json().code });
  expect(joined.statusCode).toBe(200);
}

async function shareAll(p: Person): Promise<void> {
  for (const topic of ['check', 'progress']) {
    const res = await p.request('PUT', `/api/sharing/${topic}`, { share: true });
    expect(res.statusCode).toBe(200);
  }
}

describe.each(dialects)('the couple is the boundary (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('ends opt-ins at unlink and never shows an earlier couple’s results to the next partner', async () => {
    const a = await t.signUp('Ari');
    const b = await t.signUp('Bo');
    const c = await t.signUp('Cy');
    await pair(a, b);
    expect((await a.request('POST', '/api/check/responses', check(3, 9))).statusCode).toBe(201);
    expect((await b.request('POST', '/api/check/responses', check(6, 8))).statusCode).toBe(201);
    expect((await a.request('POST', '/api/pulse', pulse)).statusCode).toBe(200);
    await shareAll(a);
    await shareAll(b);
    expect((await b.request('GET', '/api/check/comparison')).statusCode).toBe(200);
    expect((await b.request('GET', '/api/progress')).json().partner).not.toBeNull();

    expect((await a.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    expect((await a.request('GET', '/api/sharing')).json()).toEqual({
      check: false,
      progress: false,
    });
    expect((await b.request('GET', '/api/check/comparison')).statusCode).toBe(404);
    expect((await b.request('GET', '/api/progress')).json().partner).toBeNull();

    t.clock.advance(DAY);
    await pair(a, c);
    expect((await c.request('POST', '/api/check/responses', check(5, 7))).statusCode).toBe(201);
    await shareAll(c);
    // A's opt-ins from the time with B did not carry over.
    expect((await a.request('GET', '/api/sharing')).json()).toEqual({
      check: false,
      progress: false,
    });
    const notFound = await c.request('GET', '/api/check/comparison');
    expect(notFound.statusCode).toBe(404);
    expect((await c.request('GET', '/api/progress')).json().partner).toBeNull();
    expect((await c.request('GET', '/api/plan')).json().basis).toBe('mine');

    // A opts in again, in this couple: still nothing from before reaches C.
    await shareAll(a);
    const stillNone = await c.request('GET', '/api/check/comparison');
    expect(stillNone.statusCode).toBe(404);
    expect(stillNone.body).toBe(notFound.body);
    const progress = (await c.request('GET', '/api/progress')).json();
    expect(progress.partner.check).toEqual([]);
    expect(progress.partner.pulse.every((s: { points: unknown[] }) => s.points.length === 0)).toBe(
      true,
    );
    expect((await c.request('GET', '/api/plan')).json().basis).toBe('mine');
    const today = await c.request('GET', '/api/today');
    expect(today.statusCode).toBe(200);

    // What A writes now, in this couple, is shared, dated to the day only.
    expect((await a.request('POST', '/api/check/responses', check(4, 9))).statusCode).toBe(201);
    expect((await a.request('POST', '/api/pulse', pulse)).statusCode).toBe(200);
    const comparison = await c.request('GET', '/api/check/comparison');
    expect(comparison.statusCode).toBe(200);
    expect(comparison.json().partner.takenAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(comparison.json().me.takenAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const shared = (await c.request('GET', '/api/progress')).json().partner;
    expect(shared.check).toHaveLength(1);
    expect(shared.check[0].takenAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await c.request('GET', '/api/plan')).json().basis).toBe('both');
  });

  it('asks for a partner before sharing, and the ex-partner keeps nothing of the other', async () => {
    const solo = await t.signUp('Dee');
    const res = await solo.request('PUT', '/api/sharing/check', { share: true });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_linked');
    expect((await solo.request('PUT', '/api/sharing/check', { share: false })).statusCode).toBe(
      200,
    );
  });
});
