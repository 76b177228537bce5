import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import { INVITE_MINUTES, START_LEAD_SECONDS } from '../../../core/exercises';

const BREATHING = 'ex-breathing-in-step';
const HUG = 'ex-long-hug';
const S = 1000;

/** Everything a partner can ask of the exercises, with the run in question. */
function partnerFacing(exerciseId: string, runId: string): string[] {
  return [
    '/api/exercises',
    '/api/exercises?category=breathing',
    `/api/exercises/${exerciseId}`,
    '/api/exercise-runs/current',
    `/api/exercise-runs/${runId}`,
    '/api/today',
    '/api/plan',
  ];
}

async function snapshotOf(p: Person, urls: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const url of urls) {
    const res: LightMyRequestResponse = await p.request('GET', url);
    out[url] = `${res.statusCode} ${res.body}`;
  }
  return out;
}

describe.each(dialects)('guided exercises (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const start = (p: Person, exerciseId: string, body: Record<string, unknown>) =>
    p.request('POST', `/api/exercises/${exerciseId}/runs`, { ready: true, ...body });
  const run = async (p: Person, runId: string) =>
    (await p.request('GET', `/api/exercise-runs/${runId}`)).json();
  const act = (p: Person, runId: string, action: 'consent' | 'stop' | 'finish') =>
    p.request('POST', `/api/exercise-runs/${runId}/${action}`);

  /** Live events reaching a person, as the bus delivers them. */
  function listen(p: Person): { events: unknown[]; stop: () => void } {
    const events: unknown[] = [];
    // Only this feature's events: with PostgreSQL, the couple's own arrive a moment later.
    const stop = t.bus.subscribe(p.id, (message) => {
      if (message.kind === 'event' && message.event.type === 'exercise.run')
        events.push(message.event);
    });
    return { events, stop };
  }

  it('lists the exercises, filtered by sort and length, and shows one with its steps', async () => {
    const p = await t.signUp();
    const all = (await p.request('GET', '/api/exercises')).json().exercises;
    expect(all.length).toBeGreaterThanOrEqual(15);
    expect(all[0]).not.toHaveProperty('steps');
    const breathing = (await p.request('GET', '/api/exercises?category=breathing')).json();
    expect(breathing.exercises.length).toBeGreaterThanOrEqual(2);
    expect(breathing.exercises.every((e: { paced: boolean }) => e.paced)).toBe(true);
    const short = (await p.request('GET', '/api/exercises?maxMinutes=5')).json().exercises;
    expect(short.length).toBeGreaterThan(0);
    expect(short.every((e: { minutes: number }) => e.minutes <= 5)).toBe(true);

    const one = (await p.request('GET', `/api/exercises/${BREATHING}`)).json();
    expect(one.consent).toContain('either of you can stop at any moment');
    expect(one.pacer).toEqual({ inhale: 4, hold: 0, exhale: 6, holdAfter: 0 });
    expect(one.steps.some((s: { paced: boolean }) => s.paced)).toBe(true);
    const dance = (await p.request('GET', '/api/exercises/ex-slow-dance')).json();
    expect(dance.songs.length).toBeGreaterThanOrEqual(8);

    expect((await p.request('GET', '/api/exercises/ex-nothing')).statusCode).toBe(404);
    expect((await p.request('GET', '/api/exercises?maxMinutes=0')).statusCode).toBe(400);
    expect((await p.request('GET', '/api/exercises?category=juggling')).statusCode).toBe(400);
  });

  it('runs on one device: both ready on one screen, a count-in, the steps, then the end', async () => {
    const alone = await t.signUp();
    const started = await start(alone, BREATHING, { mode: 'one-device', pace: 2 });
    expect(started.statusCode).toBe(200);
    const view = started.json();
    expect(view).toMatchObject({
      mode: 'one-device',
      status: 'starting',
      pace: 2,
      meReady: true,
      partnerReady: true,
      startedByMe: true,
    });
    expect(Date.parse(view.startedAt) - Date.parse(view.serverNow)).toBe(START_LEAD_SECONDS * S);
    expect(view.exercise.id).toBe(BREATHING);

    t.clock.advance(START_LEAD_SECONDS * S);
    expect((await run(alone, view.id)).status).toBe('running');
    expect((await alone.request('GET', '/api/exercise-runs/current')).json().run.id).toBe(view.id);

    t.clock.advance(6 * 60 * S);
    const over = await run(alone, view.id);
    expect(over).toMatchObject({ status: 'finished', startedAt: null, expiresAt: null });
    expect((await alone.request('GET', '/api/exercise-runs/current')).json().run).toBeNull();

    // In step on two phones needs a partner.
    const together = await start(alone, BREATHING, { mode: 'together' });
    expect(together.statusCode).toBe(404);
    expect(together.json().error.code).toBe('not_linked');
  });

  it('runs in step: one invites, the other says ready, both see the same start', async () => {
    const { a, b } = await t.buildCouple();
    const heardByB = listen(b);
    const heardByA = listen(a);
    const invited = (await start(a, BREATHING, { mode: 'together', pace: -1 })).json();
    expect(invited).toMatchObject({
      status: 'invited',
      startedAt: null,
      meReady: true,
      partnerReady: false,
      startedByMe: true,
      pace: -1,
    });
    expect(Date.parse(invited.expiresAt) - Date.parse(invited.serverNow)).toBe(
      INVITE_MINUTES * 60 * S,
    );
    await expect.poll(() => heardByB.events).toEqual([{ type: 'exercise.run', runId: invited.id }]);

    const seenByB = (await b.request('GET', '/api/exercise-runs/current')).json().run;
    expect(seenByB).toMatchObject({
      id: invited.id,
      startedByMe: false,
      meReady: false,
      partnerReady: true,
    });

    // The one who started saying "ready" again changes nothing.
    expect((await act(a, invited.id, 'consent')).json().status).toBe('invited');
    const joined = (await act(b, invited.id, 'consent')).json();
    expect(joined).toMatchObject({ status: 'starting', meReady: true, partnerReady: true });
    await expect.poll(() => heardByA.events).toEqual([{ type: 'exercise.run', runId: invited.id }]);
    const forA = await run(a, invited.id);
    expect(forA.startedAt).toBe(joined.startedAt);
    expect(Date.parse(joined.startedAt) - Date.parse(joined.serverNow)).toBe(
      START_LEAD_SECONDS * S,
    );
    // Saying "ready" twice is the same as once.
    expect((await act(b, invited.id, 'consent')).json().startedAt).toBe(joined.startedAt);
    heardByA.stop();
    heardByB.stop();

    t.clock.advance(10 * S);
    expect((await run(a, invited.id)).status).toBe('running');
    await act(a, invited.id, 'stop');
  });

  it('lets either partner stop at any moment; it ends for both and blames nobody', async () => {
    const { a, b } = await t.buildCouple();
    const endedBy = async (stopper: Person, at: 'invited' | 'starting' | 'running') => {
      const id = (await start(a, BREATHING, { mode: 'together' })).json().id;
      if (at !== 'invited') await act(b, id, 'consent');
      if (at === 'running') t.clock.advance(30 * S);
      const heard = listen(stopper === a ? b : a);
      const stopped = await act(stopper, id, 'stop');
      expect(stopped.statusCode).toBe(204);
      expect(stopped.body).toBe('');
      await expect.poll(() => heard.events).toContainEqual({ type: 'exercise.run', runId: id });
      heard.stop();
      // A second stop, from either, is no change and no event.
      expect((await act(a, id, 'stop')).statusCode).toBe(204);
      expect((await act(b, id, 'stop')).statusCode).toBe(204);
      const views = [await run(a, id), await run(b, id)];
      for (const view of views) {
        expect(view).toMatchObject({ status: 'stopped', startedAt: null, expiresAt: null });
        expect(JSON.stringify(view)).not.toMatch(/stopp(ed|er)By|Robin|Sam/);
      }
      // Once it has ended, "ready" and "we're done" change nothing.
      expect((await act(b, id, 'consent')).json().status).toBe('stopped');
      expect((await act(a, id, 'finish')).json().status).toBe('stopped');
      const { id: _id, serverNow: _now, ...rest } = views[0];
      return rest;
    };
    for (const at of ['invited', 'starting', 'running'] as const) {
      // What A sees is the same whoever stopped it.
      expect(await endedBy(a, at)).toEqual(await endedBy(b, at));
    }
  });

  it('finishes at the end of the last step, or earlier with "we\'re done"', async () => {
    const { a, b } = await t.buildCouple();
    const id = (await start(b, HUG, { mode: 'together' })).json().id;
    expect((await act(b, id, 'finish')).json().status).toBe('invited');
    await act(a, id, 'consent');
    t.clock.advance(60 * S);
    const done = await act(a, id, 'finish');
    expect(done.json()).toMatchObject({ status: 'finished', startedAt: null });
    expect((await run(b, id)).status).toBe('finished');
    expect((await b.request('GET', '/api/exercise-runs/current')).json().run).toBeNull();
  });

  it('keeps one run under way per couple, even when both start at once', async () => {
    const { a, b } = await t.buildCouple();
    const [first, second] = await Promise.all([
      start(a, BREATHING, { mode: 'together' }),
      start(b, HUG, { mode: 'one-device' }),
    ]);
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    expect(first.json().id).toBe(second.json().id);
    const id = first.json().id;
    // Another start while it is under way answers with it.
    expect((await start(a, HUG, { mode: 'one-device' })).json().id).toBe(id);
    await act(b, id, 'stop');
    const next = (await start(a, HUG, { mode: 'one-device' })).json();
    expect(next.id).not.toBe(id);
    expect(next.exercise.id).toBe(HUG);
    await act(a, next.id, 'stop');
  });

  it('lets an invitation nobody joins lapse quietly, and frees the place for the next', async () => {
    const { a, b } = await t.buildCouple();
    const id = (await start(a, BREATHING, { mode: 'together' })).json().id;
    t.clock.advance(INVITE_MINUTES * 60 * S);
    expect(await run(a, id)).toMatchObject({ status: 'expired', expiresAt: null });
    expect((await a.request('GET', '/api/exercise-runs/current')).json().run).toBeNull();
    expect((await act(b, id, 'consent')).json().status).toBe('expired');
    const next = (await start(b, BREATHING, { mode: 'together' })).json();
    expect(next.id).not.toBe(id);
    expect(next.status).toBe('invited');
    await act(b, next.id, 'stop');
  });

  it('puts an open invitation on the invited partner’s Today, and only while it is open', async () => {
    const { a, b } = await t.buildCouple();
    const kinds = async (p: Person) =>
      (await p.request('GET', '/api/today')).json().now.map((i: { kind: string }) => i.kind);
    const invitation = async (p: Person) =>
      (await p.request('GET', '/api/today'))
        .json()
        .now.find((i: { kind: string }) => i.kind === 'exercise-invite');

    const first = (await start(a, BREATHING, { mode: 'together' })).json().id;
    expect(await invitation(b)).toMatchObject({
      href: `/exercises/run/${first}`,
      detail: { runId: first },
    });
    expect(await kinds(a)).not.toContain('exercise-invite');
    await act(b, first, 'consent');
    expect(await kinds(b)).not.toContain('exercise-invite');
    await act(a, first, 'stop');

    const second = (await start(a, BREATHING, { mode: 'together' })).json().id;
    expect((await invitation(b)).detail.runId).toBe(second);
    t.clock.advance(INVITE_MINUTES * 60 * S);
    expect(await kinds(b)).not.toContain('exercise-invite');
    // One-device runs invite nobody.
    const alone = (await start(a, HUG, { mode: 'one-device' })).json().id;
    expect(await kinds(b)).not.toContain('exercise-invite');
    await act(a, alone, 'stop');
  });

  it('keeps the pace within bounds, and only for breathing', async () => {
    const alone = await t.signUp();
    expect((await start(alone, BREATHING, { mode: 'one-device', pace: 9 })).statusCode).toBe(400);
    expect((await start(alone, BREATHING, { mode: 'one-device', pace: 1.5 })).statusCode).toBe(400);
    expect(
      (await alone.request('POST', `/api/exercises/${BREATHING}/runs`, { mode: 'one-device' }))
        .statusCode,
    ).toBe(400);
    const hug = (await start(alone, HUG, { mode: 'one-device', pace: 3 })).json();
    expect(hug.pace).toBe(0);
    await act(alone, hug.id, 'stop');
  });

  it('is not offered to a person routed to private support, and the partner cannot tell', async () => {
    const { a, b } = await t.buildCouple();
    const invited = (await start(a, BREATHING, { mode: 'together' })).json();
    const urls = partnerFacing(BREATHING, invited.id);
    const heardByA = listen(a);
    const before = await snapshotOf(a, urls);

    const flagged = await b.request('POST', '/api/for-you/answers', {
      answers: { afraid: 'yes' },
      remember: 'account',
    });
    expect(flagged.json().route).toBe('individual');
    expect(await snapshotOf(a, urls)).toEqual(before);

    // B is not offered exercises at all: as if there were none.
    expect((await b.request('GET', '/api/exercises')).json()).toEqual({ exercises: [] });
    expect((await b.request('GET', '/api/exercise-runs/current')).json()).toEqual({ run: null });
    const missing = await b.request('GET', '/api/exercise-runs/AAAAAAAAAAAAAAAAAAAAAA');
    for (const res of [
      await b.request('GET', `/api/exercise-runs/${invited.id}`),
      await act(b, invited.id, 'consent'),
      await act(b, invited.id, 'finish'),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.body).toBe(missing.body);
    }
    const missingExercise = await b.request('GET', '/api/exercises/ex-nothing');
    const exercise = await b.request('GET', `/api/exercises/${BREATHING}`);
    expect(exercise.statusCode).toBe(404);
    expect(exercise.body).toBe(missingExercise.body);
    const startMissing = await start(b, 'ex-nothing', { mode: 'one-device' });
    const started = await start(b, HUG, { mode: 'one-device' });
    expect(started.statusCode).toBe(404);
    expect(started.body).toBe(startMissing.body);

    expect(
      (await b.request('GET', '/api/today')).json().now.map((i: { kind: string }) => i.kind),
    ).not.toContain('exercise-invite');

    // Nothing of it reached A: same answers, no event (given time to arrive through PostgreSQL).
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await snapshotOf(a, urls)).toEqual(before);
    expect(heardByA.events).toEqual([]);
    heardByA.stop();

    // The invitation simply lapses, as if B never saw it.
    t.clock.advance(INVITE_MINUTES * 60 * S);
    expect((await run(a, invited.id)).status).toBe('expired');
  });

  it('treats a flag kept only on the device the same way, and lets a flagged person stop', async () => {
    const { a, b } = await t.buildCouple();
    const id = (await start(a, BREATHING, { mode: 'together' })).json().id;
    await act(b, id, 'consent');
    const asDevice = (url: string, method: 'GET' | 'POST' = 'GET') =>
      t.app.inject({
        method,
        url,
        cookies: { rekindle_session: b.cookie },
        headers: { 'x-rekindle-mode': 'individual' },
      });
    expect((await asDevice('/api/exercises')).json()).toEqual({ exercises: [] });
    expect((await asDevice(`/api/exercise-runs/${id}`)).statusCode).toBe(404);
    // Stopping is always possible, for anyone in the couple.
    expect((await asDevice(`/api/exercise-runs/${id}/stop`, 'POST')).statusCode).toBe(204);
    expect((await run(a, id)).status).toBe('stopped');
  });

  it('keeps runs inside the couple: strangers, the ex-partner and the next partner find none', async () => {
    const { a, b } = await t.buildCouple();
    const stranger = await t.signUp();
    const id = (await start(a, BREATHING, { mode: 'together' })).json().id;
    const missing = await stranger.request('GET', '/api/exercise-runs/AAAAAAAAAAAAAAAAAAAAAA');
    const asStranger = await stranger.request('GET', `/api/exercise-runs/${id}`);
    expect(asStranger.statusCode).toBe(404);
    expect(asStranger.body).toBe(missing.body);
    expect((await act(stranger, id, 'stop')).statusCode).toBe(404);
    expect((await run(a, id)).status).toBe('invited');

    expect((await b.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    for (const p of [a, b]) {
      const res = await p.request('GET', `/api/exercise-runs/${id}`);
      expect(res.statusCode).toBe(404);
      expect(res.body).toBe(missing.body);
      expect((await p.request('GET', '/api/exercise-runs/current')).json().run).toBeNull();
    }

    // The next partner sees nothing of it, and the new couple has its own place.
    const c = await t.signUp();
    const invite = await a.request('POST', '/api/couple/invites');
    expect(
      (await c.request('POST', '/api/couple/join', { code: invite.json().code })).statusCode,
    ).toBe(200);
    expect((await c.request('GET', `/api/exercise-runs/${id}`)).statusCode).toBe(404);
    expect((await c.request('GET', '/api/exercise-runs/current')).json().run).toBeNull();
    const fresh = (await start(c, HUG, { mode: 'together' })).json();
    expect(fresh.id).not.toBe(id);
    expect((await run(a, fresh.id)).startedByMe).toBe(false);
    await act(a, fresh.id, 'stop');
  });

  it('forgets the runs a person started when they delete their account', async () => {
    const { a, b } = await t.buildCouple();
    const id = (await start(a, BREATHING, { mode: 'together' })).json().id;
    const rows = () =>
      t.database.handle.db.selectFrom('exercise_runs').select('id').where('id', '=', id).execute();
    expect(await rows()).toHaveLength(1);
    expect((await a.request('DELETE', '/api/me', { password: a.password })).statusCode).toBe(204);
    expect(await rows()).toHaveLength(0);
    expect((await b.request('GET', '/api/exercise-runs/current')).json().run).toBeNull();
  });
});
