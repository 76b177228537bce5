/**
 * Today and the day's question are kept per person on SQLite (lib/personal-
 * cache.ts) and never served stale: a write by the person or their partner,
 * a job's write, a new day and the time a reply itself names (a hidden note
 * coming into view, a date beginning) are all seen by the very next read. A
 * write by someone outside the couple leaves the kept reply alone.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personEpochOf } from '../../src/server/db/database';
import { dialects } from '../support/databases';
import { createTestApp, type Person, type TestApp } from '../support/test-app';

const MINUTE = 60_000;

interface TodayItemView {
  kind: string;
  detail: Record<string, unknown>;
}

function itemsOf(res: LightMyRequestResponse): TodayItemView[] {
  expect(res.statusCode).toBe(200);
  const body = res.json<{ now: TodayItemView[]; waiting: TodayItemView[] }>();
  return [...body.now, ...body.waiting];
}

describe.each(dialects)('kept replies are never stale (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const today = async (p: Person) => itemsOf(await p.request('GET', '/api/today'));
  const question = async (p: Person) => {
    const res = await p.request('GET', '/api/questions/today');
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      question: { id: string };
      partnerAnswered: boolean;
      partner: { text: string } | null;
    }>();
    return { ...body, questionId: body.question.id };
  };
  /** Reads twice, so that the second read is a kept one where replies are kept. */
  const warm = async (...people: Person[]) => {
    for (const p of people) {
      await today(p);
      await today(p);
      await question(p);
      await question(p);
    }
  };
  const epoch = (p: Person) => personEpochOf(t.database.handle.db)?.(p.id);

  it('keeps replies only on SQLite', () => {
    expect(personEpochOf(t.database.handle.db) !== undefined).toBe(dialect === 'sqlite');
  });

  it('shows my partner’s answer, then the reveal, at the very next read', async () => {
    const { a, b } = await t.buildCouple();
    await warm(a, b);
    const { questionId } = await question(a);
    expect((await question(b)).partnerAnswered).toBe(false);

    const answered = await a.request('PUT', `/api/questions/${questionId}/answer`, {
      text: 'The walk by the river last spring.',
    });
    expect(answered.statusCode).toBe(200);
    expect((await question(b)).partnerAnswered).toBe(true);
    expect((await question(b)).partner).toBeNull();

    await b.request('PUT', `/api/questions/${questionId}/answer`, { text: 'Our first picnic.' });
    expect((await question(a)).partner).toEqual({ text: 'Our first picnic.' });
    const question_ = itemsOf(await a.request('GET', '/api/today')).find(
      (i) => i.kind === 'question',
    );
    // Answered by both: the question is done and leaves Today.
    expect(question_).toBeUndefined();
  });

  it('moves only the couple’s epochs for a write in their request, and everyone’s for a job', async () => {
    const { a, b } = await t.buildCouple();
    const stranger = await t.signUp('Noor');
    await warm(a, b, stranger);
    const before = [epoch(a), epoch(b), epoch(stranger)];
    const { questionId } = await question(a);
    await a.request('PUT', `/api/questions/${questionId}/answer`, { text: 'Rain on the roof.' });
    const after = [epoch(a), epoch(b), epoch(stranger)];
    if (dialect === 'sqlite') {
      expect(after[0]).toBeGreaterThan(before[0] ?? 0);
      expect(after[1]).toBeGreaterThan(before[1] ?? 0);
      expect(after[2]).toBe(before[2]);
    }
    // The stranger's kept reply is still right: nothing of theirs changed.
    expect(await today(stranger)).toEqual(await today(stranger));

    // The job worker writes for anyone: its writes move everyone's epoch.
    await t.app.jobs.enqueue({
      kind: 'notifications.nudge',
      key: `k-${a.id}`,
      payload: { userId: a.id, channel: 'email', day: '2026-03-02' },
    });
    const queued = epoch(stranger);
    await t.app.jobs.drain();
    if (dialect === 'sqlite') expect(epoch(stranger)).toBeGreaterThan(queued ?? 0);
  });

  it('lets nothing of my private acts reach my partner, not even as a fresh reply', async () => {
    const { a, b } = await t.buildCouple();
    await warm(a, b);
    const partnerBefore = epoch(b);
    const mineBefore = epoch(a);
    const week = await a.request('PUT', '/api/support/week', {
      separation: 'thoughts',
      conflict: 'yes',
      needs: ['substance-use'],
    });
    expect(week.statusCode).toBe(200);
    const { questionId } = await question(a);
    expect((await a.request('PUT', `/api/questions/${questionId}/skip`)).statusCode).toBe(200);
    if (dialect === 'sqlite') {
      // Only my own epoch moved: my partner's replies stay kept, exactly as fast as before.
      expect(epoch(a)).toBeGreaterThan(mineBefore ?? 0);
      expect(epoch(b)).toBe(partnerBefore);
    }
  });

  it('shows a hidden note when its time comes, with no write in between', async () => {
    const { a, b } = await t.buildCouple();
    await warm(a, b);
    const at = new Date(t.clock.now().getTime() + 30 * MINUTE).toISOString();
    const sent = await a.request('POST', '/api/notes', {
      kind: 'note',
      text: 'Look in the blue mug.',
      visibleFrom: at,
    });
    expect(sent.statusCode).toBe(201);
    expect((await today(b)).some((i) => i.kind === 'note')).toBe(false);
    expect((await today(b)).some((i) => i.kind === 'note')).toBe(false);

    const kept = epoch(b);
    t.clock.advance(31 * MINUTE);
    expect(epoch(b)).toBe(kept);
    expect((await today(b)).find((i) => i.kind === 'note')?.detail).toEqual({ unread: 1 });
  });

  it('drops a date from Today as it begins', async () => {
    const { a, b } = await t.buildCouple();
    const startsAt = new Date(t.clock.now().getTime() + 60 * MINUTE).toISOString();
    const planned = await a.request('POST', '/api/dates', {
      title: 'Dinner on the balcony',
      start: startsAt.slice(0, 16),
      timeZone: 'UTC',
      durationMinutes: 90,
    });
    expect(planned.statusCode).toBe(201);
    await warm(a, b);
    expect((await today(b)).some((i) => i.kind === 'date')).toBe(true);
    t.clock.advance(61 * MINUTE);
    expect((await today(b)).some((i) => i.kind === 'date')).toBe(false);
  });

  it('keeps nothing of a couple past its unlink, nor for the next partner', async () => {
    // A word no question's text holds (a question may well say "secretly").
    const SECRET = 'kept-between-us-7f3a';
    const { a, b } = await t.buildCouple();
    await warm(a, b);
    const { questionId } = await question(a);
    await b.request('PUT', `/api/questions/${questionId}/answer`, { text: `Ours: ${SECRET}.` });
    await a.request('PUT', `/api/questions/${questionId}/answer`, { text: 'Mine too.' });
    expect((await question(a)).partner).toEqual({ text: `Ours: ${SECRET}.` });
    expect((await a.request('GET', '/api/today')).json().partnerName).toBe('Sam');

    expect((await b.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    const alone = await question(a);
    expect(alone.partner).toBeNull();
    expect(alone.partnerAnswered).toBe(false);
    expect((await a.request('GET', '/api/today')).json().partnerName).toBeNull();

    const next = await t.signUp('Kit');
    const invite = await a.request('POST', '/api/couple/invites');
    await next.request('POST', '/api/couple/join', { code: invite.json().code });
    const together = await question(next);
    expect(together.partnerAnswered).toBe(false);
    expect(JSON.stringify(together)).not.toContain(SECRET);
    expect((await a.request('GET', '/api/today')).json().partnerName).toBe('Kit');
    expect(JSON.stringify(await question(a))).not.toContain(SECRET);

    // A logged-out session gets nothing kept.
    expect((await a.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await a.request('GET', '/api/today')).statusCode).toBe(401);
    expect((await a.request('GET', '/api/questions/today')).statusCode).toBe(401);
  });

  it('starts a new day with a new question', async () => {
    const p = await t.signUp('Ola');
    await warm(p);
    const first = (await question(p)).questionId;
    await p.request('PUT', `/api/questions/${first}/answer`, { text: 'Yes, always.' });
    t.clock.advance(24 * 60 * MINUTE);
    expect((await question(p)).questionId).not.toBe(first);
  });
});
