/**
 * A couple's own questions ("Our own questions"): both partners see them and
 * can draw them; each deletes only what they wrote. They belong to the couple
 * they were written in: after an unlink nobody is shown them again, neither
 * the former partner nor a next one. Alone, they are a person's own.
 */
import { MAX_OWN_QUESTIONS } from '../../../core/decks';
import type { OwnQuestions } from '../../../shared/decks-api';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError, notFound } from '../../lib/errors';
import { newId } from '../../lib/tokens';
import { type DecksDeps, publishToPartner } from './card-view';
import { scopeOf } from './decks.present';
import {
  countOwnQuestions,
  deleteOwnQuestion,
  insertOwnQuestion,
  listOwnQuestions,
  lockScope,
} from './decks.repository';

export async function getOwnQuestions(
  deps: Pick<DecksDeps, 'db'>,
  auth: AuthContext,
): Promise<OwnQuestions> {
  const rows = await listOwnQuestions(deps.db, scopeOf(auth).key);
  return {
    questions: rows.map((row) => ({
      id: row.id,
      text: row.text,
      writtenBy: row.author_id === auth.user.id ? 'me' : 'partner',
    })),
    max: MAX_OWN_QUESTIONS,
  };
}

export async function addOwnQuestion(
  deps: DecksDeps,
  auth: AuthContext,
  text: string,
): Promise<OwnQuestions> {
  const scope = scopeOf(auth);
  await deps.db.transaction().execute(async (trx) => {
    await lockScope(trx, deps.dialect, scope.key);
    if ((await countOwnQuestions(trx, scope.key)) >= MAX_OWN_QUESTIONS) {
      throw new DomainError(
        'limit_reached',
        `Your own deck holds up to ${MAX_OWN_QUESTIONS} questions. Remove one to add another.`,
      );
    }
    await insertOwnQuestion(trx, {
      id: newId(),
      scope: scope.key,
      couple_id: scope.coupleId,
      author_id: auth.user.id,
      text,
      created_at: deps.clock.now().toISOString(),
    });
  });
  await publishToPartner(deps, auth, { type: 'deck.changed' });
  return getOwnQuestions(deps, auth);
}

/** Removes a question I wrote; my partner's, or anyone else's, is the same as one that does not exist. */
export async function removeOwnQuestion(
  deps: DecksDeps,
  auth: AuthContext,
  id: string,
): Promise<OwnQuestions> {
  const removed = await deleteOwnQuestion(deps.db, {
    scope: scopeOf(auth).key,
    authorId: auth.user.id,
    id,
  });
  if (!removed) throw notFound();
  await publishToPartner(deps, auth, { type: 'deck.changed' });
  return getOwnQuestions(deps, auth);
}
