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
      // Week 10: a date that morning, our check-in begun, four days of the question and the pulse.
      const date = await a.request('POST', '/api/dates', {
        title: 'Breakfast out',
        start: '2026-03-02T08:00',
        timeZone: 'UTC',
        durationMinutes: 60,
      });
      expect(date.statusCode, date.body).toBe(201);
      await a.request('PUT', '/api/checkins/schedule/proposal', { weekday: 1, time: '19:00' });
      await b.request('POST', '/api/checkins/schedule/proposal/accept');
      const step = await a.request('POST', '/api/checkins/current/step', {
        from: 'waiting',
        direction: 'next',
      });
      expect(step.statusCode, step.body).toBe(200);
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
        { id: 'active-listening', done: 0, target: 1, together: true },
        { id: 'weekly-checkin', done: 1, target: 1, together: true },
        { id: 'novelty-challenge', done: 0, target: 1, together: true },
        { id: 'date-or-shared-time', done: 1, target: 1, together: true },
        { id: 'weekly-pulse', done: 1, target: 1, together: false },
      ]);
      expect(view.counts).toEqual({ weeks: 3, kept: 1, active: 1 });
      expect(view.entries).toEqual([
        { id: 'daily-question', asked: 3, happened: 1 },
        { id: 'small-gesture', asked: 3, happened: 0 },
        { id: 'active-listening', asked: 3, happened: 0 },
        { id: 'weekly-checkin', asked: 3, happened: 1 },
        { id: 'novelty-challenge', asked: 3, happened: 0 },
        { id: 'date-or-shared-time', asked: 3, happened: 1 },
        { id: 'weekly-pulse', asked: 3, happened: 1 },
      ]);
      // A quiet spell then something this week: a welcome back, never a reset.
      expect(view.welcomeBack).toBe(true);
      expect(view.together).toBe(true);
      // The partner's own weeks: our date and check-in are theirs too; my answers and pulse are not.
      const theirs = await rhythm(b);
      const done = (id: string) => theirs.weeks[3]?.entries.find((e) => e.id === id)?.done;
      expect(
        ['daily-question', 'weekly-pulse', 'weekly-checkin', 'date-or-shared-time'].map(done),
      ).toEqual([0, 0, 1, 1]);
      expect(theirs.counts).toEqual({ weeks: 3, kept: 0, active: 1 });
      // Fewer weeks when asked.
      expect((await rhythm(a, '?weeks=2')).weeks.map((w) => w.week)).toEqual([
        '2026-W13',
        '2026-W12',
      ]);
    });
  });

  it('rebuilds a week from before we linked as it was: without the activities for two', async () => {
    const p = await t.signUp('Early');
    await p.request('POST', '/api/check/responses', check());
    await overWeeks(async (advance) => {
      for (let i = 0; i < 4; i++) {
        await answerToday(p);
        advance(1);
      }
      await p.request('POST', '/api/pulse', pulse);
      advance(3);
      const partner = await t.signUp('Later');
      const invite = await p.request('POST', '/api/couple/invites');
      const joined = await partner.request('POST', '/api/couple/join', {
        code: invite.json().code,
      });
      expect(joined.statusCode).toBe(200);
      const view = await rhythm(p);
      expect(view.weeks.map((w) => [w.week, w.kept])).toEqual([
        ['2026-W11', false],
        ['2026-W10', true],
      ]);
      expect(view.weeks[1]?.entries.map((e) => [e.id, e.done, e.together])).toEqual([
        ['daily-question', 4, false],
        ['small-gesture', 0, false],
        ['weekly-pulse', 1, false],
      ]);
      // This week we are two: the activities for two are asked.
      expect(view.weeks[0]?.entries.map((e) => e.id)).toContain('weekly-checkin');
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
