import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';

/** Every endpoint a partner can call, and what they return to the partner. */
const partnerFacing = [
  '/api/me',
  '/api/couple',
  '/api/questions/today',
  '/api/questions/history',
  '/api/today',
  '/api/plan',
  '/api/progress',
  '/api/check/comparison',
  '/api/check/results',
  '/api/sharing',
  '/api/for-you',
  '/api/pulse',
  '/api/primer',
  '/api/auth/sessions',
];

async function snapshotOf(
  p: Person,
): Promise<Record<string, { status: number; body: string; length: number }>> {
  const out: Record<string, { status: number; body: string; length: number }> = {};
  for (const url of partnerFacing) {
    const res: LightMyRequestResponse = await p.request('GET', url);
    out[url] = { status: res.statusCode, body: res.body, length: res.body.length };
  }
  return out;
}

describe.each(dialects)('private screen (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('changes nothing the partner can observe: same responses, same sizes, no event', async () => {
    const { a, b } = await t.buildCouple();
    // Some shared activity first, so the lists are not empty.
    const q = (await a.request('GET', '/api/questions/today')).json().question.id;
    await a.request('PUT', `/api/questions/${q}/answer`, { text: 'hello' });
    await b.request('PUT', `/api/questions/${q}/answer`, { text: 'hi' });
    await a.request('PUT', '/api/sharing/check', { share: true });
    await a.request('PUT', '/api/sharing/progress', { share: true });
    await b.request('PUT', '/api/sharing/check', { share: true });
    await b.request('PUT', '/api/sharing/progress', { share: true });
    await a.request('POST', '/api/check/responses', {
      items: { 'check-emo-1': { now: 4, wish: 8 } },
      causes: {},
      signs: [],
    });

    const received: unknown[] = [];
    const unsubscribe = t.bus.subscribe(b.id, (event) => received.push(event));
    const before = await snapshotOf(b);
    const flagged = await a.request('POST', '/api/for-you/answers', {
      answers: { afraid: 'yes', hurt: 'prefer-not', hopeless: 'no' },
      remember: 'account',
    });
    expect(flagged.json()).toEqual({ route: 'individual', remember: 'account' });
    const after = await snapshotOf(b);
    unsubscribe();
    expect(after).toEqual(before);
    expect(received).toEqual([]);

    // The flagged person's own view changes: support first, no couple items.
    const today = (await a.request('GET', '/api/today')).json();
    expect(today.now[0].kind).toBe('support');
    expect(today.individual).toBe(true);
    expect(today.now.some((i: { kind: string }) => i.kind === 'question')).toBe(false);
    const plan = (await a.request('GET', '/api/plan')).json();
    expect(plan.rhythm.some((r: { together: boolean }) => r.together)).toBe(false);
  });

  it('keeps the flag only where the person chose', async () => {
    const db = t.database.handle.db;
    const person = await t.signUp();
    const flagRows = () =>
      db.selectFrom('screen_flags').selectAll().where('user_id', '=', person.id).execute();
    const sessionRoute = async () =>
      (
        await db
          .selectFrom('sessions')
          .select('screen_route')
          .where('user_id', '=', person.id)
          .execute()
      ).map((r) => r.screen_route);
    const answer = (remember: string) =>
      person.request('POST', '/api/for-you/answers', { answers: { controlled: 'yes' }, remember });

    await answer('account');
    expect(await flagRows()).toHaveLength(1);
    expect((await person.request('GET', '/api/for-you')).json()).toMatchObject({
      route: 'individual',
      kept: 'account',
    });

    await answer('device');
    expect(await flagRows()).toHaveLength(0);
    expect(await sessionRoute()).toEqual([null]);
    expect((await person.request('GET', '/api/for-you')).json().route).toBe('together');
    // The device sends its own flag with each request; it shapes only this person's answers.
    const withHeader = await t.app.inject({
      method: 'GET',
      url: '/api/today',
      cookies: { rekindle_session: person.cookie },
      headers: { 'x-rekindle-mode': 'individual' },
    });
    expect(withHeader.json().individual).toBe(true);

    await answer('none');
    expect(await flagRows()).toHaveLength(0);
    expect(await sessionRoute()).toEqual(['individual']);
    expect((await person.request('GET', '/api/for-you')).json()).toMatchObject({
      route: 'individual',
      kept: 'session',
    });

    expect((await person.request('DELETE', '/api/for-you/flag')).statusCode).toBe(204);
    expect(await sessionRoute()).toEqual([null]);
  });

  it('routes hopelessness to crisis lines at once (S2)', async () => {
    const person = await t.signUp();
    const res = await person.request('POST', '/api/for-you/answers', {
      answers: { hopeless: 'yes', afraid: 'no' },
      remember: 'none',
    });
    expect(res.json().route).toBe('crisis');
    const today = (await person.request('GET', '/api/today')).json();
    expect(today.now[0]).toMatchObject({ kind: 'support', detail: { crisis: true } });
  });

  it('refuses unknown questions and changes nothing', async () => {
    const person = await t.signUp();
    const res = await person.request('POST', '/api/for-you/answers', {
      answers: { invented: 'yes' },
      remember: 'account',
    });
    expect(res.statusCode).toBe(400);
    expect((await person.request('GET', '/api/for-you')).json()).toMatchObject({
      route: 'together',
      due: true,
    });
  });

  it('is offered first, before anything joint, and again after six weeks', async () => {
    const person = await t.signUp();
    expect((await person.request('GET', '/api/today')).json().now[0].kind).toBe('private-screen');
    await person.request('POST', '/api/for-you/answers', {
      answers: { afraid: 'no' },
      remember: 'account',
    });
    const kinds = (await person.request('GET', '/api/today'))
      .json()
      .now.map((i: { kind: string }) => i.kind);
    expect(kinds).not.toContain('private-screen');
    // Sessions last 30 days from last use, so visit once on the way.
    t.clock.advance(20 * 24 * 3600 * 1000);
    expect((await person.request('GET', '/api/for-you')).json().due).toBe(false);
    t.clock.advance(23 * 24 * 3600 * 1000);
    expect((await person.request('GET', '/api/for-you')).json().due).toBe(true);
    t.clock.advance(-43 * 24 * 3600 * 1000);
  });
});

describe.each(dialects)('support resources (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('gives the country table with the emergency number, and fallbacks everywhere', async () => {
    const gb = (await t.anonymous('GET', '/api/support/resources?country=gb')).json();
    expect(gb.country).toEqual({ code: 'GB', name: 'United Kingdom' });
    expect(gb.emergency).toBe('999');
    expect(gb.crisis.length).toBeGreaterThan(0);
    const unknown = (await t.anonymous('GET', '/api/support/resources?country=ZZ')).json();
    expect(unknown.country).toBeNull();
    expect(unknown.fallback.crisis[0].url).toBe('https://findahelpline.com');
    expect(unknown.emergencyNote).toContain('112');
    expect((await t.anonymous('GET', '/api/support/resources?country=GBR')).statusCode).toBe(400);
  });
});
