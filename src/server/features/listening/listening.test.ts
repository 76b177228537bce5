import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { openEventStream } from '../../../../tests/support/sse';
import {
  createTestApp,
  type Person,
  TEST_METRICS_TOKEN,
  type TestApp,
  testCatalog,
} from '../../../../tests/support/test-app';
import { AVERAGE_STEP } from '../../../core/listening';
import type { ListeningSession, ListeningSummary } from '../../../shared/listening-api';
import type { Today } from '../../../shared/program-api';

const SECOND = 1000;
const DAY = 24 * 3600 * SECOND;
const WEEK = 7 * DAY;
const MISSING_ID = 'nO-sUcH-sEsSiOn-0000000';

type Action = 'start' | 'pause' | 'resume' | 'reflect' | 'swap' | 'finish' | 'end';

describe.each(dialects)('listening sessions (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const start = (p: Person, body: Record<string, unknown> = {}) =>
    p.request('POST', '/api/listening/sessions', {
      firstSpeaker: 'me',
      seconds: 120,
      mode: 'together',
      ...body,
    });
  const view = async (p: Person, id: string): Promise<ListeningSession> => {
    const res = await p.request('GET', `/api/listening/sessions/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const act = (p: Person, id: string, action: Action, turn: 1 | 2, extra = {}) =>
    p.request('POST', `/api/listening/sessions/${id}/actions`, { action, turn, ...extra });
  const rate = (p: Person, id: string, rating: number, share: boolean) =>
    p.request('PUT', `/api/listening/sessions/${id}/rating`, { rating, share });
  const summary = async (p: Person): Promise<ListeningSummary> =>
    (await p.request('GET', '/api/listening/summary')).json();

  /** `a` speaks first, `b` second; both turns run and the session ends. Returns its id. */
  async function runSession(a: Person, b: Person): Promise<string> {
    const res = await start(a);
    expect(res.statusCode, res.body).toBe(201);
    const id: string = res.json().id;
    for (const [p, action, turn] of [
      [a, 'start', 1],
      [a, 'reflect', 1],
      [b, 'swap', 1],
      [b, 'start', 2],
      [b, 'reflect', 2],
      [a, 'finish', 2],
    ] as const) {
      const step = await act(p, id, action, turn);
      expect(step.statusCode, `${action}: ${step.body}`).toBe(200);
    }
    return id;
  }

  it('starts a session both partners see, each in their own role', async () => {
    const { a, b } = await t.buildCouple();
    const res = await start(a, { seconds: 180, topic: { text: 'The move next spring' } });
    expect(res.statusCode, res.body).toBe(201);
    const mine: ListeningSession = res.json();
    expect(mine).toMatchObject({
      mode: 'together',
      phase: 'ready',
      turn: 1,
      myRole: 'speaker',
      startedByMe: true,
      partnerName: 'Sam',
      timer: { turnMs: 180 * SECOND, elapsedMs: 0, running: false },
      turns: [
        { turn: 1, speaker: 'me', topic: { promptId: null, text: 'The move next spring' } },
        { turn: 2, speaker: 'partner', topic: null },
      ],
      rating: { myTurn: null, mine: null, partnerShared: null },
    });
    const theirs = await view(b, mine.id);
    expect(theirs).toMatchObject({
      myRole: 'listener',
      startedByMe: false,
      partnerName: 'Robin',
      turns: [
        { speaker: 'partner', topicOpen: false },
        { speaker: 'me', topicOpen: true },
      ],
    });
  });

  it('offers the prompt list, and takes a topic from it', async () => {
    const { a } = await t.buildCouple();
    const prompts = (await a.request('GET', '/api/listening/prompts')).json().prompts;
    expect(prompts.length).toBe(testCatalog().listeningPrompts.length);
    const first = testCatalog().listeningPrompts[0];
    if (!first) return;
    const res = await start(a, { topic: { promptId: first.id } });
    expect(res.json().turns[0].topic).toEqual({ promptId: first.id, text: first.text });
    const unknown = await start((await t.buildCouple()).a, {
      topic: { promptId: 'no-such-topic' },
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('lets the partner choose the topic of their own turn, never the one starting', async () => {
    const { a, b } = await t.buildCouple();
    const refused = await start(a, { firstSpeaker: 'partner', topic: { text: 'For you' } });
    expect(refused.statusCode).toBe(400);
    const id: string = (await start(a, { firstSpeaker: 'partner' })).json().id;
    expect((await view(b, id)).myRole).toBe('speaker');
    // Only the speaker starts; they may bring their topic with the start.
    expect((await act(a, id, 'start', 1)).statusCode).toBe(400);
    const started = await act(b, id, 'start', 1, { topic: { text: 'Work this week' } });
    expect(started.statusCode, started.body).toBe(200);
    expect((await view(a, id)).turns[0]).toMatchObject({
      speaker: 'partner',
      topic: { text: 'Work this week' },
    });
    // A topic goes with a start only.
    expect((await act(b, id, 'pause', 1, { topic: { text: 'x' } })).statusCode).toBe(400);
  });

  it('has one session at a time per couple, also when both start at once', async () => {
    const { a, b } = await t.buildCouple();
    const [ra, rb] = await Promise.all([start(a), start(b)]);
    expect([ra.statusCode, rb.statusCode].sort()).toEqual([200, 201]);
    expect(ra.json().id).toBe(rb.json().id);
    const again = await start(b);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(ra.json().id);
    expect((await summary(a)).active).toMatchObject({ id: ra.json().id });
    // A session left for hours has ended: a new one may start.
    t.clock.advance(4 * 3600 * SECOND);
    expect((await summary(a)).active).toBeNull();
    const fresh = await start(a);
    expect(fresh.statusCode).toBe(201);
    expect(fresh.json().id).not.toBe(ra.json().id);
    expect((await view(b, ra.json().id)).phase).toBe('ended');
  });

  it('runs one timer both devices read alike: pause, resume, time up', async () => {
    const { a, b } = await t.buildCouple();
    const id: string = (await start(a)).json().id;
    await act(a, id, 'start', 1);
    t.clock.advance(30 * SECOND);
    for (const p of [a, b]) {
      expect((await view(p, id)).timer).toMatchObject({ elapsedMs: 30 * SECOND, running: true });
    }
    const paused = await act(b, id, 'pause', 1);
    expect(paused.json()).toMatchObject({ paused: true, timer: { running: false } });
    t.clock.advance(60 * SECOND);
    expect((await view(a, id)).timer.elapsedMs).toBe(30 * SECOND);
    await act(a, id, 'resume', 1);
    t.clock.advance(89 * SECOND);
    expect((await view(b, id)).phase).toBe('speaking');
    t.clock.advance(2 * SECOND);
    // Time is up: the listener's turn to reflect, on both screens.
    for (const p of [a, b]) {
      expect(await view(p, id)).toMatchObject({ phase: 'reflecting', paused: false });
    }
    expect((await view(b, id)).timer.elapsedMs).toBe(120 * SECOND);
  });

  it('keeps roles: only the speaker starts and finishes early; either pauses, swaps or ends', async () => {
    const { a, b } = await t.buildCouple();
    const id: string = (await start(a)).json().id;
    expect((await act(b, id, 'start', 1)).statusCode).toBe(400);
    expect((await act(b, id, 'pause', 1)).statusCode).toBe(400);
    await act(a, id, 'start', 1);
    expect((await act(b, id, 'reflect', 1)).statusCode).toBe(400);
    expect((await act(b, id, 'swap', 1)).statusCode).toBe(400);
    await act(a, id, 'reflect', 1);
    const swapped = (await act(b, id, 'swap', 1)).json();
    expect(swapped).toMatchObject({ turn: 2, phase: 'ready', myRole: 'speaker' });
    expect((await view(a, id)).myRole).toBe('listener');
    // A late swap from the other device is a duplicate.
    expect((await act(a, id, 'swap', 1)).json()).toMatchObject({ turn: 2, phase: 'ready' });
    await act(b, id, 'start', 2);
    const ended = (await act(a, id, 'end', 2)).json();
    expect(ended).toMatchObject({ phase: 'ended', completed: false });
  });

  it('applies presses from both devices one after the other', async () => {
    const { a, b } = await t.buildCouple();
    const id: string = (await start(a)).json().id;
    await act(a, id, 'start', 1);
    const before = (await view(a, id)).version;
    for (let round = 0; round < 8; round++) {
      const pauses = await Promise.all([act(a, id, 'pause', 1), act(b, id, 'pause', 1)]);
      for (const res of pauses) expect(res.json()).toMatchObject({ paused: true });
      const resumes = await Promise.all([act(b, id, 'resume', 1), act(a, id, 'resume', 1)]);
      for (const res of resumes) expect(res.json()).toMatchObject({ paused: false });
    }
    // Each pair of presses changed the session once.
    expect((await view(b, id)).version).toBe(before + 16);
    const ends = await Promise.all([act(a, id, 'end', 1), act(b, id, 'end', 1)]);
    for (const res of ends) expect(res.json().phase).toBe('ended');
    expect((await view(a, id)).version).toBe(before + 17);
  });

  it('tells the partner live, with ids only; a private rating sends nothing', async () => {
    const { a, b } = await t.buildCouple();
    const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const stream = await openEventStream(url, b.cookie);
    const aStream = await openEventStream(url, a.cookie);
    try {
      const id: string = (await start(a)).json().id;
      expect(await stream.next()).toEqual({ type: 'listening.changed', sessionId: id });
      await act(a, id, 'start', 1);
      expect(await stream.next()).toEqual({ type: 'listening.changed', sessionId: id });
      await act(b, id, 'pause', 1);
      expect(await aStream.next()).toEqual({ type: 'listening.changed', sessionId: id });
      // A duplicate press changes nothing and sends nothing (the last wait on this stream).
      await act(b, id, 'pause', 1);
      await expect(aStream.next(300)).rejects.toThrow('no event arrived');
      await act(a, id, 'end', 1);
      expect(await stream.next()).toMatchObject({ type: 'listening.changed' });
      // Watched on a stream of its own (a timed-out wait would swallow the next event).
      const watch = await openEventStream(url, b.cookie);
      try {
        const rated = await rate(a, id, 3, false);
        expect(rated.statusCode, rated.body).toBe(200);
        await expect(watch.next(300)).rejects.toThrow('no event arrived');
      } finally {
        watch.close();
      }
      const shared = await rate(a, id, 3, true);
      expect(shared.statusCode, shared.body).toBe(200);
      expect(await stream.next()).toEqual({ type: 'listening.changed', sessionId: id });
    } finally {
      stream.close();
      aStream.close();
    }
  });

  it('keeps the speaker’s rating private unless shared, and as first given', async () => {
    const { a, b } = await t.buildCouple();
    const id = await runSession(a, b);
    const listenerBefore = await b.request('GET', `/api/listening/sessions/${id}`);
    const summaryBefore = await b.request('GET', '/api/listening/summary');
    // Before the end nobody rates; after it, each rates their own turn.
    const rated = await rate(a, id, 1, false);
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json().rating).toEqual({
      myTurn: 1,
      mine: { rating: 1, shared: false },
      partnerShared: null,
    });
    // Nothing the listener can reach changed, byte for byte.
    expect((await b.request('GET', `/api/listening/sessions/${id}`)).body).toBe(
      listenerBefore.body,
    );
    expect((await b.request('GET', '/api/listening/summary')).body).toBe(summaryBefore.body);
    // Kept as first given; only the share can change.
    const changed = await rate(a, id, 5, false);
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error.code).toBe('answer_locked');
    await rate(a, id, 1, true);
    expect((await view(b, id)).rating).toEqual({
      myTurn: 2,
      mine: null,
      partnerShared: { rating: 1 },
    });
    expect((await summary(b)).history[0]).toMatchObject({ id, partnerShared: { rating: 1 } });
    await rate(a, id, 1, false);
    expect((await view(b, id)).rating.partnerShared).toBeNull();
    // My own ratings are mine to see.
    expect((await summary(a)).history[0]).toMatchObject({
      id,
      myTurn: 1,
      mine: { rating: 1, shared: false },
    });
  });

  it('leaves only route counts in the metrics: no session, no rating', async () => {
    const { a, b } = await t.buildCouple();
    const id = await runSession(a, b);
    await rate(a, id, 4, false);
    const metrics = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` },
    });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).not.toContain(id);
    const lines = metrics.body.split('\n').filter((line) => /listening|rating|heard/i.test(line));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/^http_request\w* \{|^http_request\w*\{/);
      expect(line.replace(/route="[^"]*"/, '')).not.toMatch(/listening|rating|heard/i);
    }
  });

  it('refuses a rating before the end, and from someone who did not speak', async () => {
    const { a, b } = await t.buildCouple();
    const id: string = (await start(a)).json().id;
    await act(a, id, 'start', 1);
    expect((await rate(a, id, 4, false)).statusCode).toBe(400);
    await act(b, id, 'end', 1);
    expect((await rate(a, id, 4, false)).statusCode).toBe(200);
    // The partner never got to speak.
    expect((await rate(b, id, 4, false)).statusCode).toBe(400);
  });

  it('shows the listener an average only from three ratings, whole weeks and whole steps', async () => {
    // Monday of a fresh week, so every step below stays inside its week.
    t.clock.set(new Date('2026-06-01T09:00:00Z'));
    const { a, b } = await t.buildCouple();
    const ratings = [5, 4, 5, 1];
    for (const [i, value] of ratings.entries()) {
      const id = await runSession(b, a);
      await rate(b, id, value, false);
      // Within the week it was given, nothing about it reaches the listener.
      expect((await summary(a)).listenerAverage, `rating ${i + 1}`).toBeNull();
      t.clock.advance(DAY);
    }
    t.clock.set(new Date('2026-06-08T09:00:00Z'));
    const afterWeek = await summary(a);
    // The first three (5, 4, 5 → 4.67) rounded to a half point; the fourth waits for its step.
    expect(afterWeek.listenerAverage).toBe(4.5);
    expect(JSON.stringify(afterWeek)).not.toMatch(/"count"|"rating":1/);
    t.clock.set(new Date('2026-06-15T09:00:00Z'));
    expect((await summary(a)).listenerAverage).toBe(4.5);
    // Two more complete the next step of three.
    for (const value of [1, 1]) await rate(b, await runSession(b, a), value, false);
    expect((await summary(a)).listenerAverage).toBe(4.5);
    t.clock.set(new Date('2026-06-22T09:00:00Z'));
    expect((await summary(a)).listenerAverage).toBe(roundHalf([5, 4, 5, 1, 1, 1]));
    expect(AVERAGE_STEP).toBe(3);
    // The speaker's own view is their own ratings, never an average of them.
    expect((await summary(b)).listenerAverage).toBeNull();
  });

  it('counts sessions done, and shows Today a session that waits for me', async () => {
    const { a, b } = await t.buildCouple();
    const todayOf = async (p: Person): Promise<Today> =>
      (await p.request('GET', '/api/today')).json();
    const week = (today: Today) => today.week.find((w) => w.id === 'active-listening');
    expect(week(await todayOf(a))?.done).toBe(0);
    const id: string = (await start(a)).json().id;
    const items = (await todayOf(b)).now;
    expect(items.find((item) => item.kind === 'listening')).toMatchObject({
      kind: 'listening',
      href: `/listening/${id}`,
      detail: { sessionId: id },
    });
    expect((await todayOf(a)).now.some((item) => item.kind === 'listening')).toBe(false);
    await act(a, id, 'start', 1);
    await act(b, id, 'end', 1);
    expect((await todayOf(b)).now.some((item) => item.kind === 'listening')).toBe(false);
    expect(week(await todayOf(b))?.done).toBe(1);
    t.clock.advance(60 * SECOND);
    await runSession(b, a);
    expect((await summary(a)).sessionsDone).toBe(1);
    expect((await summary(a)).history.map((h) => h.completed)).toEqual([true, false]);
  });

  it('runs on one shared device: one account plays both roles, each rates their own turn', async () => {
    const { a, b } = await t.buildCouple();
    const res = await start(a, { mode: 'shared-device', firstSpeaker: 'partner' });
    const id: string = res.json().id;
    expect(res.json()).toMatchObject({ mode: 'shared-device', myRole: 'both' });
    // The partner is right there: nothing waits for them on Today.
    expect(
      ((await b.request('GET', '/api/today')).json() as Today).now.some(
        (item) => item.kind === 'listening',
      ),
    ).toBe(false);
    for (const [action, turn] of [
      ['start', 1],
      ['reflect', 1],
      ['swap', 1],
      ['start', 2],
      ['reflect', 2],
      ['finish', 2],
    ] as const) {
      expect((await act(a, id, action, turn)).statusCode).toBe(200);
    }
    expect((await rate(a, id, 4, false)).json().rating.myTurn).toBe(2);
    expect((await rate(b, id, 5, false)).json().rating.myTurn).toBe(1);
    expect((await view(a, id)).rating.partnerShared).toBeNull();
  });

  it('belongs to its couple: after unlink nobody reads it, and the next partner never sees it', async () => {
    const { a, b } = await t.buildCouple();
    const id = await runSession(a, b);
    await rate(a, id, 2, false);
    await rate(b, id, 5, false);
    const missing = await a.request('GET', `/api/listening/sessions/${MISSING_ID}`);
    expect((await a.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    for (const p of [a, b]) {
      const res = await p.request('GET', `/api/listening/sessions/${id}`);
      expect(res.statusCode).toBe(404);
      expect(res.body).toBe(missing.body);
      const acted = await act(p, id, 'end', 2);
      expect(acted.statusCode).toBe(404);
      expect((await rate(p, id, 2, false)).statusCode).toBe(404);
      expect(await summary(p)).toMatchObject({ linked: false, history: [], active: null });
    }
    expect((await start(a)).statusCode).toBe(404);

    const c = await t.signUp('Cy');
    const invite = (await a.request('POST', '/api/couple/invites')).json();
    await c.request('POST', '/api/couple/join', { code: invite.code });
    const seenByC = await c.request('GET', `/api/listening/sessions/${id}`);
    expect(seenByC.statusCode).toBe(404);
    expect(seenByC.body).toBe(missing.body);
    const fresh = await summary(c);
    expect(fresh).toMatchObject({ linked: true, history: [], sessionsDone: 0, active: null });
    // What B said of A's listening stays with that couple.
    t.clock.advance(3 * WEEK);
    expect((await summary(a)).listenerAverage).toBeNull();
  });

  it('needs a partner', async () => {
    const solo = await t.signUp('Alone');
    const res = await start(solo);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_linked');
    expect(await summary(solo)).toEqual({
      linked: false,
      partnerName: null,
      active: null,
      sessionsDone: 0,
      listenerAverage: null,
      history: [],
    });
  });

  it('erases a deleted speaker’s own topic words and ratings with their account', async () => {
    const { a, b } = await t.buildCouple();
    const id: string = (await start(a, { topic: { text: 'words-to-erase-91c' } })).json().id;
    await act(a, id, 'start', 1);
    await act(a, id, 'end', 1);
    await rate(a, id, 3, false);
    expect((await a.request('DELETE', '/api/me', { password: a.password })).statusCode).toBe(204);
    const { db } = t.database.handle;
    expect(
      await db.selectFrom('listening_turns').selectAll().where('session_id', '=', id).execute(),
    ).toEqual([expect.objectContaining({ turn: 2, speaker_id: b.id })]);
    expect(
      await db.selectFrom('listening_ratings').selectAll().where('session_id', '=', id).execute(),
    ).toEqual([]);
  });
});

function roundHalf(values: number[]): number {
  return Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 2) / 2;
}
