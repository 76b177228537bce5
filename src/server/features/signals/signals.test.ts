/**
 * When to get help, over HTTP on SQLite and PostgreSQL: the rules fire on a
 * person's own pulses and private answers, a suggestion comes at most once
 * every four weeks and can be set aside or snoozed, "we have tried" brings
 * help at once, and a person the private screen routed elsewhere is only ever
 * pointed to help for themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import { CYCLE_DAYS } from '../../../core/therapy-signals';
import type { Signals } from '../../../shared/signals-api';

const START = new Date('2026-03-02T12:00:00Z');
const DAY = 24 * 3600 * 1000;
const WEEK = 7 * DAY;
const LOW = { emotional: 3, physical: 4, intellectual: 3, talk: 4 };
const HIGH = { emotional: 8, physical: 7, intellectual: 8, talk: 7 };

async function signals(p: Person): Promise<Signals> {
  const res = await p.request('GET', '/api/support/signals');
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function ok(p: Person, method: 'POST' | 'PUT', url: string, body?: unknown) {
  const res = await p.request(method, url, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe.each(dialects)('when to get help (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { start: START });
  });
  afterAll(() => t.close());

  /** One pulse a week, starting now; the clock ends in the last week given. */
  async function pulses(p: Person, weeks: readonly (typeof LOW)[]): Promise<void> {
    for (const [i, ratings] of weeks.entries()) {
      if (i > 0) t.clock.advance(WEEK);
      await ok(p, 'POST', '/api/pulse', ratings);
    }
  }

  it('suggests couples therapy gently after the third week in the distressed band, and puts it on Today', async () => {
    t.clock.set(START);
    const p = await t.signUp();
    expect((await signals(p)).suggestion).toBeNull();
    await pulses(p, [LOW, LOW]);
    expect((await signals(p)).suggestion).toBeNull();
    t.clock.advance(WEEK);
    await ok(p, 'POST', '/api/pulse', LOW);
    const { suggestion } = await signals(p);
    expect(suggestion).toEqual({
      id: expect.any(String),
      kind: 'couples-therapy',
      reason: 'persistent-distress',
    });
    // The same one, not a new one, on the next look.
    expect((await signals(p)).suggestion?.id).toBe(suggestion?.id);
    const today = (await p.request('GET', '/api/today')).json();
    const items = [...today.now, ...today.waiting];
    expect(items.filter((i: { kind: string }) => i.kind === 'signal')).toEqual([
      {
        id: `signal:${suggestion?.id}`,
        kind: 'signal',
        priority: 50,
        status: 'todo',
        href: '/get-support',
        minutes: null,
        detail: { kind: 'couples-therapy' },
      },
    ]);
  });

  it('says nothing while the weeks are good, nor once hard weeks have passed', async () => {
    t.clock.set(START);
    const p = await t.signUp();
    await pulses(p, [HIGH, HIGH, HIGH, HIGH]);
    expect((await signals(p)).suggestion).toBeNull();
    const q = await t.signUp();
    t.clock.set(START);
    await pulses(q, [LOW, LOW, LOW, HIGH, HIGH, HIGH, HIGH]);
    expect((await signals(q)).suggestion).toBeNull();
  });

  it('shows a suggestion at most once every four weeks; "Not now" sets it aside', async () => {
    t.clock.set(START);
    const p = await t.signUp();
    await pulses(p, [LOW, LOW, LOW]);
    const first = (await signals(p)).suggestion;
    const shownAt = t.clock.now().getTime();
    expect(first).not.toBeNull();
    const after = await ok(p, 'POST', `/api/support/signals/${first?.id}/dismiss`);
    expect(after).toEqual({ suggestion: null });
    // Still distressed every week, but nothing until four weeks after it was shown.
    for (let week = 1; week < 4; week += 1) {
      t.clock.advance(WEEK);
      await ok(p, 'POST', '/api/pulse', LOW);
      expect((await signals(p)).suggestion, `week ${week}`).toBeNull();
    }
    t.clock.set(new Date(shownAt + CYCLE_DAYS * DAY));
    const second = (await signals(p)).suggestion;
    expect(second?.reason).toBe('persistent-distress');
    expect(second?.id).not.toBe(first?.id);
  });

  it('"Remind me in a month" brings the same suggestion back after four weeks, even if things eased', async () => {
    t.clock.set(START);
    const p = await t.signUp();
    await pulses(p, [LOW, LOW, LOW]);
    const first = (await signals(p)).suggestion;
    expect(await ok(p, 'POST', `/api/support/signals/${first?.id}/snooze`)).toEqual({
      suggestion: null,
    });
    t.clock.advance(CYCLE_DAYS * DAY - 60_000);
    expect((await signals(p)).suggestion).toBeNull();
    await ok(p, 'POST', '/api/pulse', HIGH);
    t.clock.advance(60_000);
    expect((await signals(p)).suggestion).toEqual(first);
  });

  it('"We have tried on our own" brings help at once, even right after a "Not now"', async () => {
    t.clock.set(START);
    const p = await t.signUp();
    await pulses(p, [LOW, LOW, LOW]);
    const first = (await signals(p)).suggestion;
    await ok(p, 'POST', `/api/support/signals/${first?.id}/dismiss`);
    const asked = await ok(p, 'POST', '/api/support/tried');
    expect(asked.suggestion).toEqual({
      id: expect.any(String),
      kind: 'couples-therapy',
      reason: 'asked',
    });
    // It stays while it is open, whatever the rules say.
    t.clock.advance(WEEK);
    await ok(p, 'POST', '/api/pulse', HIGH);
    expect(await signals(p)).toEqual(asked);
  });

  it('points a person the private screen routed elsewhere to help for themselves, never couples therapy', async () => {
    t.clock.set(START);
    const { a } = await t.buildCouple();
    await ok(a, 'POST', '/api/for-you/answers', {
      answers: { afraid: 'yes' },
      remember: 'account',
    });
    await pulses(a, [LOW, LOW, LOW]);
    const { suggestion } = await signals(a);
    expect(suggestion).toMatchObject({ kind: 'individual-therapy', reason: 'persistent-distress' });
    expect((await ok(a, 'POST', '/api/support/tried')).suggestion.kind).toBe('individual-therapy');
    await ok(a, 'PUT', '/api/support/week', {
      separation: null,
      conflict: null,
      needs: ['sexual-pain'],
    });
    const body = (await a.request('GET', '/api/today')).body;
    expect(body).not.toContain('couples-therapy');
    expect(body).not.toContain('"kind":"skills"');
  });

  it.each([
    [{ separation: 'thoughts', conflict: null, needs: null }, 'separation', 'couples-therapy'],
    [{ separation: 'steps', conflict: 'no', needs: [] }, 'separation', 'couples-therapy'],
    [{ separation: null, conflict: null, needs: ['low-mood'] }, 'low-mood', 'doctor'],
    [
      { separation: null, conflict: null, needs: ['substance-use'] },
      'substance-use',
      'addiction-service',
    ],
    [{ separation: null, conflict: null, needs: ['sexual-pain'] }, 'sexual-pain', 'sex-therapy'],
    [{ separation: null, conflict: null, needs: ['betrayal'] }, 'betrayal', 'couples-therapy'],
    [
      { separation: 'thoughts', conflict: null, needs: ['betrayal', 'low-mood'] },
      'low-mood',
      'doctor',
    ],
  ] as const)('from my private answers %j: %s → %s', async (answers, reason, kind) => {
    t.clock.set(START);
    const p = await t.signUp();
    await ok(p, 'PUT', '/api/support/week', answers);
    expect((await signals(p)).suggestion).toMatchObject({ reason, kind });
  });

  it('brings skills first for weeks of flooded arguments, then therapy the next time', async () => {
    t.clock.set(START);
    const p = await t.signUp();
    const flooded = { separation: null, conflict: 'yes', needs: null };
    for (let week = 0; week < 3; week += 1) {
      if (week > 0) t.clock.advance(WEEK);
      await ok(p, 'PUT', '/api/support/week', flooded);
    }
    const first = (await signals(p)).suggestion;
    expect(first).toMatchObject({ reason: 'conflict-pattern', kind: 'skills' });
    await ok(p, 'POST', `/api/support/signals/${first?.id}/dismiss`);
    for (let week = 0; week < 4; week += 1) {
      t.clock.advance(WEEK);
      await ok(p, 'PUT', '/api/support/week', flooded);
    }
    expect((await signals(p)).suggestion).toMatchObject({
      reason: 'conflict-pattern',
      kind: 'couples-therapy',
    });
  });

  it('keeps my private answers per week; answering nothing keeps nothing', async () => {
    t.clock.set(START);
    const p = await t.signUp();
    const empty = (await p.request('GET', '/api/support/week')).json();
    expect(empty).toEqual({ week: '2026-W10', mine: null });
    const answers = { separation: 'no', conflict: 'prefer-not', needs: 'prefer-not' };
    expect(await ok(p, 'PUT', '/api/support/week', answers)).toEqual({
      week: '2026-W10',
      mine: answers,
    });
    t.clock.advance(WEEK);
    expect((await p.request('GET', '/api/support/week')).json().mine).toBeNull();
    t.clock.set(START);
    const cleared = await ok(p, 'PUT', '/api/support/week', {
      separation: null,
      conflict: null,
      needs: null,
    });
    expect(cleared).toEqual({ week: '2026-W10', mine: null });
    const rows = await t.database.handle.db
      .selectFrom('signal_answers')
      .selectAll()
      .where('user_id', '=', p.id)
      .execute();
    expect(rows).toEqual([]);
  });

  it.each([
    ['an unknown answer', { separation: 'maybe', conflict: null, needs: null }],
    ['a need twice', { separation: null, conflict: null, needs: ['low-mood', 'low-mood'] }],
    ['an unknown need', { separation: null, conflict: null, needs: ['astrology'] }],
    ['a missing item', { separation: null, conflict: null }],
    ['an extra field', { separation: null, conflict: null, needs: null, note: 'x' }],
  ])('refuses %s, keeping nothing', async (_name, body) => {
    t.clock.set(START);
    const p = await t.signUp();
    const res = await p.request('PUT', '/api/support/week', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect((await p.request('GET', '/api/support/week')).json().mine).toBeNull();
  });

  it('answers about another person’s suggestion exactly as about one that does not exist', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    const mine = (await ok(a, 'POST', '/api/support/tried')).suggestion;
    for (const action of ['dismiss', 'snooze']) {
      const theirs = await b.request('POST', `/api/support/signals/${mine.id}/${action}`);
      const none = await b.request('POST', `/api/support/signals/AAAAAAAAAAAAAAAAAAAAAA/${action}`);
      expect(theirs.statusCode).toBe(404);
      expect(theirs.body).toBe(none.body);
    }
    expect((await signals(a)).suggestion).toEqual(mine);
  });

  it('makes only one suggestion when two requests ask at once', async () => {
    t.clock.set(START);
    const p = await t.signUp();
    await ok(p, 'PUT', '/api/support/week', { separation: 'steps', conflict: null, needs: null });
    const answers = await Promise.all([signals(p), signals(p), p.request('GET', '/api/today')]);
    expect(answers[0].suggestion?.id).toBe(answers[1].suggestion?.id);
    const rows = await t.database.handle.db
      .selectFrom('signal_suggestions')
      .select('id')
      .where('user_id', '=', p.id)
      .execute();
    expect(rows).toHaveLength(1);
  });
});
