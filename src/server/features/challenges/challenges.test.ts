import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { openEventStream } from '../../../../tests/support/sse';
import {
  createTestApp,
  type Person,
  type TestApp,
  testCatalog,
} from '../../../../tests/support/test-app';
import type { ChallengeWeek, CurrentChallenge } from '../../../shared/challenges-api';
import type { Today } from '../../../shared/program-api';
import { challengesOf } from './challenges.catalog';

const WEEK = 7 * 24 * 3600 * 1000;

function routineCheck() {
  const items: Record<string, { now: number; wish: number }> = {};
  for (const kind of ['emo', 'phy', 'int'])
    for (let i = 1; i <= 7; i++) items[`check-${kind}-${i}`] = { now: 5, wish: 8 };
  return { items, causes: { 'same-days': 3, 'no-new-experiences': 3 }, signs: [] };
}

describe.each(dialects)('weekly novelty challenge (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const current = async (p: Person): Promise<CurrentChallenge> => {
    const res = await p.request('GET', '/api/challenges/current');
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const week = async (p: Person): Promise<ChallengeWeek> => {
    const found = (await current(p)).current;
    if (!found) throw new Error('no challenge this week');
    return found;
  };
  const answer = (p: Person, w: ChallengeWeek, value: 'in' | 'not-now') =>
    p.request('PUT', `/api/challenges/${w.id}/answer`, {
      answer: value,
      challengeId: w.challenge.id,
    });
  const bothIn = async (a: Person, b: Person) => {
    const w = await week(a);
    expect((await answer(a, w, 'in')).statusCode).toBe(200);
    expect((await answer(b, w, 'in')).statusCode).toBe(200);
    return w;
  };
  const todayOf = async (p: Person): Promise<Today> =>
    (await p.request('GET', '/api/today')).json();
  const challengeItems = (today: Today) =>
    [...today.now, ...today.waiting].filter((item) => item.kind === 'challenge');

  it('gives both partners the same challenge for the week, and none to someone alone', async () => {
    const { a, b } = await t.buildCouple();
    const [ca, cb] = [await current(a), await current(b)];
    expect(ca.current?.challenge).toEqual(cb.current?.challenge);
    expect(ca.current?.id).toBe(cb.current?.id);
    expect(ca).toMatchObject({
      partnerName: 'Sam',
      settings: { apart: false, maxCost: '$$$' },
      current: { stage: 'open', mine: null, partnerIn: false, canSwap: true, doneAt: null },
    });
    expect(challengesOf(testCatalog()).byId.has(ca.current?.challenge.id ?? '')).toBe(true);
    const solo = await t.signUp();
    expect(await current(solo)).toMatchObject({ current: null, settings: null, partnerName: null });
    expect((await solo.request('GET', '/api/challenges/past')).json()).toEqual({ weeks: [] });
  });

  it('is on once both are in; then either marks it done; each reflects, privately or shared', async () => {
    const { a, b } = await t.buildCouple();
    const w = await week(a);
    const afterA = (await answer(a, w, 'in')).json();
    expect(afterA).toMatchObject({ stage: 'open', mine: 'in', partnerIn: false });
    // "Robin is in": visible to the partner, and warm.
    expect(await week(b)).toMatchObject({ stage: 'open', mine: null, partnerIn: true });
    const notYet = await b.request('POST', `/api/challenges/${w.id}/done`);
    expect(notYet.statusCode).toBe(409);
    expect((await answer(b, w, 'in')).json()).toMatchObject({ stage: 'on', partnerIn: true });
    expect(await week(a)).toMatchObject({ stage: 'on', canSwap: false });
    // Once on, the answers stay; saying the same again is fine.
    expect((await answer(a, w, 'not-now')).statusCode).toBe(409);
    expect((await answer(a, w, 'in')).statusCode).toBe(200);

    const early = await a.request('PUT', `/api/challenges/${w.id}/reflection`, {
      text: 'too soon',
      shared: false,
    });
    expect(early.statusCode).toBe(409);
    const done = (await b.request('POST', `/api/challenges/${w.id}/done`)).json();
    expect(done).toMatchObject({ stage: 'done', doneAt: expect.any(String) });
    expect((await a.request('POST', `/api/challenges/${w.id}/done`)).json().doneAt).toBe(
      done.doneAt,
    );

    const mine = await a.request('PUT', `/api/challenges/${w.id}/reflection`, {
      text: 'Robin kept this to themselves',
      shared: false,
    });
    expect(mine.json().myReflection).toEqual({
      text: 'Robin kept this to themselves',
      visibility: 'private',
    });
    await b.request('PUT', `/api/challenges/${w.id}/reflection`, {
      text: 'Sam loved the flour everywhere',
      shared: true,
    });
    const seenByA = await week(a);
    expect(seenByA.partnerReflection).toEqual({ text: 'Sam loved the flour everywhere' });
    const seenByB = await week(b);
    expect(seenByB.partnerReflection).toBeNull();
    expect(JSON.stringify(seenByB)).not.toContain('Robin kept this');
    // Shared later, by choice.
    await a.request('PUT', `/api/challenges/${w.id}/reflection`, {
      text: 'Robin kept this to themselves',
      shared: true,
    });
    expect((await week(b)).partnerReflection).toEqual({ text: 'Robin kept this to themselves' });
  });

  it('shows the partner exactly the same, byte for byte, whether I said “not this week” or nothing', async () => {
    const { a, b } = await t.buildCouple();
    const w = await week(a);
    const before = {
      current: (await b.request('GET', '/api/challenges/current')).body,
      past: (await b.request('GET', '/api/challenges/past')).body,
      today: (await b.request('GET', '/api/today')).body,
    };
    expect((await answer(a, w, 'not-now')).json()).toMatchObject({ mine: 'not-now' });
    expect((await b.request('GET', '/api/challenges/current')).body).toBe(before.current);
    expect((await b.request('GET', '/api/challenges/past')).body).toBe(before.past);
    expect((await b.request('GET', '/api/today')).body).toBe(before.today);
    // Changing my mind back to nothing visible: "in", then it shows.
    await answer(a, w, 'in');
    expect((await week(b)).partnerIn).toBe(true);
  });

  it('keeps an unshared reflection from the partner, byte for byte', async () => {
    const { a, b } = await t.buildCouple();
    const w = await bothIn(a, b);
    await a.request('POST', `/api/challenges/${w.id}/done`);
    t.clock.advance(WEEK);
    const before = {
      current: (await b.request('GET', '/api/challenges/current')).body,
      past: (await b.request('GET', '/api/challenges/past')).body,
    };
    const saved = await a.request('PUT', `/api/challenges/${w.id}/reflection`, {
      text: 'a private thought, kept',
      shared: false,
    });
    expect(saved.statusCode).toBe(200);
    expect((await b.request('GET', '/api/challenges/current')).body).toBe(before.current);
    expect((await b.request('GET', '/api/challenges/past')).body).toBe(before.past);
    const past = (await a.request('GET', '/api/challenges/past')).json();
    expect(past.weeks).toHaveLength(1);
    expect(past.weeks[0]).toMatchObject({
      id: w.id,
      stage: 'done',
      myReflection: { text: 'a private thought, kept', visibility: 'private' },
    });
    t.clock.advance(-WEEK);
  });

  it('tells the partner live when I am in, never when I say “not this week” (ids only)', async () => {
    const { a, b } = await t.buildCouple();
    const w = await week(a);
    const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const stream = await openEventStream(url, b.cookie);
    try {
      await answer(a, w, 'not-now');
      await a.request('PUT', `/api/challenges/${w.id}/answer`, {
        answer: 'not-now',
        challengeId: w.challenge.id,
      });
      await answer(a, w, 'in');
      // The first event B hears of is the "in": the "not this week" sent nothing.
      expect(await stream.next()).toEqual({ type: 'challenge.changed', weekId: w.id });
    } finally {
      stream.close();
    }
  });

  it('swaps once, before both are in, and both answers start afresh', async () => {
    const { a, b } = await t.buildCouple();
    const w = await week(a);
    await answer(b, w, 'in');
    const swapped = (await a.request('POST', `/api/challenges/${w.id}/swap`)).json();
    expect(swapped.challenge.id).not.toBe(w.challenge.id);
    expect(swapped).toMatchObject({ id: w.id, canSwap: false, mine: null, partnerIn: false });
    expect(await week(b)).toMatchObject({ mine: null, challenge: { id: swapped.challenge.id } });
    const again = await b.request('POST', `/api/challenges/${w.id}/swap`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('limit_reached');
    // An answer to the challenge that was swapped away is not saved.
    const stale = await answer(b, w, 'in');
    expect(stale.statusCode).toBe(409);
    expect((await week(b)).mine).toBeNull();

    const other = await t.buildCouple();
    await bothIn(other.a, other.b);
    const onWeek = await week(other.a);
    expect((await other.a.request('POST', `/api/challenges/${onWeek.id}/swap`)).statusCode).toBe(
      409,
    );
  });

  it('never repeats a challenge (done, declined or swapped away) until the list is used up', async () => {
    const { a, b } = await t.buildCouple();
    const total = challengesOf(testCatalog()).list.length;
    const seen: string[] = [];
    const start = t.clock.now();
    for (let i = 0; i < 20; i++) {
      const w = await week(i % 2 === 0 ? a : b);
      if (i % 3 === 0) await answer(a, w, 'not-now');
      if (i % 5 === 0) {
        const swapped = (await a.request('POST', `/api/challenges/${w.id}/swap`)).json();
        seen.push(w.challenge.id, swapped.challenge.id);
      } else {
        seen.push(w.challenge.id);
      }
      t.clock.advance(WEEK);
    }
    t.clock.set(start);
    expect(seen.length).toBeLessThan(total);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('draws what fits: apart, and within the cost chosen (this week’s stays)', async () => {
    const { a, b } = await t.buildCouple();
    const first = await week(a);
    const res = await b.request('PUT', '/api/challenges/settings', {
      apart: true,
      maxCost: 'free',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      settings: { apart: true, maxCost: 'free' },
      current: { challenge: { id: first.challenge.id } },
    });
    expect((await current(a)).settings).toEqual({ apart: true, maxCost: 'free' });
    const start = t.clock.now();
    for (let i = 0; i < 6; i++) {
      t.clock.advance(WEEK);
      const next = await week(a);
      expect(next.challenge).toMatchObject({ distance: true, cost: 'free' });
    }
    t.clock.set(start);
    const solo = await t.signUp();
    const refused = await solo.request('PUT', '/api/challenges/settings', {
      apart: false,
      maxCost: '$',
    });
    expect(refused.statusCode).toBe(404);
  });

  it('stores each answer when both say “I’m in” at the same moment', async () => {
    for (let round = 0; round < 5; round++) {
      const { a, b } = await t.buildCouple();
      const w = await week(a);
      const [ra, rb] = await Promise.all([answer(a, w, 'in'), answer(b, w, 'in')]);
      expect([ra.statusCode, rb.statusCode]).toEqual([200, 200]);
      expect(await week(a)).toMatchObject({ stage: 'on' });
    }
  });

  it('puts the week on Today: a partner’s “in” as a nudge, waiting on them, then on', async () => {
    const { a, b } = await t.buildCouple();
    // Novelty is not in either plan: a fresh week stays off Today.
    expect(challengeItems(await todayOf(a))).toEqual([]);
    const w = await week(a);
    await answer(a, w, 'in');
    const [forB] = challengeItems(await todayOf(b));
    expect(forB).toMatchObject({
      kind: 'challenge',
      status: 'todo',
      href: '/challenge',
      detail: { weekId: w.id, title: w.challenge.title, partnerIn: true, on: false },
    });
    expect((await todayOf(a)).waiting.map((i) => i.kind)).toContain('challenge');
    await answer(b, w, 'in');
    expect(challengeItems(await todayOf(a))[0]).toMatchObject({
      status: 'todo',
      detail: { on: true },
    });
    await a.request('POST', `/api/challenges/${w.id}/done`);
    expect(challengeItems(await todayOf(b))).toEqual([]);
  });

  it('offers a fresh week on Today when novelty is in the plan, and counts the week once done', async () => {
    const { a, b } = await t.buildCouple();
    expect((await a.request('POST', '/api/check/responses', routineCheck())).statusCode).toBe(201);
    const today = await todayOf(a);
    const [item] = challengeItems(today);
    expect(item).toMatchObject({ status: 'todo', detail: { partnerIn: false, on: false } });
    expect(today.week.find((w) => w.id === 'novelty-challenge')).toMatchObject({ done: 0 });
    expect(today.now.length).toBeLessThanOrEqual(3);
    const w = await bothIn(a, b);
    await b.request('POST', `/api/challenges/${w.id}/done`);
    expect((await todayOf(a)).week.find((e) => e.id === 'novelty-challenge')).toMatchObject({
      done: 1,
      target: 1,
    });
    // My own "not this week" takes it off my Today.
    t.clock.advance(WEEK);
    const next = await week(a);
    await answer(a, next, 'not-now');
    expect(challengeItems(await todayOf(a))).toEqual([]);
    t.clock.advance(-WEEK);
  });

  it('is not offered on Today to someone the private screen routed elsewhere, and the partner sees no difference', async () => {
    const { a, b } = await t.buildCouple();
    const w = await week(b);
    await answer(b, w, 'in');
    expect(challengeItems(await todayOf(a))).toHaveLength(1);
    const partnerView = async () => [
      (await b.request('GET', '/api/challenges/current')).body,
      (await b.request('GET', '/api/challenges/past')).body,
      (await b.request('GET', '/api/today')).body,
    ];
    const before = await partnerView();
    const flagged = await a.request('POST', '/api/for-you/answers', {
      answers: { afraid: 'yes' },
      remember: 'account',
    });
    expect(flagged.statusCode).toBe(200);
    expect(challengeItems(await todayOf(a))).toEqual([]);
    expect(await partnerView()).toEqual(before);
  });

  it('belongs to the couple: after unlinking nothing of it shows, to the ex-partner or the next one', async () => {
    const { a, b } = await t.buildCouple();
    const w = await bothIn(a, b);
    await a.request('POST', `/api/challenges/${w.id}/done`);
    await a.request('PUT', `/api/challenges/${w.id}/reflection`, {
      text: 'shared with Sam only',
      shared: true,
    });
    expect((await a.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    const missing = await b.request('POST', '/api/challenges/aaaaaaaaaaaaaaaaaaaaaa/done');
    const old = await b.request('POST', `/api/challenges/${w.id}/done`);
    expect(old.statusCode).toBe(404);
    expect(old.body).toBe(missing.body);
    expect(await current(b)).toMatchObject({ current: null });
    const c = await t.signUp('Cy');
    const invite = await a.request('POST', '/api/couple/invites');
    await c.request('POST', '/api/couple/join', { code: invite.json().code });
    t.clock.advance(WEEK);
    expect((await c.request('GET', '/api/challenges/past')).json()).toEqual({ weeks: [] });
    expect((await a.request('GET', '/api/challenges/past')).json()).toEqual({ weeks: [] });
    const fromC = await c.request('PUT', `/api/challenges/${w.id}/reflection`, {
      text: 'x',
      shared: false,
    });
    expect(fromC.statusCode).toBe(404);
    expect(JSON.stringify(await current(c))).not.toContain('shared with Sam only');
    t.clock.advance(-WEEK);
  });
});
