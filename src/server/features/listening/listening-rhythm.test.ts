/**
 * Active listening in the weekly rhythm view, on SQLite and PostgreSQL: a
 * week with a session that ended with both turns heard counts for both
 * partners; a week whose only session ended after one turn does not; a
 * session left at its second reflection counts once it has ended; a private
 * rating changes nothing the partner gets; and a session of an earlier
 * couple is not counted for the former partner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { doneIn, readRhythm } from '../../../../tests/support/rhythm';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import { ABANDONED_AFTER_MS } from '../../../core/listening';
import type { RhythmView } from '../../../shared/rhythm-api';

/** Monday 2 March 2026 (ISO week 10), 09:00 UTC. */
const START = new Date('2026-03-02T09:00:00Z');
const DAY = 24 * 3600 * 1000;

type Step = readonly [Person, 'start' | 'reflect' | 'swap' | 'finish' | 'end', 1 | 2];

describe.each(dialects)('listening in the weekly rhythm (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { start: START });
  });
  afterAll(() => t.close());

  const rhythm = readRhythm;
  /** What the week at `index` (0 is this week) counted for listening; undefined when not asked. */
  const heard = (view: RhythmView, index: number) => doneIn(view, index, 'active-listening');

  /** `a` starts a session (speaking first) and the steps follow; returns its id. */
  async function session(a: Person, steps: (b: Person) => Step[], b: Person): Promise<string> {
    const res = await a.request('POST', '/api/listening/sessions', {
      firstSpeaker: 'me',
      seconds: 120,
      mode: 'together',
    });
    expect(res.statusCode, res.body).toBe(201);
    const id: string = res.json().id;
    for (const [p, action, turn] of steps(b)) {
      const moved = await p.request('POST', `/api/listening/sessions/${id}/actions`, {
        action,
        turn,
      });
      expect(moved.statusCode, `${action}: ${moved.body}`).toBe(200);
    }
    return id;
  }
  const bothTurns =
    (a: Person) =>
    (b: Person): Step[] => [
      [a, 'start', 1],
      [a, 'reflect', 1],
      [b, 'swap', 1],
      [b, 'start', 2],
      [b, 'reflect', 2],
      [a, 'finish', 2],
    ];

  it('counts a week with a session of both turns, for both, and not one that ended after one', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await session(a, bothTurns(a), b);
    expect(heard(await rhythm(a), 0)).toBe(1);
    expect(heard(await rhythm(b), 0)).toBe(1);

    // Week 11: only the first turn, then ended.
    t.clock.set(new Date(START.getTime() + 7 * DAY));
    await session(
      a,
      () => [
        [a, 'start', 1],
        [a, 'reflect', 1],
        [a, 'end', 1],
      ],
      b,
    );
    // Week 12: both turns reached their reflection, then nobody finished it.
    t.clock.set(new Date(START.getTime() + 14 * DAY));
    await session(a, (other) => bothTurns(a)(other).slice(0, 5), b);
    expect(heard(await rhythm(b), 0)).toBe(0);
    t.clock.set(new Date(START.getTime() + 14 * DAY + ABANDONED_AFTER_MS));
    for (const p of [a, b]) {
      const view = await rhythm(p);
      expect(view.weeks.map((w) => w.week)).toEqual(['2026-W12', '2026-W11', '2026-W10']);
      expect([heard(view, 0), heard(view, 1), heard(view, 2)]).toEqual([1, 0, 1]);
    }
  });

  it('leaves the listener’s rhythm the same, byte for byte, after a private rating', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    const id = await session(a, bothTurns(a), b);
    const before = (await b.request('GET', '/api/rhythm')).body;
    const rated = await a.request('PUT', `/api/listening/sessions/${id}/rating`, {
      rating: 2,
      share: false,
    });
    expect(rated.statusCode, rated.body).toBe(200);
    expect((await b.request('GET', '/api/rhythm')).body).toBe(before);
  });

  it('does not count a session of an earlier couple for the former partner or a later one', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await session(a, bothTurns(a), b);
    expect(heard(await rhythm(b), 0)).toBe(1);
    expect((await a.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    const c = await t.signUp('Cy');
    const invite = await b.request('POST', '/api/couple/invites');
    expect(
      (await c.request('POST', '/api/couple/join', { code: invite.json().code })).statusCode,
    ).toBe(200);
    expect(heard(await rhythm(b), 0)).toBe(0);
    expect(heard(await rhythm(c), 0)).toBe(0);
    expect(heard(await rhythm(a), 0)).toBeUndefined();
  });
});
