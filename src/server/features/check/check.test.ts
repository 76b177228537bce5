import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import { buildScreens, estimateMinutes } from '../../../web/features/check/check-screens';

const DAY = 24 * 3600 * 1000;

function fullCheck(now: number, wish: number, causes: Record<string, number> = {}) {
  const items: Record<string, { now: number; wish: number }> = {};
  for (const kind of ['emo', 'phy', 'int'])
    for (let i = 1; i <= 7; i++) items[`check-${kind}-${i}`] = { now, wish };
  return { items, causes, signs: ['less-talk'] };
}

describe.each(dialects)('intimacy check (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const take = (p: Person, body: unknown) => p.request('POST', '/api/check/responses', body);

  it('lists our own items with causes and signs', async () => {
    const p = await t.signUp();
    const def = (await p.request('GET', '/api/check')).json();
    expect(def.items).toHaveLength(21);
    expect(new Set(def.items.map((i: { kind: string }) => i.kind))).toEqual(
      new Set(['emotional', 'physical', 'intellectual']),
    );
    expect(def.causes.map((c: { group: string }) => c.group)).toEqual(
      expect.arrayContaining(['busy-lives', 'communication', 'routine']),
    );
    expect(def.signs.length).toBeGreaterThanOrEqual(4);
  });

  it('scores each kind 0–100 with the gap and ranks causes', async () => {
    const p = await t.signUp();
    const res = await take(p, fullCheck(4, 9, { 'work-hours': 3, caregiving: 2, arguments: 1 }));
    expect(res.statusCode).toBe(201);
    const result = res.json();
    expect(result.kinds).toEqual([
      { kind: 'emotional', score: 40, wish: 90, gap: 50 },
      { kind: 'physical', score: 40, wish: 90, gap: 50 },
      { kind: 'intellectual', score: 40, wish: 90, gap: 50 },
    ]);
    expect(result.causes[0]).toEqual({
      group: 'busy-lives',
      weight: 5,
      items: ['work-hours', 'caregiving'],
    });
    const history = (await p.request('GET', '/api/check/results')).json();
    expect(history.results).toHaveLength(1);
    expect(Date.parse(history.nextCheckAt) - Date.parse(result.takenAt)).toBe(35 * DAY);
    const plan = (await p.request('GET', '/api/plan')).json();
    expect(plan).toMatchObject({ basis: 'mine', mainCause: 'busy-lives' });
  });

  it('refuses unknown items, causes and signs, out-of-range ratings and empty checks, storing nothing', async () => {
    const p = await t.signUp();
    const bad = [
      { items: { invented: { now: 1, wish: 2 } }, causes: {}, signs: [] },
      { items: { 'check-emo-1': { now: 11, wish: 2 } }, causes: {}, signs: [] },
      { items: { 'check-emo-1': { now: 1, wish: 2 } }, causes: { invented: 1 }, signs: [] },
      { items: { 'check-emo-1': { now: 1, wish: 2 } }, causes: {}, signs: ['invented'] },
      { items: {}, causes: {}, signs: [] },
    ];
    for (const body of bad) {
      const res = await take(p, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
    expect((await p.request('GET', '/api/check/results')).json().results).toEqual([]);
  });

  it('refuses a statement without both of its answers, storing nothing', async () => {
    const p = await t.signUp();
    const missing = [
      { 'check-emo-1': { now: 4 } },
      { 'check-emo-1': { wish: 7 } },
      { 'check-emo-1': { now: null, wish: 7 } },
      { 'check-emo-1': { now: 4, wish: null } },
      { 'check-emo-1': {} },
      { 'check-emo-1': { now: 4, wish: 7 }, 'check-emo-2': { now: 5 } },
    ];
    for (const items of missing) {
      const res = await take(p, { items, causes: {}, signs: [] });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
    for (const body of [
      { causes: {}, signs: [] },
      { items: { 'check-emo-1': { now: 1, wish: 2 } } },
    ]) {
      expect((await take(p, body)).statusCode).toBe(400);
    }
    expect((await p.request('GET', '/api/check/results')).json().results).toEqual([]);
  });

  it('tells each partner what is mutual, never one partner’s lone opt-in', async () => {
    const { a, b } = await t.buildCouple();
    const mutual = async (p: Person) => (await p.request('GET', '/api/sharing/mutual')).json();
    const none = { check: false, progress: false };
    expect(await mutual(a)).toEqual(none);
    await a.request('PUT', '/api/sharing/check', { share: true });
    await a.request('PUT', '/api/sharing/progress', { share: true });
    expect(await mutual(a)).toEqual(none);
    expect(await mutual(b)).toEqual(none);
    expect((await b.request('GET', '/api/sharing')).json()).toEqual(none);
    await b.request('PUT', '/api/sharing/check', { share: true });
    expect(await mutual(a)).toEqual({ check: true, progress: false });
    expect(await mutual(b)).toEqual({ check: true, progress: false });
    await b.request('PUT', '/api/sharing/progress', { share: true });
    expect(await mutual(b)).toEqual({ check: true, progress: true });
    await a.request('PUT', '/api/sharing/check', { share: false });
    expect(await mutual(b)).toEqual({ check: false, progress: true });
    await a.request('POST', '/api/couple/unlink');
    expect(await mutual(a)).toEqual(none);
    expect(await mutual(b)).toEqual(none);
    const solo = await t.signUp();
    expect(await mutual(solo)).toEqual(none);
  });

  it('offers the check on Today with the minutes its introduction says', async () => {
    const p = await t.signUp();
    const definition = (await p.request('GET', '/api/check')).json();
    const today = (await p.request('GET', '/api/today')).json();
    const item = [...today.now, ...today.waiting].find((i: { kind: string }) => i.kind === 'check');
    expect(item.minutes).toBe(estimateMinutes(buildScreens(definition)));
  });

  it('shows a side-by-side comparison only while both opt in, and either can withdraw', async () => {
    const { a, b } = await t.buildCouple();
    await take(a, fullCheck(7, 8));
    await take(b, fullCheck(3, 9));
    const compare = (p: Person) => p.request('GET', '/api/check/comparison');
    const missing = await compare(a);
    expect(missing.statusCode).toBe(404);
    await a.request('PUT', '/api/sharing/check', { share: true });
    expect((await compare(b)).body).toBe(missing.body);
    expect((await compare(a)).body).toBe(missing.body);
    await b.request('PUT', '/api/sharing/check', { share: true });
    const both = (await compare(b)).json();
    expect(both.partnerName).toBe('Robin');
    expect(both.partner.kinds[0].score).toBe(70);
    expect(both.me.kinds[0].score).toBe(30);
    expect((await b.request('GET', '/api/plan')).json().basis).toBe('both');
    await a.request('PUT', '/api/sharing/check', { share: false });
    expect((await compare(b)).statusCode).toBe(404);
    expect((await b.request('GET', '/api/plan')).json().basis).toBe('mine');
  });

  it('suggests a re-check on Today five weeks later', async () => {
    const p = await t.signUp();
    await take(p, fullCheck(5, 7));
    const kinds = async () => (await p.request('GET', '/api/today')).json();
    const all = (today: { now: { kind: string }[]; waiting: { kind: string }[] }) =>
      [...today.now, ...today.waiting].map((i) => i.kind);
    expect(all(await kinds())).not.toContain('check');
    expect(all(await kinds())).not.toContain('recheck');
    t.clock.advance(20 * DAY);
    await p.request('GET', '/api/me');
    t.clock.advance(16 * DAY);
    expect(all(await kinds())).toContain('recheck');
    t.clock.advance(-36 * DAY);
  });
});
