/**
 * Sitting together on one device: nothing is stored while the couple writes
 * and reads; only when both agreed are the two answers kept, as a revealed
 * card of the couple.
 */
import { OWN_DECK_ID } from '../../../core/decks';
import type { Card, TogetherBody } from '../../../shared/decks-api';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError, notFound } from '../../lib/errors';
import { newId } from '../../lib/tokens';
import { cardView, type DecksDeps, publishToPartner } from './card-view';
import { scopeOf } from './decks.present';
import {
  type CardRow,
  findOwnQuestions,
  insertCard,
  lockScope,
  nextPosition,
  upsertCardAnswer,
} from './decks.repository';
import { requireDeck } from './decks.service';

/**
 * Keeps what two partners answered side by side on one device, once both
 * agreed: a revealed card of the couple, each answer attributed to the
 * partner who typed it there. Only for a couple; nothing is stored otherwise.
 */
export async function keepTogether(
  deps: DecksDeps,
  auth: AuthContext,
  body: TogetherBody,
): Promise<Card> {
  const couple = auth.couple;
  if (!couple) throw new DomainError('not_linked', 'You are not linked with a partner right now.');
  requireDeck(deps, body.deckId);
  const scope = scopeOf(auth);
  const nowIso = deps.clock.now().toISOString();
  const ownId = body.deckId === OWN_DECK_ID ? body.questionId : null;
  const questionId = body.deckId === OWN_DECK_ID ? null : body.questionId;
  if (questionId !== null && !deps.catalog.deckQuestions.get(body.deckId)?.includes(questionId))
    throw notFound();
  const card = await deps.db.transaction().execute(async (trx) => {
    await lockScope(trx, deps.dialect, scope.key);
    if (ownId !== null && (await findOwnQuestions(trx, scope.key, [ownId])).length === 0)
      throw notFound();
    const row: CardRow = {
      id: newId(),
      scope: scope.key,
      couple_id: couple.id,
      position: await nextPosition(trx, scope.key),
      deck_id: body.deckId,
      question_id: questionId,
      own_question_id: ownId,
      together: 1,
      drawn_at: nowIso,
      settled_at: nowIso,
      revealed_at: nowIso,
    };
    await insertCard(trx, row);
    // Both read them together on the device: the reveal is seen by both.
    for (const [userId, text] of [
      [auth.user.id, body.mine],
      [couple.partnerId, body.partner],
    ] as const) {
      await upsertCardAnswer(trx, {
        card_id: row.id,
        user_id: userId,
        couple_id: couple.id,
        visibility: 'reveal-together',
        text,
        seen_at: nowIso,
        nowIso,
      });
    }
    return row;
  });
  await publishToPartner(deps, auth, { type: 'deck.changed' });
  return cardView(deps, auth, card);
}
