/**
 * Dates in the weekly rhythm view, on SQLite and PostgreSQL: a planned date
 * counts in its week once its time has come, for both partners; a cancelled
 * one never does; private picks and a private reflection change nothing the
 * partner gets; and a date of an earlier couple is not counted for the
 * former partner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { doneIn, readRhythm } from '../../../../tests/support/rhythm';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import type { DateIdeas, PlannedDate } from '../../../shared/dates-api';
import type { RhythmView } from '../../../shared/rhythm-api';

/** Monday 2 March 2026 (ISO week 10), 09:00 UTC. */
const START = new Date('2026-03-02T09:00:00Z');
const DAY = 24 * 3600 * 1000;

describe.each(dialects)('dates in the weekly rhythm (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { start: START });
  });
  afterAll(() => t.close());

  const rhythm = readRhythm;
  /** What the week at `index` (0 is this week) counted for dates; undefined when not asked. */
  const dated = (view: RhythmView, index: number) => doneIn(view, index, 'date-or-shared-time');
  const plan = async (p: Person, start: string): Promise<PlannedDate> => {
    const res = await p.request('POST', '/api/dates', {
      title: 'Dinner at the corner place',
      start,
      timeZone: 'UTC',
      durationMinutes: 120,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const at = (days: number, hours = 0) => new Date(START.getTime() + days * DAY + hours * 3600_000);

  it('counts a date in its week once its time has come, for both; never a cancelled one', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await plan(a, '2026-03-04T19:00');
    // Planned for Wednesday evening: not yet on Monday, nor on Wednesday morning.
    expect(dated(await rhythm(a), 0)).toBe(0);
    t.clock.set(at(2, 1));
    expect(dated(await rhythm(b), 0)).toBe(0);
    t.clock.set(at(2, 11));
    expect(dated(await rhythm(a), 0)).toBe(1);
    expect(dated(await rhythm(b), 0)).toBe(1);

    // Week 11: a date planned and then cancelled.
    t.clock.set(at(7));
    const cancelled = await plan(b, '2026-03-11T18:00');
    expect((await a.request('DELETE', `/api/dates/${cancelled.id}`)).statusCode).toBe(204);
    t.clock.set(at(13));
    for (const p of [a, b]) {
      const view = await rhythm(p);
      expect(view.weeks.map((w) => w.week)).toEqual(['2026-W11', '2026-W10']);
      expect([dated(view, 0), dated(view, 1)]).toEqual([0, 1]);
    }
  });

  it('leaves the partner’s rhythm the same, byte for byte, after private picks and a private reflection', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    const date = await plan(a, '2026-03-02T08:00');
    const before = (await b.request('GET', '/api/rhythm')).body;
    const ideas: DateIdeas = (await a.request('GET', '/api/dates/ideas')).json();
    for (const [i, pick] of (['yes', 'no', 'maybe'] as const).entries()) {
      const idea = ideas.ideas[i];
      if (!idea) throw new Error('no ideas');
      const res = await a.request('PUT', `/api/dates/ideas/${idea.id}/pick`, { pick });
      expect(res.statusCode, res.body).toBe(200);
    }
    const reflected = await a.request('PUT', `/api/dates/${date.id}/reflection`, {
      text: 'Only for me to remember',
      shared: false,
    });
    expect(reflected.statusCode, reflected.body).toBe(200);
    expect((await b.request('GET', '/api/rhythm')).body).toBe(before);
  });

  it('does not count a date of an earlier couple for the former partner or a later one', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await plan(a, '2026-03-02T08:00');
    expect(dated(await rhythm(b), 0)).toBe(1);
    expect((await a.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    const c = await t.signUp('Cy');
    const invite = await b.request('POST', '/api/couple/invites');
    const joined = await c.request('POST', '/api/couple/join', { code: invite.json().code });
    expect(joined.statusCode).toBe(200);
    expect(dated(await rhythm(b), 0)).toBe(0);
    expect(dated(await rhythm(c), 0)).toBe(0);
    expect(dated(await rhythm(a), 0)).toBeUndefined();
  });
});
