/**
 * The open-dialogue decks: a couple (or a person alone) draws a card from a
 * themed deck or their own, each answers privately, and both answers show
 * once both have answered. A card can be set aside ("not now") by one person,
 * unseen by the other. At most a few cards are open at once.
 */
import { canDraw, drawOrder, MAX_OPEN_CARDS, OWN_DECK_ID } from '../../../core/decks';
import type { Depth } from '../../../shared/api';
import type {
  Card,
  CardSummary,
  DeckDetail,
  DeckSummary,
  Decks,
  NextQuestion,
} from '../../../shared/decks-api';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError, notFound } from '../../lib/errors';
import { newId } from '../../lib/tokens';
import { questionIdsGivenTo } from '../dialogue/dialogue.queries';
import { cardView, type DecksDeps, publishToPartner } from './card-view';
import {
  cardQuestion,
  contentQuestion,
  drawableOf,
  isKnownDeck,
  ownDeckText,
  ownQuestion,
  presentDeck,
  presentSummary,
  type Scope,
  scopeOf,
} from './decks.present';
import {
  type CardRow,
  countCardsByDeck,
  countOpenCards,
  findOwnQuestions,
  insertCard,
  listAnswerMarks,
  listDeckCards,
  listDrawnQuestions,
  listMySkips,
  listOpenCards,
  listOwnQuestions,
  lockScope,
  nextPosition,
} from './decks.repository';

const DEFAULT_PAGE = 20;

/** Summaries of these cards for me: questions, who answered (yes/no), my own skips. */
async function summariesOf(
  deps: DecksDeps,
  auth: AuthContext,
  scope: Scope,
  cards: readonly CardRow[],
): Promise<CardSummary[]> {
  const ids = cards.map((c) => c.id);
  const ownIds = cards.flatMap((c) => (c.own_question_id ? [c.own_question_id] : []));
  const [marks, skips, own] = await Promise.all([
    listAnswerMarks(deps.db, ids),
    listMySkips(deps.db, auth.user.id, ids),
    findOwnQuestions(deps.db, scope.key, ownIds),
  ]);
  const ownById = new Map(own.map((q) => [q.id, q]));
  return cards.map((card) =>
    presentSummary(auth, card, cardQuestion(deps.catalog, auth, card, ownById), marks, skips),
  );
}

/** Every deck with the couple's shared activity in it (or mine, alone). */
async function deckSummaries(deps: DecksDeps, scope: Scope): Promise<DeckSummary[]> {
  const [counts, drawn, own] = await Promise.all([
    countCardsByDeck(deps.db, scope.key),
    listDrawnQuestions(deps.db, scope.key),
    listOwnQuestions(deps.db, scope.key),
  ]);
  const countsOf = (id: string) => counts.find((c) => c.deck_id === id);
  const drawnIds = new Set(drawn.questionIds);
  const withPartner = scope.coupleId !== null;
  const content = deps.catalog.decks.map((deck) =>
    presentDeck({
      id: deck.id,
      title: deck.title,
      description: deck.description,
      kinds: [...deck.kinds],
      own: false,
      questions: drawableOf(deps.catalog, deck.id),
      drawnIds,
      counts: countsOf(deck.id),
    }),
  );
  const ownDeck = presentDeck({
    id: OWN_DECK_ID,
    ...ownDeckText(withPartner),
    kinds: [],
    own: true,
    questions: own.map((q) => ({ id: q.id, depth: null })),
    drawnIds: new Set(drawn.ownQuestionIds),
    counts: countsOf(OWN_DECK_ID),
  });
  return [...content, ownDeck];
}

export async function listDecks(deps: DecksDeps, auth: AuthContext): Promise<Decks> {
  const scope = scopeOf(auth);
  const [decks, open] = await Promise.all([
    deckSummaries(deps, scope),
    listOpenCards(deps.db, scope.key),
  ]);
  return {
    decks,
    open: await summariesOf(deps, auth, scope, open),
    openLimit: MAX_OPEN_CARDS,
    withPartner: scope.coupleId !== null,
    partnerName: auth.couple?.partnerName ?? null,
  };
}

export function requireDeck(deps: Pick<DecksDeps, 'catalog'>, deckId: string): void {
  if (!isKnownDeck(deps.catalog, deckId)) throw notFound();
}

/** One deck and a page of the cards drawn from it, newest first. */
export async function getDeck(
  deps: DecksDeps,
  auth: AuthContext,
  deckId: string,
  page: { before: number | undefined; limit: number | undefined },
): Promise<DeckDetail> {
  requireDeck(deps, deckId);
  const scope = scopeOf(auth);
  const limit = page.limit ?? DEFAULT_PAGE;
  const [decks, rows, openCount] = await Promise.all([
    deckSummaries(deps, scope),
    listDeckCards(deps.db, { scope: scope.key, deckId, before: page.before, limit: limit + 1 }),
    countOpenCards(deps.db, scope.key),
  ]);
  const deck = decks.find((d) => d.id === deckId);
  if (!deck) throw notFound();
  const pageRows = rows.slice(0, limit);
  return {
    deck,
    cards: await summariesOf(deps, auth, scope, pageRows),
    nextBefore: rows.length > limit ? (pageRows.at(-1)?.position ?? null) : null,
    openCount,
    openLimit: MAX_OPEN_CARDS,
  };
}

interface NextPick {
  questionId: string | null;
  ownQuestionId: string | null;
}

/** The deck's questions in the order they come next for this scope. */
async function orderOf(
  deps: DecksDeps,
  scope: Scope,
  deckId: string,
  depth: Depth | null,
): Promise<NextPick[]> {
  const drawn = await listDrawnQuestions(deps.db, scope.key);
  const seed = `${scope.key}#${deckId}`;
  if (deckId === OWN_DECK_ID) {
    const own = await listOwnQuestions(deps.db, scope.key);
    // Own questions have no depth: a chosen depth does not narrow them.
    const order = drawOrder({
      questions: own.map((q) => ({ id: q.id, depth: null })),
      drawn: drawn.ownQuestionIds,
      depth: null,
      seed,
    });
    return order.map((id) => ({ questionId: null, ownQuestionId: id }));
  }
  const elsewhere = new Set(await questionIdsGivenTo(deps.db, scope.key));
  const order = drawOrder({
    questions: drawableOf(deps.catalog, deckId),
    drawn: drawn.questionIds,
    elsewhere,
    depth,
    seed,
  });
  return order.map((id) => ({ questionId: id, ownQuestionId: null }));
}

function nothingToDraw(deckId: string, depth: Depth | null): DomainError {
  if (deckId === OWN_DECK_ID)
    return new DomainError('not_found', 'Your own deck is empty. Add a question to it first.');
  return new DomainError(
    'not_found',
    depth ? 'This deck has no questions of that depth.' : 'This deck has no questions.',
  );
}

/**
 * Draws the next card of a deck for my couple (or for me alone): the
 * question drawn the fewest times so far, of the chosen depth, the same
 * for either partner. Refused while the open cards are at their limit.
 */
export async function drawCard(
  deps: DecksDeps,
  auth: AuthContext,
  deckId: string,
  depth: Depth | null,
): Promise<Card> {
  requireDeck(deps, deckId);
  const scope = scopeOf(auth);
  const nowIso = deps.clock.now().toISOString();
  const card = await deps.db.transaction().execute(async (trx) => {
    const tx = { ...deps, db: trx };
    await lockScope(trx, deps.dialect, scope.key);
    if (!canDraw(await countOpenCards(trx, scope.key))) {
      throw new DomainError(
        'limit_reached',
        `You have ${MAX_OPEN_CARDS} cards open. Answer one, or put one back, before drawing another.`,
      );
    }
    const next = (await orderOf(tx, scope, deckId, depth))[0];
    if (!next) throw nothingToDraw(deckId, depth);
    const row: CardRow = {
      id: newId(),
      scope: scope.key,
      couple_id: scope.coupleId,
      position: await nextPosition(trx, scope.key),
      deck_id: deckId,
      question_id: next.questionId,
      own_question_id: next.ownQuestionId,
      together: 0,
      drawn_at: nowIso,
      settled_at: null,
      revealed_at: null,
    };
    await insertCard(trx, row);
    return row;
  });
  await publishToPartner(deps, auth, { type: 'deck.changed' });
  return cardView(deps, auth, card);
}

/**
 * A question to talk about side by side, without drawing it: nothing is
 * stored. `offset` passes over that many proposals ("another one").
 */
export async function proposeQuestion(
  deps: DecksDeps,
  auth: AuthContext,
  deckId: string,
  depth: Depth | null,
  offset: number,
): Promise<NextQuestion> {
  requireDeck(deps, deckId);
  const scope = scopeOf(auth);
  const order = await orderOf(deps, scope, deckId, depth);
  const index = order.length > 0 ? offset % order.length : 0;
  const next = order[index];
  if (!next) throw nothingToDraw(deckId, depth);
  const own = next.ownQuestionId
    ? (await findOwnQuestions(deps.db, scope.key, [next.ownQuestionId]))[0]
    : undefined;
  const question = own
    ? ownQuestion(own, auth)
    : contentQuestion(deps.catalog, next.questionId ?? '', scope.coupleId === null);
  return { deckId, question, offset: index };
}
