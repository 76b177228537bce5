import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import {
  createTestApp,
  type Person,
  TEST_METRICS_TOKEN,
  type TestApp,
} from '../../../../tests/support/test-app';
import type {
  Article,
  ArticleList,
  FaqList,
  Notebook,
  NotebookEntry,
} from '../../../shared/library-api';
import { FAQ_QUERY_MAX, NOTEBOOK_LIMITS } from '../../../shared/library-limits';
import { newId } from '../../lib/tokens';

const MISSING_ENTRY = 'AAAAAAAAAAAAAAAAAAAAAA';
const ARTICLE = 'the-open-question';

describe.each(dialects)('learning library (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const articles = async (p: Person, query = ''): Promise<ArticleList> =>
    (await p.request('GET', `/api/articles${query}`)).json();
  const notebook = async (p: Person): Promise<Notebook> =>
    (await p.request('GET', '/api/notebook')).json();
  const write = async (p: Person, body: unknown): Promise<NotebookEntry> => {
    const res = await p.request('POST', '/api/notebook', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const faq = async (p: Person, q: string): Promise<FaqList> =>
    (await p.request('GET', `/api/faq?q=${encodeURIComponent(q)}`)).json();

  describe('articles', () => {
    it('lists every article by track, with its reading time, and filters by track', async () => {
      const p = await t.signUp();
      const all = await articles(p);
      expect(all.track).toBeNull();
      expect(all.articles.length).toBeGreaterThanOrEqual(20);
      const tracks = all.articles.map((a) => a.track);
      expect(tracks).toEqual([...tracks].sort((x, y) => x - y));
      expect(new Set(tracks).size).toBe(8);
      for (const a of all.articles) {
        expect(a.minutes).toBeGreaterThanOrEqual(3);
        expect(a.minutes).toBeLessThanOrEqual(5);
        expect(a.read).toBe(false);
      }
      const three = await articles(p, '?track=3');
      expect(three.track).toBe(3);
      expect(three.articles.length).toBeGreaterThan(0);
      expect(three.articles.every((a) => a.track === 3)).toBe(true);
      for (const bad of ['?track=9', '?track=0', '?track=two', '?other=1']) {
        const res = await p.request('GET', `/api/articles${bad}`);
        expect(res.statusCode, bad).toBe(400);
        expect(res.json().error.code).toBe('validation_failed');
      }
    });

    it('gives one article as text blocks, with related pages and more of its track', async () => {
      const p = await t.signUp();
      const res = await p.request('GET', `/api/articles/${ARTICLE}`);
      expect(res.statusCode).toBe(200);
      const article: Article = res.json();
      expect(article).toMatchObject({ id: ARTICLE, track: 3, read: false });
      expect(article.body.some((b) => b.type === 'heading')).toBe(true);
      expect(article.body.some((b) => b.type === 'list')).toBe(true);
      expect(article.related).toContain('/decks');
      expect(article.more.length).toBeGreaterThan(0);
      expect(article.more.every((m) => m.track === 3 && m.id !== ARTICLE)).toBe(true);
      const missing = await p.request('GET', '/api/articles/no-such-article');
      expect(missing.statusCode).toBe(404);
      expect((await p.request('GET', '/api/articles/Not_An_Id')).statusCode).toBe(400);
    });

    it('keeps read marks to their reader: the partner’s answers do not change', async () => {
      const { a, b } = await t.buildCouple();
      const before = (await b.request('GET', '/api/articles')).body;
      const beforeOne = (await b.request('GET', `/api/articles/${ARTICLE}`)).body;
      expect((await a.request('PUT', `/api/articles/${ARTICLE}/read`)).statusCode).toBe(204);
      expect((await a.request('PUT', `/api/articles/${ARTICLE}/read`)).statusCode).toBe(204);
      const mine = await articles(a);
      expect(mine.articles.filter((x) => x.read).map((x) => x.id)).toEqual([ARTICLE]);
      expect((await a.request('GET', `/api/articles/${ARTICLE}`)).json().read).toBe(true);
      expect((await b.request('GET', '/api/articles')).body).toBe(before);
      expect((await b.request('GET', `/api/articles/${ARTICLE}`)).body).toBe(beforeOne);

      expect((await a.request('DELETE', `/api/articles/${ARTICLE}/read`)).statusCode).toBe(204);
      expect((await articles(a)).articles.some((x) => x.read)).toBe(false);
      const unknown = await a.request('PUT', '/api/articles/no-such-article/read');
      expect(unknown.statusCode).toBe(404);

      // Traceless: no metric names a read mark, an article or a search.
      const metrics = await t.app.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` },
      });
      expect(metrics.statusCode).toBe(200);
      expect(metrics.body).not.toContain('/api/articles');
      expect(metrics.body).not.toContain('/api/faq');
    });
  });

  describe('help answers', () => {
    it('lists the answers in order, each with the features that act on it', async () => {
      const p = await t.signUp();
      const all: FaqList = (await p.request('GET', '/api/faq')).json();
      expect(all.query).toBeNull();
      expect(all.items.length).toBeGreaterThanOrEqual(10);
      for (const item of all.items) {
        expect(item.related.length).toBeGreaterThan(0);
        expect(item.answer.length).toBeGreaterThan(0);
      }
      expect(all.items[0]?.topic).toBe('signs');
      const blank = await faq(p, '   ');
      expect(blank.query).toBeNull();
      expect(blank.items.length).toBe(all.items.length);
    });

    it('searches question and answer, case- and accent-insensitive, best first', async () => {
      const p = await t.signUp();
      const touch = await faq(p, 'TÔUCH');
      expect(touch.query).toBe('TÔUCH');
      expect(touch.items[0]?.topic).toBe('touch');
      const thanks = await faq(p, 'appréciation');
      expect(thanks.items.map((i) => i.topic)).toContain('appreciation');
      const busy = await faq(p, 'busy schedules');
      expect(busy.items.length).toBeGreaterThan(0);
      expect(busy.items[0]?.topic).toBe('time');
      expect((await faq(p, 'xylophone zebra')).items).toEqual([]);
      const article = (await faq(p, 'vulnerable')).items[0]?.articles[0];
      expect(article?.title).toBeTruthy();
    });

    it('validates the search', async () => {
      const p = await t.signUp();
      const long = await p.request('GET', `/api/faq?q=${'a'.repeat(FAQ_QUERY_MAX + 1)}`);
      expect(long.statusCode).toBe(400);
      expect((await p.request('GET', '/api/faq?query=touch')).statusCode).toBe(400);
      expect((await t.anonymous('GET', '/api/faq')).statusCode).toBe(401);
    });
  });

  describe('notebook', () => {
    it('is shared by the couple: both read and add; only the author changes an entry', async () => {
      const { a, b } = await t.buildCouple();
      const first = await write(a, {
        text: 'Ten quiet minutes after work help.',
        articleId: ARTICLE,
      });
      expect(first).toMatchObject({
        author: 'me',
        visibility: 'shared',
        edited: false,
        article: { id: ARTICLE },
      });
      expect(first.writtenOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      t.clock.advance(60_000);
      const second = await write(b, { text: 'We laugh more on walks.' });

      const seenByB = await notebook(b);
      expect(seenByB).toMatchObject({ linked: true, partnerName: 'Robin', writes: 'shared' });
      expect(seenByB.entries.map((e) => [e.id, e.author])).toEqual([
        [second.id, 'me'],
        [first.id, 'partner'],
      ]);
      expect(JSON.stringify(seenByB)).not.toMatch(/T\d\d:\d\d/);

      // The partner may not change or remove it: the same answer as for an entry that does not exist.
      for (const [method, body] of [
        ['PATCH', { text: 'Not mine to change' }],
        ['DELETE', undefined],
      ] as const) {
        const theirs = await b.request(method, `/api/notebook/${first.id}`, body);
        const none = await b.request(method, `/api/notebook/${MISSING_ENTRY}`, body);
        expect(theirs.statusCode).toBe(404);
        expect(theirs.body).toBe(none.body);
      }

      t.clock.advance(60_000);
      const edited = await a.request('PATCH', `/api/notebook/${first.id}`, {
        text: 'Ten quiet minutes after work really help.',
      });
      expect(edited.statusCode).toBe(200);
      expect(edited.json()).toMatchObject({
        edited: true,
        text: 'Ten quiet minutes after work really help.',
      });
      expect((await notebook(b)).entries[1]?.text).toBe(
        'Ten quiet minutes after work really help.',
      );

      expect((await b.request('DELETE', `/api/notebook/${second.id}`)).statusCode).toBe(204);
      expect((await notebook(a)).entries.map((e) => e.id)).toEqual([first.id]);
    });

    it('is private alone, stays private after linking, and new entries are shared', async () => {
      const solo = await t.signUp('Sol');
      const own = await write(solo, { text: 'I want more mornings together.' });
      expect(own.visibility).toBe('private');
      expect(await notebook(solo)).toMatchObject({ linked: false, writes: 'private' });

      const partner = await t.signUp('Pat');
      const invite = (await solo.request('POST', '/api/couple/invites')).json();
      expect(
        (await partner.request('POST', '/api/couple/join', { code: invite.code })).statusCode,
      ).toBe(200);
      t.clock.advance(60_000);
      const shared = await write(solo, { text: 'Sunday breakfasts are ours.' });
      expect(shared.visibility).toBe('shared');

      expect((await notebook(solo)).entries.map((e) => [e.id, e.visibility])).toEqual([
        [shared.id, 'shared'],
        [own.id, 'private'],
      ]);
      const theirs = await notebook(partner);
      expect(theirs.entries.map((e) => e.id)).toEqual([shared.id]);
      expect(JSON.stringify(theirs)).not.toContain('mornings together');
      const peek = await partner.request('PATCH', `/api/notebook/${own.id}`, { text: 'x' });
      expect(peek.statusCode).toBe(404);
    });

    it('belongs to the couple: after unlink only its author keeps it, and no next partner sees it', async () => {
      const { a, b } = await t.buildCouple();
      const entry = await write(a, { text: 'Hugs before leaving, every day.' });
      const theirs = await write(b, { text: 'Walks help us talk.' });
      expect((await b.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
      const missing = await b.request('PATCH', `/api/notebook/${MISSING_ENTRY}`, { text: 'x' });
      // Each keeps what they wrote, now as their own; neither reads the other's.
      expect((await notebook(a)).entries.map((e) => [e.id, e.visibility])).toEqual([
        [entry.id, 'private'],
      ]);
      expect((await notebook(b)).entries.map((e) => [e.id, e.visibility])).toEqual([
        [theirs.id, 'private'],
      ]);
      const res = await b.request('PATCH', `/api/notebook/${entry.id}`, { text: 'x' });
      expect(res.statusCode).toBe(404);
      expect(res.body).toBe(missing.body);
      expect((await b.request('DELETE', `/api/notebook/${entry.id}`)).statusCode).toBe(404);

      const c = await t.signUp('Cy');
      const invite = (await a.request('POST', '/api/couple/invites')).json();
      await c.request('POST', '/api/couple/join', { code: invite.code });
      expect((await notebook(c)).entries).toEqual([]);
      expect((await c.request('DELETE', `/api/notebook/${entry.id}`)).statusCode).toBe(404);
      const mine = await notebook(a);
      expect(mine.entries.map((e) => [e.id, e.visibility])).toEqual([[entry.id, 'private']]);
      const edited = await a.request('PATCH', `/api/notebook/${entry.id}`, { text: 'Long hugs.' });
      expect(edited.statusCode).toBe(200);
      expect(JSON.stringify(await notebook(c))).not.toContain('Long hugs');
    });

    it('checks what it is given, and keeps to its limits', async () => {
      const p = await t.signUp();
      for (const body of [
        { text: '' },
        { text: '   ' },
        { text: 'x'.repeat(NOTEBOOK_LIMITS.text + 1) },
        { text: 'fine', extra: true },
        { text: 'fine', articleId: 'Bad Id' },
      ]) {
        const res = await p.request('POST', '/api/notebook', body);
        expect(res.statusCode, JSON.stringify(body).slice(0, 40)).toBe(400);
      }
      const unknown = await p.request('POST', '/api/notebook', {
        text: 'fine',
        articleId: 'no-such-article',
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.code).toBe('validation_failed');
      const ok = await write(p, { text: '  trimmed  ' });
      expect(ok.text).toBe('trimmed');
      expect((await p.request('PATCH', `/api/notebook/${ok.id}`, {})).statusCode).toBe(400);

      const now = t.clock.now().toISOString();
      await t.database.handle.db
        .insertInto('notebook_entries')
        .values(
          Array.from({ length: NOTEBOOK_LIMITS.entries - 1 }, () => ({
            id: newId(),
            author_id: p.id,
            couple_id: null,
            article_id: null,
            text: 'filler',
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
      const full = await p.request('POST', '/api/notebook', { text: 'one more' });
      expect(full.statusCode).toBe(409);
      expect(full.json().error.code).toBe('limit_reached');
    });

    it('erases the words and read marks of a deleted account', async () => {
      const { a, b } = await t.buildCouple();
      await write(a, { text: 'Words that leave with their author.' });
      const kept = await write(b, { text: 'Words that stay with their author.' });
      await a.request('PUT', `/api/articles/${ARTICLE}/read`);
      expect((await a.request('DELETE', '/api/me', { password: a.password })).statusCode).toBe(204);
      const db = t.database.handle.db;
      expect(
        await db
          .selectFrom('notebook_entries')
          .select('id')
          .where('author_id', '=', a.id)
          .execute(),
      ).toEqual([]);
      expect(
        await db
          .selectFrom('article_reads')
          .select('article_id')
          .where('user_id', '=', a.id)
          .execute(),
      ).toEqual([]);
      // The couple ended with the deletion: the partner keeps only their own words.
      expect((await notebook(b)).entries.map((e) => [e.id, e.visibility])).toEqual([
        [kept.id, 'private'],
      ]);
    });
  });
});
