/**
 * Today in the first week, as the server assembles it: at most three things in
 * a clear order for a brand-new person alone, a brand-new couple and a couple
 * a few days in; a person who said "yes" to a private question gets nothing on
 * Today that reads as a warning; and a visitor who is not logged in is
 * answered, not refused, when the app asks who they are.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_NOW } from '../../src/server/features/today/today.service';
import type { Today, TodayItem } from '../../src/shared/program-api';
import { dialects } from '../support/databases';
import { createTestApp, type Person, type TestApp } from '../support/test-app';

/** A Monday, midday in UTC (everyone here lives in UTC). */
const MONDAY = new Date('2026-03-02T12:00:00Z');
const DAY = 24 * 3600 * 1000;

/**
 * Words that, glimpsed on a phone over someone's shoulder, read as a warning
 * or name what the private questions are about.
 */
const ALARMING =
  /\b(afraid|fear\w*|frighten\w*|scared|danger\w*|unsafe|safety|abus\w*|violen\w*|hurt\w*|harm\w*|threat\w*|crisis|emergenc\w*|helpline\w*|hotline\w*|warning\w*|alert\w*|police|suicid\w*|hopeless\w*|control\w*|urgent)\b/i;

async function todayOf(p: Person): Promise<Today> {
  const res = await p.request('GET', '/api/today');
  expect(res.statusCode).toBe(200);
  return res.json() as Today;
}

const kinds = (items: TodayItem[]) => items.map((item) => item.kind);

/** Every string value in a JSON answer (what a screen could show), keys left out. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

async function answerPrivately(p: Person, answers: Record<string, string>): Promise<void> {
  const res = await p.request('POST', '/api/for-you/answers', { answers, remember: 'account' });
  expect(res.statusCode).toBe(200);
}

async function firstSteps(p: Person): Promise<void> {
  await answerPrivately(p, { afraid: 'no' });
  expect((await p.request('POST', '/api/primer/complete')).statusCode).toBeLessThan(300);
  const check = await p.request('POST', '/api/check/responses', {
    items: { 'check-emo-1': { now: 5, wish: 8 } },
    causes: { arguments: 2 },
    signs: [],
  });
  expect(check.statusCode).toBeLessThan(300);
}

async function answerToday(p: Person, text: string): Promise<void> {
  const id = (await p.request('GET', '/api/questions/today')).json().question.id as string;
  const res = await p.request('PUT', `/api/questions/${id}/answer`, { text });
  expect(res.statusCode).toBe(200);
}

describe.each(dialects)('Today in the first week (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { start: MONDAY });
  });
  afterAll(() => t.close());

  it('a brand-new person alone: the private questions first, then the primer and the day’s question; the rest waits', async () => {
    t.clock.set(MONDAY);
    const p = await t.signUp('Alone');
    const today = await todayOf(p);
    expect(today.now.length).toBeLessThanOrEqual(MAX_NOW);
    expect(kinds(today.now)).toEqual(['private-screen', 'primer', 'question']);
    expect(today.now[0]).toMatchObject({ status: 'todo', detail: { first: true } });
    expect(today.now[2]).toMatchObject({ detail: { withPartner: false } });
    expect(kinds(today.waiting)).toEqual(['check', 'gesture', 'pulse', 'invite', 'vulnerability']);
    // The order is what the priorities say, lowest first.
    const all = [...today.now, ...today.waiting].map((item) => item.priority);
    expect(all).toEqual([...all].sort((x, y) => x - y));
  });

  it('a brand-new couple: each partner’s own private questions first, then the day’s question together', async () => {
    t.clock.set(MONDAY);
    const { a, b } = await t.buildCouple();
    for (const p of [a, b]) {
      const today = await todayOf(p);
      expect(kinds(today.now)).toEqual(['private-screen', 'question', 'primer']);
      expect(today.now[1]).toMatchObject({ status: 'todo', detail: { withPartner: true } });
      expect(kinds(today.waiting)).toEqual([
        'check',
        'gesture',
        'pulse',
        'checkin-schedule',
        'vulnerability',
      ]);
    }
    // One partner answering the private questions changes nothing in the other's order.
    await answerPrivately(a, { afraid: 'no' });
    expect(kinds((await todayOf(a)).now)).toEqual(['question', 'primer', 'check']);
    expect(kinds((await todayOf(b)).now)).toEqual(['private-screen', 'question', 'primer']);
  });

  it('a couple a few days in: the day’s question leads; once answered it waits behind what I can still do', async () => {
    t.clock.set(MONDAY);
    const { a, b } = await t.buildCouple();
    await firstSteps(a);
    await firstSteps(b);
    for (let day = 0; day < 3; day += 1) {
      await answerToday(a, `mine on day ${day}`);
      await answerToday(b, `theirs on day ${day}`);
      t.clock.advance(DAY);
    }
    // Thursday.
    let today = await todayOf(a);
    expect(kinds(today.now)).toEqual(['question', 'gesture', 'pulse']);
    expect(today.now[0]).toMatchObject({ status: 'todo', detail: { withPartner: true } });
    // What a few days of use leaves waiting: choosing a check-in time, and this week's prompt.
    expect(kinds(today.waiting)).toEqual(['checkin-schedule', 'vulnerability']);
    expect(today.week.find((w) => w.id === 'daily-question')).toMatchObject({
      done: 3,
      target: 7,
    });

    await answerToday(a, 'mine on Thursday');
    today = await todayOf(a);
    expect(kinds(today.now)).toEqual(['gesture', 'pulse', 'checkin-schedule']);
    expect(today.waiting.find((item) => item.kind === 'question')).toMatchObject({
      status: 'waiting',
      detail: { partnerAnswered: false },
    });
    expect(today.week.find((w) => w.id === 'daily-question')?.done).toBe(4);

    await answerToday(b, 'theirs on Thursday');
    today = await todayOf(a);
    expect(kinds(today.now)).toEqual(['gesture', 'pulse', 'checkin-schedule']);
    expect(kinds(today.waiting)).not.toContain('question');
  });

  it.each([
    ['afraid', 'alone'],
    ['afraid', 'in a couple'],
    ['hopeless', 'alone'],
    ['hopeless', 'in a couple'],
  ] as const)(
    'after a "yes" to %s (%s), Today reads as calm as any other day',
    async (question, setting) => {
      t.clock.set(MONDAY);
      const { a: me, b: partner } =
        setting === 'in a couple' ? await t.buildCouple() : { a: await t.signUp(), b: null };
      const partnerBefore = partner ? (await partner.request('GET', '/api/today')).body : null;
      await answerPrivately(me, { [question]: 'yes' });

      const today = await todayOf(me);
      // The private support is there, first, one tap away; the questions are not asked again.
      expect(today.now[0]).toMatchObject({ kind: 'support', status: 'todo' });
      expect(kinds([...today.now, ...today.waiting])).not.toContain('private-screen');
      expect(today.now.length).toBeLessThanOrEqual(MAX_NOW);
      // Nothing a glance could read as a warning: no such word in any text or link.
      // (The day's question text is content of its own, checked where it is written.)
      const texts = stringsIn({
        ...today,
        now: today.now.map((item) => (item.kind === 'question' ? { ...item, detail: {} } : item)),
        waiting: today.waiting.map((item) =>
          item.kind === 'question' ? { ...item, detail: {} } : item,
        ),
      });
      expect(texts.filter((text) => ALARMING.test(text))).toEqual([]);
      // And no couple exercise for someone the private questions routed elsewhere.
      if (partner) {
        expect(kinds([...today.now, ...today.waiting])).not.toContain('question');
        expect((await partner.request('GET', '/api/today')).body).toBe(partnerBefore);
      }
    },
  );
});

describe.each(dialects)('who is this browser? (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { start: MONDAY });
  });
  afterAll(() => t.close());

  it('answers a visitor who is not logged in with 200 and no one', async () => {
    const res = await t.anonymous('GET', '/api/session');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({ me: null });
    // The private route is still private.
    expect((await t.anonymous('GET', '/api/me')).statusCode).toBe(401);
  });

  it('answers a logged-in person with themselves and their couple, as /api/me does', async () => {
    const { a } = await t.buildCouple();
    const session = await a.request('GET', '/api/session');
    expect(session.statusCode).toBe(200);
    expect(session.json()).toEqual({ me: (await a.request('GET', '/api/me')).json() });
    expect(session.json().me.couple).not.toBeNull();
  });

  it('answers with no one once the session has ended, or for a cookie that never was', async () => {
    const p = await t.signUp();
    expect((await p.request('GET', '/api/session')).json().me.user.id).toBe(p.id);
    await p.request('POST', '/api/auth/logout');
    const after = await p.request('GET', '/api/session');
    expect(after.statusCode).toBe(200);
    expect(after.json()).toEqual({ me: null });
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/session',
      cookies: { rekindle_session: 'x'.repeat(43) },
    });
    expect(forged.statusCode).toBe(200);
    expect(forged.json()).toEqual({ me: null });
  });
});
