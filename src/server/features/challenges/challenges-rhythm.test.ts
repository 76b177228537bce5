/**
 * The weekly challenge in the weekly rhythm view, on SQLite and PostgreSQL:
 * a week whose challenge both were in for and did counts for both partners;
 * a week where only one said "I'm in" does not; a "not this week" and a
 * private reflection change nothing the partner gets; and a challenge of an
 * earlier couple is not counted for the former partner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { doneIn, readRhythm } from '../../../../tests/support/rhythm';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import type { ChallengeWeek } from '../../../shared/challenges-api';
import type { RhythmView } from '../../../shared/rhythm-api';

/** Monday 2 March 2026 (ISO week 10), 09:00 UTC. */
const START = new Date('2026-03-02T09:00:00Z');
const DAY = 24 * 3600 * 1000;

/** A check whose main cause is routine: the plan then asks for the weekly challenge. */
function routineCheck() {
  const items: Record<string, { now: number; wish: number }> = {};
  for (const kind of ['emo', 'phy', 'int'])
    for (let i = 1; i <= 7; i++) items[`check-${kind}-${i}`] = { now: 5, wish: 8 };
  return { items, causes: { 'same-days': 3, 'no-new-experiences': 3 }, signs: [] };
}

describe.each(dialects)('the weekly challenge in the weekly rhythm (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { start: START });
  });
  afterAll(() => t.close());

  const rhythm = readRhythm;
  /** What the week at `index` (0 is this week) counted for the challenge; undefined when not asked. */
  const did = (view: RhythmView, index: number) => doneIn(view, index, 'novelty-challenge');
  const week = async (p: Person): Promise<ChallengeWeek> => {
    const res = await p.request('GET', '/api/challenges/current');
    expect(res.statusCode, res.body).toBe(200);
    const found: ChallengeWeek | null = res.json().current;
    if (!found) throw new Error('no challenge this week');
    return found;
  };
  const answer = async (p: Person, w: ChallengeWeek, value: 'in' | 'not-now') => {
    const res = await p.request('PUT', `/api/challenges/${w.id}/answer`, {
      answer: value,
      challengeId: w.challenge.id,
    });
    expect(res.statusCode, res.body).toBe(200);
  };
  const couple = async () => {
    const { a, b } = await t.buildCouple();
    for (const p of [a, b])
      expect((await p.request('POST', '/api/check/responses', routineCheck())).statusCode).toBe(
        201,
      );
    return { a, b };
  };
  const doIt = async (a: Person, b: Person): Promise<ChallengeWeek> => {
    const w = await week(a);
    await answer(a, w, 'in');
    await answer(b, w, 'in');
    expect((await b.request('POST', `/api/challenges/${w.id}/done`)).statusCode).toBe(200);
    return w;
  };

  it('counts a week whose challenge was done, for both, and not one where only one was in', async () => {
    t.clock.set(START);
    const { a, b } = await couple();
    expect(did(await rhythm(a), 0)).toBe(0);
    await doIt(a, b);
    expect(did(await rhythm(a), 0)).toBe(1);
    expect(did(await rhythm(b), 0)).toBe(1);
    t.clock.set(new Date(START.getTime() + 7 * DAY));
    await answer(a, await week(a), 'in');
    for (const p of [a, b]) {
      const view = await rhythm(p);
      expect(view.weeks.map((w) => w.week)).toEqual(['2026-W11', '2026-W10']);
      expect([did(view, 0), did(view, 1)]).toEqual([0, 1]);
    }
  });

  it('leaves the partner’s rhythm the same, byte for byte, after “not this week” and a private reflection', async () => {
    t.clock.set(START);
    const { a, b } = await couple();
    const w = await doIt(a, b);
    t.clock.set(new Date(START.getTime() + 7 * DAY));
    const next = await week(b);
    const before = (await b.request('GET', '/api/rhythm')).body;
    await answer(a, next, 'not-now');
    const reflected = await a.request('PUT', `/api/challenges/${w.id}/reflection`, {
      text: 'A thought I keep',
      shared: false,
    });
    expect(reflected.statusCode, reflected.body).toBe(200);
    expect((await b.request('GET', '/api/rhythm')).body).toBe(before);
  });

  it('does not count a challenge of an earlier couple for the former partner or a later one', async () => {
    t.clock.set(START);
    const { a, b } = await couple();
    await doIt(a, b);
    expect(did(await rhythm(b), 0)).toBe(1);
    expect((await a.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    const c = await t.signUp('Cy');
    const invite = await b.request('POST', '/api/couple/invites');
    const joined = await c.request('POST', '/api/couple/join', { code: invite.json().code });
    expect(joined.statusCode).toBe(200);
    // Still routine for Sam, so the challenge is asked; the one done with Robin is not ours.
    expect(did(await rhythm(b), 0)).toBe(0);
    expect(did(await rhythm(a), 0)).toBeUndefined();
  });
});
