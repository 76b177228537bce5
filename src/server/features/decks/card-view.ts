/** One card as its reader sees it, and the ids-only events that tell the partner to look again. */
import type { LiveEvent } from '../../../shared/api';
import type { Card } from '../../../shared/decks-api';
import type { AuthContext } from '../../lib/auth-context';
import { notFound } from '../../lib/errors';
import type { ServiceDeps } from '../deps';
import { cardQuestion, presentCard, scopeOf } from './decks.present';
import {
  type CardRow,
  findCard,
  findOwnQuestions,
  listCardAnswers,
  listMySkips,
} from './decks.repository';
import { listReactions } from './reactions.repository';

export type DecksDeps = Pick<ServiceDeps, 'db' | 'dialect' | 'clock' | 'catalog' | 'bus'>;

/** A card of my couple (or mine, alone); anyone else's is the same as one that does not exist. */
export async function requireCard(
  deps: Pick<ServiceDeps, 'db'>,
  auth: AuthContext,
  cardId: string,
): Promise<CardRow> {
  const card = await findCard(deps.db, scopeOf(auth).key, cardId);
  if (!card) throw notFound();
  return card;
}

/** The card in full, after the visibility rule; reactions only once it is revealed. */
export async function cardView(
  deps: Pick<DecksDeps, 'db' | 'catalog'>,
  auth: AuthContext,
  card: CardRow,
): Promise<Card> {
  const [answers, skips, own, reactions] = await Promise.all([
    listCardAnswers(deps.db, card.id),
    listMySkips(deps.db, auth.user.id, [card.id]),
    card.own_question_id
      ? findOwnQuestions(deps.db, card.scope, [card.own_question_id])
      : Promise.resolve([]),
    card.revealed_at !== null && card.couple_id !== null
      ? listReactions(deps.db, { coupleId: card.couple_id, kind: 'card', id: card.id })
      : Promise.resolve([]),
  ]);
  return presentCard(deps.catalog, auth, {
    card,
    question: cardQuestion(deps.catalog, auth, card, new Map(own.map((q) => [q.id, q]))),
    answers,
    skipped: skips.has(card.id),
    reactions,
  });
}

/** Tells my partner (only them, only while we are a couple) to refetch. */
export async function publishToPartner(
  deps: Pick<DecksDeps, 'bus'>,
  auth: AuthContext,
  event: LiveEvent,
): Promise<void> {
  if (!auth.couple) return;
  await deps.bus.publish([auth.couple.partnerId], event, auth.couple.id);
}
