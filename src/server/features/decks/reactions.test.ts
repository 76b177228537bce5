import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { openEventStream } from '../../../../tests/support/sse';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import type { Card, TalkList } from '../../../shared/decks-api';

const DECK = 'our-story';
const NO_SUCH_CARD = 'AAAAAAAAAAAAAAAAAAAAAA';

describe.each(dialects)('after the reveal, and own questions (%s)', (dialect) => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  const draw = async (p: Person, deck = DECK): Promise<Card> => {
    const res = await p.request('POST', `/api/decks/${deck}/draw`, {});
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const answer = (p: Person, cardId: string, text: string) =>
    p.request('PUT', `/api/deck-cards/${cardId}/answer`, { text });
  const talkList = async (p: Person): Promise<TalkList> =>
    (await p.request('GET', '/api/decks/talk')).json();
  async function pair(a: Person, b: Person): Promise<void> {
    const invite = await a.request('POST', '/api/couple/invites');
    const joined = await b.request('POST', '/api/couple/join', { code: invite.json().code });
    expect(joined.statusCode).toBe(200);
  }

  it('opens reactions only with the reveal; before it, the same answer as no card at all', async () => {
    const { a, b } = await t.buildCouple();
    const drawn = await draw(a);
    await answer(a, drawn.id, 'only mine so far');
    for (const [method, suffix, body] of [
      ['PUT', '/reaction', { reaction: 'heart' }],
      ['PUT', '/talk', { talk: true }],
      ['DELETE', '/talk', undefined],
    ] as const) {
      for (const p of [a, b]) {
        const early = await p.request(method, `/api/deck-cards/${drawn.id}${suffix}`, body);
        const none = await p.request(method, `/api/deck-cards/${NO_SUCH_CARD}${suffix}`, body);
        expect(early.statusCode).toBe(404);
        expect(early.body).toBe(none.body);
      }
    }
  });

  it('lets each leave one reaction and a talk mark, seen by the other, live', async () => {
    const { a, b } = await t.buildCouple();
    const drawn = await draw(a);
    await answer(a, drawn.id, 'from a');
    await answer(b, drawn.id, 'from b');
    const stream = await openEventStream(url, b.cookie);
    try {
      const reacted = await a.request('PUT', `/api/deck-cards/${drawn.id}/reaction`, {
        reaction: 'hug',
      });
      expect(reacted.json().reactions).toEqual({
        mine: 'hug',
        partner: null,
        talk: { mine: false, partner: false },
      });
      expect(await stream.next()).toEqual({ type: 'card.reaction', cardId: drawn.id });
      const changed = await a.request('PUT', `/api/deck-cards/${drawn.id}/reaction`, {
        reaction: 'me-too',
      });
      expect(changed.json().reactions.mine).toBe('me-too');
      await a.request('PUT', `/api/deck-cards/${drawn.id}/talk`, { talk: true });
      const seenByB: Card = (await b.request('GET', `/api/deck-cards/${drawn.id}`)).json();
      expect(seenByB.reactions).toEqual({
        mine: null,
        partner: 'me-too',
        talk: { mine: false, partner: true },
      });
      const removed = await a.request('PUT', `/api/deck-cards/${drawn.id}/reaction`, {
        reaction: null,
      });
      expect(removed.json().reactions).toMatchObject({ mine: null, talk: { mine: true } });
      const unknown = await a.request('PUT', `/api/deck-cards/${drawn.id}/reaction`, {
        reaction: 'thumbs-down',
      });
      expect(unknown.statusCode).toBe(400);
    } finally {
      stream.close();
    }
  });

  it('lists what either wants to talk about until one marks it talked about', async () => {
    const { a, b } = await t.buildCouple();
    const drawn = await draw(a);
    await answer(a, drawn.id, 'from a');
    await answer(b, drawn.id, 'from b');
    expect((await talkList(a)).items).toEqual([]);
    await b.request('PUT', `/api/deck-cards/${drawn.id}/talk`, { talk: true });
    expect((await talkList(a)).items).toEqual([
      { kind: 'card', cardId: drawn.id, question: drawn.question, mine: false, partner: true },
    ]);
    await a.request('PUT', `/api/deck-cards/${drawn.id}/reaction`, { reaction: 'heart' });
    const cleared = await a.request('DELETE', `/api/deck-cards/${drawn.id}/talk`);
    expect(cleared.json().reactions).toEqual({
      mine: 'heart',
      partner: null,
      talk: { mine: false, partner: false },
    });
    expect((await talkList(b)).items).toEqual([]);
    const solo = await t.signUp();
    expect(await talkList(solo)).toEqual({ items: [] });
  });

  it('reacts to the daily question once both answered it, within the couple only', async () => {
    const { a, b } = await t.buildCouple();
    const today = (await a.request('GET', '/api/questions/today')).json();
    const day = today.day as string;
    const path = (suffix: string) => `/api/questions/days/${day}${suffix}`;
    const missing = (suffix: string) => `/api/questions/days/1999-12-31${suffix}`;
    await a.request('PUT', `/api/questions/${today.question.id}/answer`, { text: 'a says' });
    for (const p of [a, b]) {
      const early = await p.request('PUT', path('/reaction'), { reaction: 'smile' });
      const none = await p.request('PUT', missing('/reaction'), { reaction: 'smile' });
      expect(early.statusCode).toBe(404);
      expect(early.body).toBe(none.body);
      expect((await p.request('GET', path('/reactions'))).body).toBe(
        (await p.request('GET', missing('/reactions'))).body,
      );
    }
    await b.request('PUT', `/api/questions/${today.question.id}/answer`, { text: 'b says' });
    const stream = await openEventStream(url, a.cookie);
    try {
      const reacted = await b.request('PUT', path('/reaction'), { reaction: 'thank-you' });
      expect(reacted.json()).toEqual({
        day,
        mine: 'thank-you',
        partner: null,
        talk: { mine: false, partner: false },
      });
      expect(await stream.next()).toEqual({ type: 'day.reaction', day });
    } finally {
      stream.close();
    }
    await a.request('PUT', path('/talk'), { talk: true });
    expect((await b.request('GET', path('/reactions'))).json()).toMatchObject({
      partner: null,
      mine: 'thank-you',
      talk: { mine: false, partner: true },
    });
    const list = await talkList(b);
    expect(list.items).toEqual([
      {
        kind: 'day',
        day,
        question: expect.objectContaining({ id: today.question.id, text: today.question.text }),
        mine: false,
        partner: true,
      },
    ]);
    expect((await b.request('DELETE', path('/talk'))).json().talk).toEqual({
      mine: false,
      partner: false,
    });

    // A stranger's "day" is their own deck's: nothing of this couple's.
    const stranger = await t.signUp();
    expect((await stranger.request('GET', path('/reactions'))).statusCode).toBe(404);

    // After an unlink, what was shared in the couple is nobody's to react to.
    expect((await a.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    for (const p of [a, b]) {
      expect((await p.request('GET', path('/reactions'))).statusCode).toBe(404);
      expect((await talkList(p)).items).toEqual([]);
    }
  });

  it('shares own questions with the partner only, and with nobody after an unlink', async () => {
    const { a, b } = await t.buildCouple();
    const added = await a.request('POST', '/api/decks/own/questions', {
      text: 'Which trip should we take again?',
    });
    expect(added.statusCode).toBe(201);
    const question = added.json().questions[0];
    expect(question).toMatchObject({ writtenBy: 'me', text: 'Which trip should we take again?' });
    const seenByB = (await b.request('GET', '/api/decks/own/questions')).json();
    expect(seenByB.questions).toEqual([{ ...question, writtenBy: 'partner' }]);
    // Only the author removes it; for the partner it is the same as one that does not exist.
    const notTheirs = await b.request('DELETE', `/api/decks/own/questions/${question.id}`);
    const none = await b.request('DELETE', `/api/decks/own/questions/${NO_SUCH_CARD}`);
    expect(notTheirs.statusCode).toBe(404);
    expect(notTheirs.body).toBe(none.body);
    const tooShort = await a.request('POST', '/api/decks/own/questions', { text: 'Hm?' });
    expect(tooShort.statusCode).toBe(400);

    const drawn = await draw(b, 'own');
    expect(drawn.question).toEqual({
      id: question.id,
      text: question.text,
      kinds: [],
      depth: null,
      writtenBy: 'partner',
    });
    await answer(a, drawn.id, 'Lisbon, in spring');
    await answer(b, drawn.id, 'The lake');

    const stranger = await t.signUp();
    const strangers = (await stranger.request('GET', '/api/decks/own/questions')).json();
    expect(strangers.questions).toEqual([]);
    expect((await stranger.request('GET', `/api/deck-cards/${drawn.id}`)).statusCode).toBe(404);

    expect((await b.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    for (const p of [a, b]) {
      expect((await p.request('GET', '/api/decks/own/questions')).json().questions).toEqual([]);
      expect((await p.request('GET', `/api/deck-cards/${drawn.id}`)).statusCode).toBe(404);
      const decks = (await p.request('GET', '/api/decks')).json();
      expect(JSON.stringify(decks)).not.toContain('Which trip');
    }
    // A next partner of either sees nothing of it.
    const next = await t.signUp('Next');
    await pair(b, next);
    for (const p of [b, next]) {
      const body = JSON.stringify(
        await Promise.all(
          ['/api/decks', '/api/decks/own', '/api/decks/own/questions', '/api/decks/talk'].map(
            async (path) => (await p.request('GET', path)).json(),
          ),
        ),
      );
      expect(body).not.toContain('Which trip');
      expect(body).not.toContain(drawn.id);
    }
  });

  it('keeps the answers of a card whose own question its author removed', async () => {
    const { a, b } = await t.buildCouple();
    const added = await a.request('POST', '/api/decks/own/questions', {
      text: 'What made you laugh this week?',
    });
    const questionId = added.json().questions[0].id;
    const drawn = await draw(a, 'own');
    await answer(b, drawn.id, 'my words stay');
    const removed = await a.request('DELETE', `/api/decks/own/questions/${questionId}`);
    expect(removed.json().questions).toEqual([]);
    const after: Card = (await b.request('GET', `/api/deck-cards/${drawn.id}`)).json();
    expect(after.mine).toEqual({ text: 'my words stay', updatedAt: expect.any(String) });
    expect(after.question.text).toBe('A question that is no longer in the deck');
    const empty = await a.request('POST', '/api/decks/own/draw', {});
    expect(empty.statusCode).toBe(404);
  });
});
