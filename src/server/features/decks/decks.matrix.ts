/**
 * Authorization-matrix entries for the decks: one per route this feature
 * registers. Run by tests/http/authorization-matrix.test.ts; only tests
 * import this file.
 */
import { expect } from 'vitest';
import {
  type Actor,
  type Call,
  DECK_ANSWER_TEXT,
  type FeatureMatrix,
  noLeak,
  none,
  OWN_QUESTION_TEXT,
  own,
  type RouteCase,
  type World,
} from '../../../../tests/support/matrix';
import type { Person } from '../../../../tests/support/test-app';

const DECK_ID = 'getting-to-know-you-again';
/** A well-formed card or question id that names nothing. */
const NO_SUCH_ID = 'AAAAAAAAAAAAAAAAAAAAAA';
const NO_SUCH_DAY = '2000-01-01';

/**
 * The owner's deck activity in the world: a card the owner answered and the
 * partner has not (its words must reach nobody), a revealed card, and one
 * question the owner wrote for the couple's own deck.
 */
export async function buildDecksWorld(
  owner: Person,
  partner: Person,
  day: string,
): Promise<World['decks']> {
  const draw = async () => {
    const res = await owner.request('POST', `/api/decks/${DECK_ID}/draw`, {});
    if (res.statusCode !== 201) throw new Error(`draw failed: ${res.body}`);
    return res.json() as { id: string; question: { id: string } };
  };
  const first = await draw();
  const cardId = first.id;
  await owner.request('PUT', `/api/deck-cards/${cardId}/answer`, { text: DECK_ANSWER_TEXT });
  const revealedCardId = (await draw()).id;
  await owner.request('PUT', `/api/deck-cards/${revealedCardId}/answer`, { text: 'Owner, shown' });
  await partner.request('PUT', `/api/deck-cards/${revealedCardId}/answer`, {
    text: 'Partner, shown',
  });
  const added = await owner.request('POST', '/api/decks/own/questions', {
    text: OWN_QUESTION_TEXT,
  });
  const ownQuestionId = added.json().questions[0].id as string;
  return {
    deckId: DECK_ID,
    questionId: first.question.id,
    cardId,
    revealedCardId,
    ownQuestionId,
    day,
  };
}

/** A route on one of the owner's cards: the partner shares it, a stranger finds nothing. */
function onCard(
  action: string,
  pick: (w: World) => string,
  body?: unknown,
  extra: Partial<RouteCase> = {},
): RouteCase {
  return {
    call: (w) => ({ url: `/api/deck-cards/${pick(w)}${action}`, body }),
    expect: { owner: 200, partner: 200, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['stranger'],
      missing: () => ({ url: `/api/deck-cards/${NO_SUCH_ID}${action}`, body }),
    },
    check: noLeak,
    ...extra,
  };
}

/** A reaction route on a day nobody may react to yet: not revealed is the same as not there. */
function onUnrevealedDay(action: string, body?: unknown): RouteCase {
  const missing: Actor[] = ['owner', 'partner', 'stranger'];
  return {
    call: (w) => ({ url: `/api/questions/days/${w.decks.day}${action}`, body }),
    expect: { owner: 404, partner: 404, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: missing,
      missing: () => ({ url: `/api/questions/days/${NO_SUCH_DAY}${action}`, body }),
    },
    check: noLeak,
  };
}

const deckCall =
  (suffix: string, body?: unknown) =>
  (w: World): Call => ({ url: `/api/decks/${w.decks.deckId}${suffix}`, body });

export const decksMatrix: FeatureMatrix = {
  'GET /api/decks': { call: none, expect: own, check: noLeak },
  'GET /api/decks/:deckId': { call: deckCall(''), expect: own, check: noLeak },
  // Each draws for their own couple (or alone): the stranger's card is the stranger's.
  'POST /api/decks/:deckId/draw': {
    call: deckCall('/draw', { depth: null }),
    expect: { owner: 201, partner: 201, stranger: 201, anonymous: 401 },
    check: noLeak,
  },
  'GET /api/decks/:deckId/next': { call: deckCall('/next'), expect: own, check: noLeak },
  // Only a couple keeps answers from sitting together; alone there is no partner to attribute.
  'POST /api/deck-cards/together': {
    call: (w) => ({
      body: {
        deckId: w.decks.deckId,
        questionId: w.decks.questionId,
        mine: 'Said side by side',
        partner: 'Said back',
        bothAgreed: true,
      },
    }),
    expect: { owner: 201, partner: 201, stranger: 404, anonymous: 401 },
    check: noLeak,
  },
  'GET /api/deck-cards/:cardId': onCard('', (w) => w.decks.cardId),
  // The partner's answer completes the pair: the reveal is now legitimate.
  'PUT /api/deck-cards/:cardId/answer': onCard(
    '/answer',
    (w) => w.decks.cardId,
    { text: 'An answer' },
    {
      check: (res, actor) => {
        if (actor === 'stranger') noLeak(res, actor);
      },
      reveals: { partner: ['deckAnswer'] },
      // After the partner answers, the owner's answer is locked.
      expect: { owner: 200, partner: 200, stranger: 404, anonymous: 401 },
      worldPerCall: true,
    },
  ),
  'PUT /api/deck-cards/:cardId/skip': onCard('/skip', (w) => w.decks.cardId),
  'DELETE /api/deck-cards/:cardId/skip': onCard('/skip', (w) => w.decks.cardId),
  // Someone answered it: it stays (the partner knows that much already).
  'DELETE /api/deck-cards/:cardId': onCard('', (w) => w.decks.cardId, undefined, {
    expect: { owner: 409, partner: 409, stranger: 404, anonymous: 401 },
  }),
  'PUT /api/deck-cards/:cardId/reaction': onCard('/reaction', (w) => w.decks.revealedCardId, {
    reaction: 'hug',
  }),
  'PUT /api/deck-cards/:cardId/talk': onCard('/talk', (w) => w.decks.revealedCardId, {
    talk: true,
  }),
  'DELETE /api/deck-cards/:cardId/talk': onCard('/talk', (w) => w.decks.revealedCardId),
  'GET /api/decks/talk': { call: none, expect: own, check: noLeak },
  'GET /api/questions/days/:day/reactions': onUnrevealedDay('/reactions'),
  'PUT /api/questions/days/:day/reaction': onUnrevealedDay('/reaction', { reaction: 'heart' }),
  'PUT /api/questions/days/:day/talk': onUnrevealedDay('/talk', { talk: true }),
  'DELETE /api/questions/days/:day/talk': onUnrevealedDay('/talk'),
  // The couple's own questions are the couple's: the partner sees the owner's, a stranger does not.
  'GET /api/decks/own/questions': {
    call: none,
    expect: own,
    check: (res, actor) => {
      noLeak(res, actor);
      if (actor === 'partner') expect(res.body).toContain(OWN_QUESTION_TEXT);
    },
    reveals: { partner: ['ownQuestion'] },
  },
  'POST /api/decks/own/questions': {
    call: () => ({ body: { text: 'What should we cook together next?' } }),
    expect: { owner: 201, partner: 201, stranger: 201, anonymous: 401 },
    check: noLeak,
    reveals: { partner: ['ownQuestion'] },
  },
  // Only the author removes a question; for anyone else it is the same as one that does not exist.
  'DELETE /api/decks/own/questions/:ownQuestionId': {
    call: (w) => ({ url: `/api/decks/own/questions/${w.decks.ownQuestionId}` }),
    expect: { owner: 200, partner: 404, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['partner', 'stranger'],
      missing: () => ({ url: `/api/decks/own/questions/${NO_SUCH_ID}` }),
    },
    check: noLeak,
  },
};
