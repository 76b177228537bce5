import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

describe.each(dialects)('Today (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('starts a new person with the private screen, then the primer and the day’s question, at most three things', async () => {
    const p = await t.signUp();
    const today = (await p.request('GET', '/api/today')).json();
    expect(today.now.map((i: { kind: string }) => i.kind)).toEqual([
      'private-screen',
      'primer',
      'question',
    ]);
    expect(today.waiting.map((i: { kind: string }) => i.kind)).toEqual([
      'check',
      'gesture',
      'pulse',
      'invite',
      'vulnerability',
    ]);
    // Alone: nothing that needs a partner (listening, check-ins, dates, the challenge).
    expect(today.week.map((w: { id: string }) => w.id)).toEqual([
      'daily-question',
      'small-gesture',
      'weekly-pulse',
    ]);
  });

  it('moves on as things get done, and shows the question waiting on the partner after what I can still do', async () => {
    const { a, b } = await t.buildCouple();
    await a.request('POST', '/api/for-you/answers', {
      answers: { afraid: 'no' },
      remember: 'account',
    });
    await a.request('POST', '/api/primer/complete');
    await a.request('POST', '/api/check/responses', {
      items: { 'check-emo-1': { now: 5, wish: 8 } },
      causes: { arguments: 3 },
      signs: [],
    });
    let today = (await a.request('GET', '/api/today')).json();
    expect(today.now[0]).toMatchObject({
      kind: 'question',
      status: 'todo',
      detail: { withPartner: true },
    });
    const q = today.now[0].detail.questionId;
    await a.request('PUT', `/api/questions/${q}/answer`, { text: 'my answer 5c1e' });
    today = (await a.request('GET', '/api/today')).json();
    // What I can still do comes first (at most three); my answered question waits after it.
    expect(today.now.map((i: { kind: string }) => i.kind)).toEqual([
      'gesture',
      'pulse',
      'checkin-schedule',
    ]);
    const mine = [...today.now, ...today.waiting];
    expect(mine.find((i: { kind: string }) => i.kind === 'question')).toMatchObject({
      status: 'waiting',
      detail: { partnerAnswered: false },
    });
    expect(mine.findIndex((i: { kind: string }) => i.kind === 'question')).toBeGreaterThan(2);
    expect(today.week.find((w: { id: string }) => w.id === 'daily-question')).toMatchObject({
      done: 1,
      target: 7,
      together: true,
    });
    const bToday = (await b.request('GET', '/api/today')).json();
    const bQuestion = [...bToday.now, ...bToday.waiting].find(
      (i: { kind: string }) => i.kind === 'question',
    );
    expect(bQuestion.detail).toMatchObject({ questionId: q, partnerAnswered: true });
    expect(JSON.stringify(bToday)).not.toContain('5c1e');
  });
});
