import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dialects } from '../../../../tests/support/databases';
import { openEventStream } from '../../../../tests/support/sse';
import {
  createTestApp,
  type Person,
  type TestApp,
  testCatalog,
} from '../../../../tests/support/test-app';

const DAY = 24 * 3600 * 1000;

describe.each(dialects)('daily question (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const today = async (p: Person) => (await p.request('GET', '/api/questions/today')).json();
  const answer = (p: Person, id: string, text: string) =>
    p.request('PUT', `/api/questions/${id}/answer`, { text });

  it('gives both partners the same question, and says only yes/no about the partner', async () => {
    const { a, b } = await t.buildCouple();
    const qa = await today(a);
    const qb = await today(b);
    expect(qa.question).toEqual(qb.question);
    expect(qa.day).toBe(qb.day);
    await answer(a, qa.question.id, 'my private words');
    const seenByB = await today(b);
    expect(seenByB.partnerAnswered).toBe(true);
    expect(seenByB.partner).toBeNull();
    expect(JSON.stringify(seenByB)).not.toContain('my private words');
    expect(Object.keys(seenByB).sort()).toEqual(
      [
        'day',
        'mine',
        'partner',
        'partnerAnswered',
        'partnerName',
        'question',
        'revealed',
        'visibility',
        'skipped',
        'deck',
      ].sort(),
    );
  });

  it('lets me edit until the reveal, then locks both answers', async () => {
    const { a, b } = await t.buildCouple();
    const q = (await today(a)).question.id;
    await answer(a, q, 'first draft');
    const edited = await answer(a, q, 'second draft');
    expect(edited.json().mine.text).toBe('second draft');
    const revealed = await answer(b, q, 'mine too');
    expect(revealed.json()).toMatchObject({ revealed: true, partner: { text: 'second draft' } });
    expect((await answer(a, q, 'third')).json().error.code).toBe('answer_locked');
    expect((await answer(b, q, 'changed')).statusCode).toBe(409);
  });

  it('never repeats a question until the light ones are used up, and is the same for the same couple and day', async () => {
    // A couple that has not answered yet only gets light questions.
    const light = [...testCatalog().questions.values()].filter((q) => q.depth === 'light');
    const { a, b } = await t.buildCouple();
    const seen: string[] = [];
    for (let i = 0; i < light.length; i++) {
      const [qa, qb] = [await today(i % 2 === 0 ? a : b), await today(i % 2 === 0 ? b : a)];
      expect(qa.question).toEqual(qb.question);
      seen.push(qa.question.id);
      t.clock.advance(DAY);
    }
    expect([...seen].sort()).toEqual(light.map((q) => q.id).sort());
    const next = (await today(a)).question.id;
    expect(seen).toContain(next);
  }, 120_000);

  it('follows the couple time zone for "today"', async () => {
    const { a, b } = await t.buildCouple();
    await a.request('PATCH', '/api/couple', { timeZone: 'Pacific/Kiritimati' });
    const start = t.clock.now();
    t.clock.set(new Date(`${start.toISOString().slice(0, 10)}T11:00:00Z`));
    const q1 = await today(b);
    // 11:00 UTC is already the next day at UTC+14.
    const utcDay = t.clock.now().toISOString().slice(0, 10);
    expect(q1.day > utcDay).toBe(true);
    t.clock.set(start);
  });

  it('keeps a private journal for someone alone', async () => {
    const solo = await t.signUp();
    const q = await today(solo);
    expect(q).toMatchObject({ visibility: 'private', partnerName: null, partnerAnswered: false });
    await answer(solo, q.question.id, 'just for me');
    t.clock.advance(DAY);
    const history = (await solo.request('GET', '/api/questions/history')).json();
    expect(history.entries[0]).toMatchObject({
      mine: { text: 'just for me' },
      withPartner: false,
      revealed: false,
    });
    t.clock.advance(-DAY);
  });

  it('pages through history by day', async () => {
    const solo = await t.signUp();
    for (let i = 0; i < 5; i++) {
      const q = await today(solo);
      await answer(solo, q.question.id, `day ${i}`);
      t.clock.advance(DAY);
    }
    const first = (await solo.request('GET', '/api/questions/history?limit=3')).json();
    expect(first.entries).toHaveLength(3);
    expect(first.entries[0].mine.text).toBe('day 4');
    const second = (
      await solo.request('GET', `/api/questions/history?limit=3&before=${first.nextBefore}`)
    ).json();
    expect(second.entries.map((e: { mine: { text: string } }) => e.mine.text)).toEqual([
      'day 1',
      'day 0',
    ]);
    expect(second.nextBefore).toBeNull();
  });

  it('never loses an answer or reveals early when both answer at the same moment', async () => {
    const { a, b } = await t.buildCouple();
    for (let round = 0; round < 10; round++) {
      const q = (await today(a)).question.id;
      const [ra, rb] = await Promise.all([answer(a, q, `a${round}`), answer(b, q, `b${round}`)]);
      expect(ra.statusCode).toBe(200);
      expect(rb.statusCode).toBe(200);
      // Whoever was stored second sees the reveal; the first never sees the other early.
      const revealedCount = [ra.json(), rb.json()].filter((r) => r.revealed).length;
      expect(revealedCount).toBe(1);
      for (const r of [ra.json(), rb.json()]) if (!r.revealed) expect(r.partner).toBeNull();
      const after = await today(a);
      expect(after).toMatchObject({
        revealed: true,
        mine: { text: `a${round}` },
        partner: { text: `b${round}` },
      });
      t.clock.advance(DAY);
    }
  });

  it('updates the partner live: "answered", then the reveal (ids only)', async () => {
    const { a, b } = await t.buildCouple();
    const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const stream = await openEventStream(url, b.cookie);
    const aStream = await openEventStream(url, a.cookie);
    try {
      const q = (await today(a)).question.id;
      await answer(a, q, 'secret words');
      const first = await stream.next();
      expect(first).toEqual({ type: 'answer.partner', questionId: q, day: expect.any(String) });
      await answer(b, q, 'other words');
      expect(await aStream.next()).toMatchObject({ type: 'answer.revealed', questionId: q });
    } finally {
      stream.close();
      aStream.close();
    }
  });
});

describe.runIf(dialects.includes('postgres'))(
  'live events across two app instances (postgres)',
  () => {
    it('delivers a partner event from one instance to a client of the other', async () => {
      const database = await createTestDatabase('postgres');
      const one = await createTestApp('postgres', { database });
      const two = await createTestApp('postgres', { database });
      try {
        const a = await one.signUp('One');
        const b = await one.signUp('Two');
        const code = (await a.request('POST', '/api/couple/invites')).json().code;
        await b.request('POST', '/api/couple/join', { code });
        const urlTwo = await two.app.listen({ port: 0, host: '127.0.0.1' });
        const stream = await openEventStream(urlTwo, b.cookie);
        try {
          const q = (await a.request('GET', '/api/questions/today')).json().question.id;
          await a.request('PUT', `/api/questions/${q}/answer`, { text: 'across instances' });
          expect(await stream.next()).toMatchObject({ type: 'answer.partner', questionId: q });
        } finally {
          stream.close();
        }
      } finally {
        await one.close();
        await two.close();
        await database.drop();
      }
    });
  },
);
