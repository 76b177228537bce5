/**
 * One card: reading it, answering it privately (revealed once both have
 * answered, then locked), setting it aside for myself only, and putting it
 * back into the deck while nobody has written on it.
 */
import { canPutBack, isSettled } from '../../../core/decks';
import { canChangeAnswer } from '../../../core/reveal';
import type { Card } from '../../../shared/decks-api';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError, notFound } from '../../lib/errors';
import { cardView, type DecksDeps, publishToPartner, requireCard } from './card-view';
import { scopeOf } from './decks.present';
import {
  deleteCard,
  deleteSkip,
  findCard,
  insertSkip,
  listCardAnswers,
  lockCard,
  markRevealSeen,
  settleCard,
  upsertCardAnswer,
} from './decks.repository';

/** A card of my couple (or mine); opening a revealed one marks the reveal as seen, for me only. */
export async function getCard(deps: DecksDeps, auth: AuthContext, cardId: string): Promise<Card> {
  const card = await requireCard(deps, auth, cardId);
  if (card.revealed_at !== null) {
    await markRevealSeen(deps.db, {
      cardId,
      userId: auth.user.id,
      nowIso: deps.clock.now().toISOString(),
    });
  }
  return cardView(deps, auth, card);
}

/**
 * Writes or rewrites my answer to a card. With a partner it stays mine alone
 * until both have answered; then both show and both are locked. The card is
 * locked for the transaction, so two partners answering at once never lose
 * an answer and the reveal happens exactly once.
 */
export async function answerCard(
  deps: DecksDeps,
  auth: AuthContext,
  cardId: string,
  text: string,
): Promise<Card> {
  const scope = scopeOf(auth);
  const withPartner = scope.coupleId !== null;
  const nowIso = deps.clock.now().toISOString();
  const outcome = await deps.db.transaction().execute(async (trx) => {
    await lockCard(trx, deps.dialect, scope.key, cardId);
    const card = await findCard(trx, scope.key, cardId);
    if (!card) throw notFound();
    const answers = await listCardAnswers(trx, cardId);
    const mineBefore = answers.some((a) => a.user_id === auth.user.id);
    const partnerBefore = withPartner && answers.some((a) => a.user_id === auth.couple?.partnerId);
    if (mineBefore && !canChangeAnswer(partnerBefore, withPartner)) {
      throw new DomainError(
        'answer_locked',
        'Both of you have answered, so this answer is now kept as it is.',
      );
    }
    const settlesNow =
      card.settled_at === null && isSettled(withPartner, 1 + (partnerBefore ? 1 : 0));
    const revealedNow = withPartner && settlesNow;
    await upsertCardAnswer(trx, {
      card_id: cardId,
      user_id: auth.user.id,
      couple_id: scope.coupleId,
      visibility: scope.visibility,
      text,
      // Alone there is no reveal to wait for; completing a reveal means seeing it now.
      seen_at: !withPartner || revealedNow ? nowIso : null,
      nowIso,
    });
    if (settlesNow) await settleCard(trx, { cardId, nowIso, revealed: withPartner });
    // Shown as it stands right after this write: the reveal shows in one answer only.
    const view = await cardView({ db: trx, catalog: deps.catalog }, auth, {
      ...card,
      settled_at: settlesNow ? nowIso : card.settled_at,
      revealed_at: revealedNow ? nowIso : card.revealed_at,
    });
    return { firstAnswer: !mineBefore, revealedNow, view };
  });
  if (outcome.firstAnswer) {
    await publishToPartner(deps, auth, {
      type: outcome.revealedNow ? 'card.revealed' : 'card.partner',
      cardId,
    });
  }
  return outcome.view;
}

/**
 * "Not now": sets a card aside for me alone, with no penalty. Nothing about
 * it reaches my partner: no event, and nothing they can read changes.
 */
export async function skipCard(deps: DecksDeps, auth: AuthContext, cardId: string): Promise<Card> {
  const card = await requireCard(deps, auth, cardId);
  await insertSkip(deps.db, {
    cardId,
    userId: auth.user.id,
    nowIso: deps.clock.now().toISOString(),
  });
  return cardView(deps, auth, card);
}

/** Takes back a "not now". */
export async function unskipCard(
  deps: DecksDeps,
  auth: AuthContext,
  cardId: string,
): Promise<Card> {
  const card = await requireCard(deps, auth, cardId);
  await deleteSkip(deps.db, { cardId, userId: auth.user.id });
  return cardView(deps, auth, card);
}

/** Puts a card back into the deck, while nobody has written anything on it. */
export async function putBackCard(
  deps: DecksDeps,
  auth: AuthContext,
  cardId: string,
): Promise<void> {
  const scope = scopeOf(auth);
  await deps.db.transaction().execute(async (trx) => {
    await lockCard(trx, deps.dialect, scope.key, cardId);
    if (!(await findCard(trx, scope.key, cardId))) throw notFound();
    if (!canPutBack((await listCardAnswers(trx, cardId)).length)) {
      throw new DomainError(
        'answer_locked',
        'Someone has already answered this card, so it stays on the table.',
      );
    }
    await deleteCard(trx, cardId);
  });
  await publishToPartner(deps, auth, { type: 'deck.changed' });
}
