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
import { MAX_OPEN_CARDS } from '../../../core/decks';
import type { Card, Decks } from '../../../shared/decks-api';

const DECK = 'getting-to-know-you-again';
const NO_SUCH_CARD = 'AAAAAAAAAAAAAAAAAAAAAA';
/** Where Today's body sits in `everything`. */
const TODAY = 4;

describe.each(dialects)('decks (%s)', (dialect) => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  const draw = async (p: Person, deck = DECK, depth: string | null = null): Promise<Card> => {
    const res = await p.request('POST', `/api/decks/${deck}/draw`, { depth });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const answer = (p: Person, cardId: string, text: string) =>
    p.request('PUT', `/api/deck-cards/${cardId}/answer`, { text });
  const card = async (p: Person, cardId: string): Promise<Card> =>
    (await p.request('GET', `/api/deck-cards/${cardId}`)).json();
  /**
   * Everything a person can read about the decks, as raw bodies. Read one after another:
   * the first read of Today gives the day's question, which the proposal then passes over,
   * so reading both at once would race.
   */
  const everything = async (p: Person, cardId: string): Promise<string[]> => {
    const bodies: string[] = [];
    for (const url of [
      '/api/decks',
      `/api/decks/${DECK}`,
      `/api/deck-cards/${cardId}`,
      '/api/decks/talk',
      '/api/today',
      `/api/decks/${DECK}/next`,
    ])
      bodies.push((await p.request('GET', url)).body);
    return bodies;
  };

  it('lists every deck with its questions, the own deck last, and nothing drawn yet', async () => {
    const { a } = await t.buildCouple();
    const decks: Decks = (await a.request('GET', '/api/decks')).json();
    const catalog = testCatalog();
    expect(decks.decks.map((d) => d.id)).toEqual([...catalog.decks.map((d) => d.id), 'own']);
    const first = decks.decks[0];
    expect(first).toMatchObject({
      drawn: 0,
      settled: 0,
      questionCount: catalog.deckQuestions.get(first?.id ?? '')?.length,
    });
    expect(first?.undrawn.any).toBe(first?.questionCount);
    expect(decks).toMatchObject({ open: [], openLimit: MAX_OPEN_CARDS, withPartner: true });
    expect((await t.anonymous('GET', '/api/decks')).statusCode).toBe(401);
    expect((await a.request('GET', '/api/decks/no-such-deck')).statusCode).toBe(404);
  });

  it('draws a card both partners see, of the chosen depth, and tells the partner (ids only)', async () => {
    const { a, b } = await t.buildCouple();
    const stream = await openEventStream(url, b.cookie);
    try {
      const drawn = await draw(a, DECK, 'deeper');
      expect(drawn.question.depth).toBe('deeper');
      expect(testCatalog().deckQuestions.get(DECK)).toContain(drawn.question.id);
      expect(await stream.next()).toEqual({ type: 'deck.changed' });
      const seenByB = await card(b, drawn.id);
      expect(seenByB).toMatchObject({
        id: drawn.id,
        question: drawn.question,
        withPartner: true,
        visibility: 'reveal-together',
        answered: false,
        partnerAnswered: false,
        canPutBack: true,
      });
      const list: Decks = (await b.request('GET', '/api/decks')).json();
      expect(list.open.map((c) => c.id)).toEqual([drawn.id]);
      const deck = (await b.request('GET', `/api/decks/${DECK}`)).json();
      expect(deck.deck.drawn).toBe(1);
      expect(deck.cards[0].id).toBe(drawn.id);
    } finally {
      stream.close();
    }
  });

  it('never repeats a question of the chosen depth until all of them were drawn', async () => {
    const solo = await t.signUp();
    const catalog = testCatalog();
    const pool = (catalog.deckQuestions.get(DECK) ?? []).filter(
      (id) => catalog.questions.get(id)?.depth === 'deepest',
    );
    const seen: string[] = [];
    for (let i = 0; i < pool.length; i++) {
      const drawn = await draw(solo, DECK, 'deepest');
      seen.push(drawn.question.id);
      expect((await answer(solo, drawn.id, `note ${i}`)).statusCode).toBe(200);
    }
    expect([...seen].sort()).toEqual([...pool].sort());
    const deck = (await solo.request('GET', `/api/decks/${DECK}`)).json();
    expect(deck.deck.undrawn.deepest).toBe(0);
    expect(pool).toContain((await draw(solo, DECK, 'deepest')).question.id);
  }, 120_000);

  it(`keeps at most ${MAX_OPEN_CARDS} cards open, and a card nobody answered can go back`, async () => {
    const { a, b } = await t.buildCouple();
    const cards: Card[] = [];
    for (let i = 0; i < MAX_OPEN_CARDS; i++) cards.push(await draw(i % 2 ? a : b));
    const refused = await b.request('POST', `/api/decks/${DECK}/draw`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('limit_reached');
    expect(refused.json().error.message).toMatch(/Answer one, or put one back/);
    await answer(a, cards[0]?.id ?? '', 'mine first');
    const kept = await b.request('DELETE', `/api/deck-cards/${cards[0]?.id}`);
    expect(kept.statusCode).toBe(409);
    expect((await a.request('DELETE', `/api/deck-cards/${cards[1]?.id}`)).statusCode).toBe(204);
    expect((await b.request('GET', `/api/deck-cards/${cards[1]?.id}`)).statusCode).toBe(404);
    // A card put back comes back into the deck: drawing is open again.
    await draw(b);
  });

  it('keeps an answer private until both answered, then shows both and locks them', async () => {
    const { a, b } = await t.buildCouple();
    const drawn = await draw(a);
    const before = await everything(b, drawn.id);
    // A word no card, question or gesture holds (a gesture may well say "short").
    expect((await answer(a, drawn.id, 'brief-9d2b')).statusCode).toBe(200);
    const afterShort = await everything(b, drawn.id);
    const seen = await card(b, drawn.id);
    expect(seen).toMatchObject({ partnerAnswered: true, partner: null, mine: null });
    // Nothing of the answer reaches the partner, not even its length.
    expect((await answer(a, drawn.id, 'x'.repeat(3999))).statusCode).toBe(200);
    expect(await everything(b, drawn.id)).toEqual(afterShort);
    for (const body of afterShort) expect(body).not.toContain('brief-9d2b');
    // The only change the partner sees: "answered: yes" (and so the card now stays on the table).
    const asAnswered = (body: string) =>
      body
        .replaceAll('"partnerAnswered":false', '"partnerAnswered":true')
        .replaceAll('"canPutBack":true', '"canPutBack":false');
    // (Today is compared as it is: the day's question is not this card.)
    expect(before.map((body, i) => (i === TODAY ? body : asAnswered(body)))).toEqual(afterShort);

    const revealed = (await answer(b, drawn.id, 'mine too')).json();
    expect(revealed).toMatchObject({
      revealed: true,
      mine: { text: 'mine too' },
      partner: { text: 'x'.repeat(3999) },
      reactions: { mine: null, partner: null, talk: { mine: false, partner: false } },
    });
    expect(Object.keys(revealed.partner)).toEqual(['text']);
    const locked = await answer(a, drawn.id, 'changed my mind');
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('answer_locked');
    const list: Decks = (await a.request('GET', '/api/decks')).json();
    expect(list.open).toEqual([]);
    expect(list.decks.find((d) => d.id === DECK)).toMatchObject({ drawn: 1, settled: 1 });
  });

  it('tells the partner "answered", then the reveal (ids only)', async () => {
    const { a, b } = await t.buildCouple();
    const drawn = await draw(a);
    const bStream = await openEventStream(url, b.cookie);
    const aStream = await openEventStream(url, a.cookie);
    try {
      await answer(a, drawn.id, 'secret words');
      expect(await bStream.next()).toEqual({ type: 'card.partner', cardId: drawn.id });
      await answer(b, drawn.id, 'other words');
      expect(await aStream.next()).toEqual({ type: 'card.revealed', cardId: drawn.id });
    } finally {
      bStream.close();
      aStream.close();
    }
  });

  it('lets a person set a card aside without the partner ever learning of it', async () => {
    const { a, b } = await t.buildCouple();
    const drawn = await draw(a);
    const aStream = await openEventStream(url, a.cookie);
    try {
      const aBefore = await everything(a, drawn.id);
      const skipped = await b.request('PUT', `/api/deck-cards/${drawn.id}/skip`);
      expect(skipped.json()).toMatchObject({ skipped: true, answered: false });
      expect(await everything(a, drawn.id)).toEqual(aBefore);
      expect((await b.request('DELETE', `/api/deck-cards/${drawn.id}/skip`)).json().skipped).toBe(
        false,
      );
      expect(await everything(a, drawn.id)).toEqual(aBefore);
      // The next thing A hears of is B's answer, not the skip.
      await answer(b, drawn.id, 'after all');
      expect(await aStream.next()).toEqual({ type: 'card.partner', cardId: drawn.id });
    } finally {
      aStream.close();
    }
    // A skip is traceless: no metric names it, so an operator who is also the partner cannot count skips.
    const metrics = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` },
    });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).not.toContain('/skip');
  });

  it('shows a stranger nothing, the same as a card that does not exist', async () => {
    const { a } = await t.buildCouple();
    const stranger = await t.signUp();
    const drawn = await draw(a);
    await answer(a, drawn.id, 'not for strangers');
    for (const [method, suffix, body] of [
      ['GET', '', undefined],
      ['PUT', '/answer', { text: 'hi' }],
      ['PUT', '/skip', undefined],
      ['DELETE', '/skip', undefined],
      ['DELETE', '', undefined],
      ['PUT', '/reaction', { reaction: 'heart' }],
    ] as const) {
      const theirs = await stranger.request(method, `/api/deck-cards/${drawn.id}${suffix}`, body);
      const none = await stranger.request(method, `/api/deck-cards/${NO_SUCH_CARD}${suffix}`, body);
      expect(theirs.statusCode, `${method} ${suffix}`).toBe(404);
      expect(theirs.body).toBe(none.body);
    }
  });

  it('never loses an answer or reveals twice when both answer at the same moment', async () => {
    const { a, b } = await t.buildCouple();
    for (let round = 0; round < 8; round++) {
      const drawn = await draw(a);
      const [ra, rb] = await Promise.all([
        answer(a, drawn.id, `a${round}`),
        answer(b, drawn.id, `b${round}`),
      ]);
      expect(ra.statusCode).toBe(200);
      expect(rb.statusCode).toBe(200);
      expect([ra.json(), rb.json()].filter((r) => r.revealed)).toHaveLength(1);
      for (const r of [ra.json(), rb.json()]) if (!r.revealed) expect(r.partner).toBeNull();
      expect(await card(a, drawn.id)).toMatchObject({
        revealed: true,
        mine: { text: `a${round}` },
        partner: { text: `b${round}` },
      });
    }
    const list: Decks = (await a.request('GET', '/api/decks')).json();
    expect(list.decks.find((d) => d.id === DECK)).toMatchObject({ drawn: 8, settled: 8 });
  });

  it('draws one card at a time when both partners draw at once', async () => {
    const { a, b } = await t.buildCouple();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? a : b).request('POST', `/api/decks/${DECK}/draw`, {}),
      ),
    );
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(MAX_OPEN_CARDS);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(6 - MAX_OPEN_CARDS);
    const ids = results.filter((r) => r.statusCode === 201).map((r) => r.json().question.id);
    expect(new Set(ids).size).toBe(MAX_OPEN_CARDS);
  });

  it('keeps a person’s cards as a private journal, in a journal’s words', async () => {
    const solo = await t.signUp();
    const drawn = await draw(solo);
    const item = testCatalog().questions.get(drawn.question.id);
    expect(drawn.question.text).toBe(item?.solo ?? item?.text);
    expect(drawn).toMatchObject({ visibility: 'private', withPartner: false, partnerName: null });
    await answer(solo, drawn.id, 'first');
    const edited = (await answer(solo, drawn.id, 'second')).json();
    expect(edited).toMatchObject({ mine: { text: 'second' }, revealed: false, reactions: null });
    const list: Decks = (await solo.request('GET', '/api/decks')).json();
    expect(list.open).toEqual([]);
  });

  it('keeps answers from sitting together only for a couple, and only when both agreed', async () => {
    const { a, b } = await t.buildCouple();
    const solo = await t.signUp();
    const questionId = testCatalog().deckQuestions.get(DECK)?.[0] ?? '';
    const body = { deckId: DECK, questionId, mine: 'I said this', partner: 'They said that' };
    const unagreed = await a.request('POST', '/api/deck-cards/together', {
      ...body,
      bothAgreed: false,
    });
    expect(unagreed.statusCode).toBe(400);
    const alone = await solo.request('POST', '/api/deck-cards/together', {
      ...body,
      bothAgreed: true,
    });
    expect(alone.statusCode).toBe(404);
    const wrongDeck = await a.request('POST', '/api/deck-cards/together', {
      ...body,
      deckId: 'hard-times',
      questionId: 'not-in-that-deck',
      bothAgreed: true,
    });
    expect(wrongDeck.statusCode).toBe(404);
    const kept = await a.request('POST', '/api/deck-cards/together', {
      ...body,
      bothAgreed: true,
    });
    expect(kept.statusCode).toBe(201);
    expect(kept.json()).toMatchObject({
      together: true,
      revealed: true,
      mine: { text: 'I said this' },
      partner: { text: 'They said that' },
    });
    expect(await card(b, kept.json().id)).toMatchObject({
      revealed: true,
      mine: { text: 'They said that' },
      partner: { text: 'I said this' },
    });
    // Nothing to see again on Today: both saw it on the device.
    const today = (await b.request('GET', '/api/today')).json();
    expect(JSON.stringify(today)).not.toContain(kept.json().id);
  });

  it('offers a question to talk about without storing anything', async () => {
    const { a } = await t.buildCouple();
    const first = (await a.request('GET', `/api/decks/${DECK}/next`)).json();
    const again = (await a.request('GET', `/api/decks/${DECK}/next`)).json();
    expect(again).toEqual(first);
    const another = (await a.request('GET', `/api/decks/${DECK}/next?offset=1`)).json();
    expect(another.question.id).not.toBe(first.question.id);
    expect((await a.request('GET', '/api/decks')).json().decks[0].drawn).toBe(0);
  });

  it('puts a waiting card and then a new reveal on Today, never a card set aside', async () => {
    const { a, b } = await t.buildCouple();
    const items = async (p: Person) =>
      ((await p.request('GET', '/api/today')).json().now as { kind: string; detail: unknown }[])
        .concat((await p.request('GET', '/api/today')).json().waiting)
        .filter((i) => i.kind === 'deck-card');
    expect(await items(a)).toEqual([]);
    const drawn = await draw(a);
    expect((await items(b)).map((i) => i.detail)).toEqual([{ cardId: drawn.id, reason: 'answer' }]);
    await b.request('PUT', `/api/deck-cards/${drawn.id}/skip`);
    expect(await items(b)).toEqual([]);
    await answer(a, drawn.id, 'from a');
    expect(await items(a)).toEqual([]);
    await answer(b, drawn.id, 'from b');
    // B completed the reveal and saw it; A has not yet.
    expect(await items(b)).toEqual([]);
    expect((await items(a)).map((i) => i.detail)).toEqual([
      { cardId: drawn.id, reason: 'revealed' },
    ]);
    await card(a, drawn.id);
    expect(await items(a)).toEqual([]);
  });
});
