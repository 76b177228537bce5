import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import type { RhythmView } from '../../../shared/rhythm-api';

const DAY = 24 * 3600 * 1000;
const pulse = { emotional: 5, physical: 5, intellectual: 5, talk: 5 };

/** A check whose main cause is routine and boredom. */
function check() {
  const items: Record<string, { now: number; wish: number }> = {};
  for (const kind of ['emo', 'phy', 'int'])
    for (let i = 1; i <= 7; i++) items[`check-${kind}-${i}`] = { now: 4, wish: 8 };
  return { items, causes: { 'same-days': 3 }, signs: [] };
}

describe.each(dialects)('the weekly rhythm view (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    // A Monday: the weeks of these tests begin on the day the people join.
    t = await createTestApp(dialect, { start: new Date('2026-03-02T09:00:00Z') });
  });
  afterAll(() => t.close());

  const rhythm = async (p: Person, query = ''): Promise<RhythmView> => {
    const res = await p.request('GET', `/api/rhythm${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const answerToday = async (p: Person) => {
    const today = (await p.request('GET', '/api/questions/today')).json();
    const res = await p.request('PUT', `/api/questions/${today.question.id}/answer`, {
      text: 'a few words',
    });
    expect(res.statusCode).toBe(200);
  };

  /** Runs a journey over several weeks, then puts the clock back. */
  async function overWeeks(run: (advanceDays: (days: number) => void) => Promise<void>) {
    let moved = 0;
    try {
      await run((days) => {
        t.clock.advance(days * DAY);
        moved += days;
      });
    } finally {
      t.clock.advance(-moved * DAY);
    }
  }

  it('shows each week since joining with what was asked and done, and counts kept weeks gently', async () => {
    const { a, b } = await t.buildCouple();
    await a.request('POST', '/api/check/responses', check());
    await overWeeks(async (advance) => {
      // Week 10: four days of the question and the pulse.
      for (let i = 0; i < 4; i++) {
        await answerToday(a);
        advance(1);
      }
      await a.request('POST', '/api/pulse', pulse);
      // Weeks 11 and 12: quiet. Week 13: one answer, on Wednesday.
      advance(3 + 14 + 2);
      await answerToday(a);
      const view = await rhythm(a);
      expect(view.weeks.map((w) => w.week)).toEqual([
        '2026-W13',
        '2026-W12',
        '2026-W11',
        '2026-W10',
      ]);
      expect(view.weeks.map((w) => [w.current, w.kept, w.active])).toEqual([
        [true, false, true],
        [false, false, false],
        [false, false, false],
        [false, true, true],
      ]);
      const first = view.weeks[3];
      expect(first?.entries).toEqual([
        { id: 'daily-question', done: 4, target: 7, together: true },
        { id: 'small-gesture', done: 0, target: 7, together: true },
        { id: 'weekly-pulse', done: 1, target: 1, together: false },
      ]);
      expect(view.counts).toEqual({ weeks: 3, kept: 1, active: 1 });
      expect(view.entries).toEqual([
        { id: 'daily-question', asked: 3, happened: 1 },
        { id: 'small-gesture', asked: 3, happened: 0 },
        { id: 'weekly-pulse', asked: 3, happened: 1 },
      ]);
      // A quiet spell then something this week: a welcome back, never a reset.
      expect(view.welcomeBack).toBe(true);
      expect(view.together).toBe(true);
      // The partner's own weeks: nothing of mine is counted there.
      const theirs = await rhythm(b);
      expect(theirs.counts).toEqual({ weeks: 3, kept: 0, active: 0 });
      expect(theirs.weeks.every((w) => w.entries.every((e) => e.done === 0))).toBe(true);
      // Fewer weeks when asked.
      expect((await rhythm(a, '?weeks=2')).weeks.map((w) => w.week)).toEqual([
        '2026-W13',
        '2026-W12',
      ]);
    });
  });

  it('rebuilds each week’s plan with the life events of that week', async () => {
    const { a } = await t.buildCouple();
    await a.request('POST', '/api/check/responses', check());
    await overWeeks(async (advance) => {
      const baby = (await a.request('POST', '/api/life-events', { kind: 'new-baby' })).json();
      advance(7);
      await a.request('POST', `/api/life-events/${baby.id}/end`);
      advance(7);
      const view = await rhythm(a);
      expect(view.weeks.map((w) => w.adjustedFor)).toEqual([[], [], ['new-baby']]);
      const target = (i: number) =>
        view.weeks[i]?.entries.find((e) => e.id === 'daily-question')?.target;
      expect([target(0), target(1), target(2)]).toEqual([7, 7, 3]);
    });
  });

  it('counts the private journal of someone alone on the individual track', async () => {
    const solo = await t.signUp('Alone');
    await solo.request('POST', '/api/for-you/answers', {
      answers: { afraid: 'yes' },
      remember: 'account',
    });
    await answerToday(solo);
    const view = await rhythm(solo);
    expect(view.weeks).toHaveLength(1);
    expect(view.weeks[0]?.entries).toEqual([
      { id: 'private-journal', done: 1, target: 7, together: false },
      { id: 'weekly-pulse', done: 0, target: 1, together: false },
    ]);
    expect(view.counts).toEqual({ weeks: 0, kept: 0, active: 0 });
    expect(view.together).toBe(false);
  });

  it('shows the partner nothing of what I keep private: their view is the same byte for byte', async () => {
    const { a, b } = await t.buildCouple();
    const before = (await b.request('GET', '/api/rhythm')).body;
    const today = (await a.request('GET', '/api/questions/today')).json();
    await a.request('PUT', `/api/questions/${today.question.id}/skip`);
    await a.request('POST', '/api/pulse', pulse);
    await a.request('POST', '/api/check/responses', check());
    await a.request('POST', '/api/for-you/answers', {
      answers: { afraid: 'yes' },
      remember: 'account',
    });
    const gesture = (await a.request('GET', '/api/gestures/today')).json();
    await a.request('PUT', `/api/gestures/${gesture.suggestion.id}/not-for-us`);
    await a.request('PUT', '/api/gestures/today/done', {
      gestureId: (await a.request('GET', '/api/gestures/today')).json().suggestion.id,
    });
    expect((await b.request('GET', '/api/rhythm')).body).toBe(before);
  });

  it('refuses a number of weeks out of range', async () => {
    const p = await t.signUp();
    for (const weeks of ['1', '27', 'many']) {
      const res = await p.request('GET', `/api/rhythm?weeks=${weeks}`);
      expect(res.statusCode).toBe(400);
    }
    expect((await t.anonymous('GET', '/api/rhythm')).statusCode).toBe(401);
  });
});
