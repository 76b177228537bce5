/**
 * The daily question fits the moment: the first days are light and depth
 * grows with use or by choice (one choice per deck, shared by a couple); a
 * journal never speaks to a partner who is not there, also right after an
 * unlink; and "not now" is private — the partner's every response is the
 * same, byte for byte, whether or not I set today's question aside.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speaksToPartner } from '../../src/content/schema';
import { DEPTH_OPENS_AFTER } from '../../src/core/question-moment';
import type { Depth, TodayQuestion } from '../../src/shared/api';
import { dialects } from '../support/databases';
import { openEventStream } from '../support/sse';
import { createTestApp, type Person, type TestApp, testCatalog } from '../support/test-app';

const DAY = 24 * 3600 * 1000;
const DEEPER = DEPTH_OPENS_AFTER.deeper;

describe.each(dialects)('the daily question fits the moment (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const catalog = () => testCatalog();
  const get = async (p: Person, url: string) => {
    const res = await p.request('GET', url);
    expect(res.statusCode, res.body).toBe(200);
    return res;
  };
  const today = async (p: Person): Promise<TodayQuestion> =>
    (await get(p, '/api/questions/today')).json();
  /**
   * Answers, and checks that the reply tells the moment (depth, days answered,
   * set aside) as the next read of the day's question does: the reply counts
   * the answer it wrote without reading the moment again.
   */
  const answer = async (p: Person, id: string, text = 'some words') => {
    const res = await p.request('PUT', `/api/questions/${id}/answer`, { text });
    expect(res.statusCode, res.body).toBe(200);
    const replied = res.json() as TodayQuestion;
    const read = await today(p);
    if (read.question.id === id) expect(replied).toEqual(read);
    return replied;
  };
  const skip = (p: Person, id: string) => p.request('PUT', `/api/questions/${id}/skip`);
  const unskip = (p: Person, id: string) => p.request('DELETE', `/api/questions/${id}/skip`);
  const choose = (p: Person, choice: string) =>
    p.request('PUT', '/api/questions/depth', { choice });
  const todayItems = async (p: Person) => {
    const body = (await get(p, '/api/today')).json() as {
      now: { kind: string }[];
      waiting: { kind: string }[];
    };
    return [...body.now, ...body.waiting].map((item) => item.kind);
  };

  /** Days go by with the given people answering each day's question. */
  async function answerDays(days: number, asking: Person, answering: Person[]): Promise<Depth[]> {
    const depths: Depth[] = [];
    for (let i = 0; i < days; i++) {
      const q = await today(asking);
      depths.push(q.question.depth);
      for (const p of answering) await answer(p, q.question.id, `day ${i}`);
      t.clock.advance(DAY);
    }
    return depths;
  }

  it('starts a new person and a new couple on light questions, saying what opens when', async () => {
    const solo = await t.signUp('Noor');
    const { a, b } = await t.buildCouple();
    for (const p of [solo, a, b]) {
      const q = await today(p);
      expect(q.question.depth).toBe('light');
      expect(q.deck).toEqual({
        choice: 'as-it-comes',
        open: ['light'],
        next: { depth: 'deeper', after: DEEPER, done: 0 },
      });
    }
  });

  it('opens deeper questions for a couple only after a handful of days they both answered', async () => {
    const { a, b } = await t.buildCouple();
    // Days only one of them answered do not count: the couple has not talked yet.
    expect(await answerDays(DEEPER, a, [a])).toEqual(Array(DEEPER).fill('light'));
    expect((await today(b)).deck.next).toEqual({ depth: 'deeper', after: DEEPER, done: 0 });
    expect(await answerDays(DEEPER - 1, a, [a, b])).toEqual(Array(DEEPER - 1).fill('light'));
    const almost = await today(b);
    expect(almost.deck.next).toEqual({ depth: 'deeper', after: DEEPER, done: DEEPER - 1 });
    await answer(a, almost.question.id);
    await answer(b, almost.question.id);
    t.clock.advance(DAY);
    const opened = await today(a);
    expect(opened.deck.open).toEqual(['light', 'deeper']);
    expect(opened.deck.next).toEqual({
      depth: 'deepest',
      after: DEPTH_OPENS_AFTER.deepest,
      done: DEEPER,
    });
    // "As it comes" now mixes light and deeper, never the deepest yet.
    const mixed = await answerDays(6, a, [a, b]);
    expect(new Set(mixed)).toEqual(new Set(['light', 'deeper']));
  }, 60_000);

  it('opens depth for someone alone with the days they answered', async () => {
    const solo = await t.signUp('Ines');
    expect(await answerDays(DEEPER, solo, [solo])).toEqual(Array(DEEPER).fill('light'));
    expect((await today(solo)).deck.open).toEqual(['light', 'deeper']);
  });

  it('keeps one depth choice per couple: both see it, both get the same question', async () => {
    const { a, b } = await t.buildCouple();
    // Asking for deeper before anything deeper has opened still gives light questions.
    const before = await today(a);
    const chosen = await choose(a, 'deeper');
    expect(chosen.statusCode, chosen.body).toBe(200);
    // The choice is for the questions to come: today's stays as it is.
    expect(chosen.json()).toMatchObject({ question: before.question, deck: { choice: 'deeper' } });
    expect((await today(b)).deck.choice).toBe('deeper');
    t.clock.advance(DAY);
    expect((await today(b)).question.depth).toBe('light');

    await answerDays(DEEPER, a, [a, b]);
    const [qa, qb] = [await today(a), await today(b)];
    expect(qa.question).toEqual(qb.question);
    expect(qa.question.depth).toBe('deeper');

    // Either partner can change it; it holds for both from the next question on.
    expect((await choose(b, 'lighter')).statusCode).toBe(200);
    expect((await today(a)).deck.choice).toBe('lighter');
    for (let i = 0; i < 3; i++) {
      t.clock.advance(DAY);
      const [la, lb] = [await today(a), await today(b)];
      expect(la.question).toEqual(lb.question);
      expect(la.question.depth).toBe('light');
    }
  }, 60_000);

  it('refuses a depth choice that is not one of the three, changing nothing', async () => {
    const solo = await t.signUp();
    const before = await today(solo);
    for (const body of [
      { choice: 'deepest' },
      { choice: 'lighter', extra: true },
      {},
      { choice: 3 },
    ]) {
      const res = await solo.request('PUT', '/api/questions/depth', body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
    expect(await today(solo)).toEqual(before);
  });

  it('words a journal for someone alone, and keeps the couple’s wording for the couple', async () => {
    const solo = await t.signUp('Kai');
    const { a } = await t.buildCouple();
    for (let i = 0; i < 8; i++) {
      const mine = await today(solo);
      const item = catalog().questions.get(mine.question.id);
      expect(mine.question.text).toBe(item?.solo ?? item?.text);
      expect(speaksToPartner(mine.question.text), mine.question.text).toBe(false);
      await answer(solo, mine.question.id, `journal ${i}`);
      const ours = await today(a);
      expect(ours.question.text).toBe(catalog().questions.get(ours.question.id)?.text);
      t.clock.advance(DAY);
    }
    const history = (await get(solo, '/api/questions/history')).json() as {
      entries: { question: { text: string } }[];
    };
    expect(history.entries).toHaveLength(8);
    for (const entry of history.entries)
      expect(speaksToPartner(entry.question.text), entry.question.text).toBe(false);
  });

  it('gives solo questions right after an unlink, and the next couple a fresh start', async () => {
    const { a, b } = await t.buildCouple();
    await answerDays(DEEPER, a, [a, b]);
    expect((await choose(a, 'deeper')).statusCode).toBe(200);
    expect((await b.request('POST', '/api/couple/unlink')).statusCode).toBe(204);

    for (const p of [a, b]) {
      const q = await today(p);
      expect(q).toMatchObject({ visibility: 'private', partnerName: null, partnerAnswered: false });
      expect(speaksToPartner(q.question.text), q.question.text).toBe(false);
      // Their own journal: its own choice and its own days, starting light.
      expect(q.deck).toMatchObject({ choice: 'as-it-comes', open: ['light'] });
      // Today's card asks the same journal question.
      const body = (await get(p, '/api/today')).json();
      const items = [...body.now, ...body.waiting] as {
        kind: string;
        detail: { text?: string; withPartner?: boolean };
      }[];
      expect(items.find((item) => item.kind === 'question')?.detail).toMatchObject({
        text: q.question.text,
        withPartner: false,
      });
    }
    // What they wrote together stays in each one's history, in the couple's words.
    const past = (await get(a, '/api/questions/history')).json() as {
      entries: { withPartner: boolean; mine: { text: string } | null }[];
    };
    expect(past.entries.filter((e) => e.mine !== null).length).toBeGreaterThanOrEqual(DEEPER);

    // Re-paired with someone new: light again, the default choice, nothing of the old couple.
    const c = await t.signUp('Rowan');
    const invite = (await a.request('POST', '/api/couple/invites')).json();
    expect((await c.request('POST', '/api/couple/join', { code: invite.code })).statusCode).toBe(
      200,
    );
    const fresh = await today(c);
    expect(fresh).toMatchObject({ visibility: 'reveal-together', partnerName: a.displayName });
    expect(fresh.deck).toEqual({
      choice: 'as-it-comes',
      open: ['light'],
      next: { depth: 'deeper', after: DEEPER, done: 0 },
    });
    expect(fresh.question.depth).toBe('light');
    expect((await today(a)).question).toEqual(fresh.question);
  }, 60_000);

  it('lets me set today’s question aside: Today stops asking, and I can still answer it', async () => {
    const { a, b } = await t.buildCouple();
    const q = await today(a);
    expect(await todayItems(a)).toContain('question');

    const skipped = await skip(a, q.question.id);
    expect(skipped.statusCode, skipped.body).toBe(200);
    expect(skipped.json()).toMatchObject({ skipped: true, mine: null, question: q.question });
    expect(await todayItems(a)).not.toContain('question');
    // Twice is the same as once.
    expect((await skip(a, q.question.id)).json()).toEqual(skipped.json());
    expect((await today(a)).skipped).toBe(true);
    // The partner answering meanwhile does not bring it back to my Today.
    await answer(b, q.question.id, 'theirs');
    expect(await todayItems(a)).not.toContain('question');

    // Coming back to it later that day: answering works, and it is simply answered.
    const answered = await answer(a, q.question.id, 'mine after all');
    expect(answered).toMatchObject({
      skipped: false,
      revealed: true,
      mine: { text: 'mine after all' },
      partner: { text: 'theirs' },
    });
    expect((await today(a)).skipped).toBe(false);

    // Tomorrow is a new day: the new question is on Today again.
    t.clock.advance(DAY);
    expect((await today(a)).skipped).toBe(false);
    expect(await todayItems(a)).toContain('question');
  });

  it('takes a "not now" back, putting the question on Today again', async () => {
    const solo = await t.signUp();
    const q = await today(solo);
    await skip(solo, q.question.id);
    expect(await todayItems(solo)).not.toContain('question');
    const back = await unskip(solo, q.question.id);
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ skipped: false, mine: null });
    expect(await todayItems(solo)).toContain('question');
  });

  it('finds nothing to set aside outside my own deck, the same as for a question that does not exist', async () => {
    const { a } = await t.buildCouple();
    const stranger = await t.signUp();
    const q = await today(a);
    await today(stranger);
    const theirs = await skip(stranger, q.question.id);
    const missing = await skip(stranger, 'no-such-question');
    // The stranger's deck may hold the same question by chance; then it is their own to skip.
    if ((await today(stranger)).question.id !== q.question.id) {
      expect(theirs.statusCode).toBe(404);
      expect(theirs.body).toBe(missing.body);
    }
    expect(missing.statusCode).toBe(404);
    expect((await skip(stranger, 'Not_an_id!')).statusCode).toBe(400);
    expect((await today(a)).skipped).toBe(false);
  });

  it('never lets the partner observe a skip: their responses and events are byte-identical', async () => {
    const { a: me, b: partner } = await t.buildCouple();
    const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const q = await today(me);
    const partnerView = async () => {
      const urls = [
        '/api/questions/today',
        '/api/today',
        '/api/progress',
        '/api/questions/history',
        '/api/plan',
      ];
      const bodies = await Promise.all(urls.map(async (u) => (await get(partner, u)).body));
      return Object.fromEntries(urls.map((u, i) => [u, bodies[i]]));
    };
    const stream = await openEventStream(url, partner.cookie);
    try {
      // Before the partner answers.
      const untouched = await partnerView();
      expect((await skip(me, q.question.id)).statusCode).toBe(200);
      expect(await partnerView()).toEqual(untouched);
      expect((await unskip(me, q.question.id)).statusCode).toBe(200);
      expect(await partnerView()).toEqual(untouched);

      // After the partner answered, waiting on me.
      await answer(partner, q.question.id, 'partner words');
      const waiting = await partnerView();
      expect((await skip(me, q.question.id)).statusCode).toBe(200);
      expect(await partnerView()).toEqual(waiting);

      // The first event of mine the partner gets is my answer: nothing came of the skips.
      await answer(me, q.question.id, 'my words');
      expect(await stream.next()).toEqual({
        type: 'answer.revealed',
        questionId: q.question.id,
        day: q.day,
      });
      const revealed = await partnerView();
      expect(revealed['/api/questions/today']).toContain('my words');
      expect(revealed['/api/questions/today']).not.toContain('skipped":true');
    } finally {
      stream.close();
    }
  });

  it('keeps a skip out of the next question and of the depth the couple has opened', async () => {
    const { a, b } = await t.buildCouple();
    for (let i = 0; i < 3; i++) {
      const q = await today(a);
      await skip(a, q.question.id);
      await answer(b, q.question.id);
      t.clock.advance(DAY);
    }
    // Skipped days are days not answered by both: they open nothing, for either of them.
    const [qa, qb] = [await today(a), await today(b)];
    expect(qa.deck).toEqual(qb.deck);
    expect(qa.deck.next?.done).toBe(0);
    expect(qa.question).toEqual(qb.question);
  });

  it('erases the days I set aside and my own choice with my account', async () => {
    const solo = await t.signUp();
    const q = await today(solo);
    await skip(solo, q.question.id);
    await choose(solo, 'lighter');
    const db = t.database.handle.db;
    const count = async () => {
      const skips = await db
        .selectFrom('question_skips')
        .select('day')
        .where('user_id', '=', solo.id)
        .execute();
      const choices = await db
        .selectFrom('question_choices')
        .select('depth')
        .where('scope', '=', `u:${solo.id}`)
        .execute();
      return skips.length + choices.length;
    };
    expect(await count()).toBe(2);
    const deleted = await solo.request('DELETE', '/api/me', { password: solo.password });
    expect(deleted.statusCode).toBe(204);
    expect(await count()).toBe(0);
  });
});
