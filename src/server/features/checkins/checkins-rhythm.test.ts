/**
 * The weekly check-in in the weekly rhythm view, on SQLite and PostgreSQL: a
 * week whose check-in was held counts for both partners, a week without one
 * does not; a private preparation changes nothing the partner gets; and a
 * check-in of an earlier couple is not counted for the former partner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { doneIn, readRhythm } from '../../../../tests/support/rhythm';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import type { RhythmView } from '../../../shared/rhythm-api';

/** Monday 2 March 2026 (ISO week 10), 09:00 UTC. */
const START = new Date('2026-03-02T09:00:00Z');
const DAY = 24 * 3600 * 1000;

describe.each(dialects)('check-ins in the weekly rhythm (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { start: START });
  });
  afterAll(() => t.close());

  const ok = async (p: Person, method: 'GET' | 'PUT' | 'POST', url: string, body?: unknown) => {
    const res = await p.request(method, url, body);
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    return res;
  };
  const rhythm = readRhythm;
  /** What the week at `index` (0 is this week) counted for the check-in; undefined when not asked. */
  const held = (view: RhythmView, index: number) => doneIn(view, index, 'weekly-checkin');

  /** Agree on Wednesday 19:00 and walk through focus mode to the end. */
  async function holdCheckin(a: Person, b: Person) {
    await ok(a, 'PUT', '/api/checkins/schedule/proposal', { weekday: 3, time: '19:00' });
    await ok(b, 'POST', '/api/checkins/schedule/proposal/accept');
    // Once done, the next week's check-in is the current one: each step is pressed once.
    for (const from of ['waiting', 'appreciations', 'successes', 'concerns', 'goals', 'agreements'])
      await ok(a, 'POST', '/api/checkins/current/step', { from, direction: 'next' });
  }

  it('counts a week whose check-in was held, for both, and not a week without one', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    expect(held(await rhythm(a), 0)).toBe(0);
    await holdCheckin(a, b);
    expect(held(await rhythm(a), 0)).toBe(1);
    expect(held(await rhythm(b), 0)).toBe(1);
    t.clock.set(new Date(START.getTime() + 7 * DAY));
    // The next week's check-in is waiting: not held.
    await ok(a, 'GET', '/api/checkins/current');
    for (const p of [a, b]) {
      const view = await rhythm(p);
      expect(view.weeks.map((w) => w.week)).toEqual(['2026-W11', '2026-W10']);
      expect([held(view, 0), held(view, 1)]).toEqual([0, 1]);
    }
  });

  it('leaves the partner’s rhythm the same, byte for byte, after a private preparation', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await ok(a, 'PUT', '/api/checkins/schedule/proposal', { weekday: 5, time: '20:00' });
    await ok(b, 'POST', '/api/checkins/schedule/proposal/accept');
    const before = (await ok(b, 'GET', '/api/rhythm')).body;
    await ok(a, 'PUT', '/api/checkins/current/prep', {
      appreciation: 'You fixed the bike',
      concern: { text: 'A worry I keep to myself', private: true, continues: null },
      goals: 'Rest more',
      ratings: { emotional: 4, physical: 5, intellectual: 6, talk: 3 },
    });
    expect((await ok(b, 'GET', '/api/rhythm')).body).toBe(before);
  });

  it('does not count a check-in of an earlier couple for the former partner or a later one', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await holdCheckin(a, b);
    expect(held(await rhythm(b), 0)).toBe(1);
    expect((await a.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    const c = await t.signUp('Cy');
    const invite = await b.request('POST', '/api/couple/invites');
    await ok(c, 'POST', '/api/couple/join', { code: invite.json().code });
    // The same week, a new couple: the check-in held with the former partner is not ours.
    expect(held(await rhythm(b), 0)).toBe(0);
    expect(held(await rhythm(c), 0)).toBe(0);
    // Alone, a check-in is not asked at all.
    expect(held(await rhythm(a), 0)).toBeUndefined();
  });
});
