/**
 * After a reveal, a reveal is never a dead end: each partner can leave one
 * warm reaction on the pair of answers and mark it "let's talk about this in
 * person". Both apply to deck cards and to the daily question, exist only
 * after the reveal (before it, the same "not found" as nothing at all), and
 * belong to the couple they were left in. Either partner can mark something
 * talked about, which clears it from the list for both.
 */
import { canReactTo, type Reaction } from '../../../core/reactions';
import type { LiveEvent } from '../../../shared/api';
import type { Card, DayReactions, TalkItem, TalkList } from '../../../shared/decks-api';
import type { AuthContext } from '../../lib/auth-context';
import { notFound } from '../../lib/errors';
import { revealedDaysOf } from '../dialogue/dialogue.queries';
import { cardView, type DecksDeps, publishToPartner, requireCard } from './card-view';
import { cardQuestion, contentQuestion, presentReactions, scopeOf } from './decks.present';
import { type CardRow, findCards, findOwnQuestions } from './decks.repository';
import {
  clearTalk,
  listReactions,
  listTalkMarks,
  type Subject,
  saveReaction,
} from './reactions.repository';

/** How many things to talk about are listed at most. */
const TALK_LIST_LIMIT = 50;

export type ReactionChange =
  | { reaction: Reaction | null }
  | { talk: boolean }
  | { clearTalk: true };

async function apply(
  deps: DecksDeps,
  auth: AuthContext,
  subject: Subject,
  change: ReactionChange,
  event: LiveEvent,
): Promise<void> {
  const nowIso = deps.clock.now().toISOString();
  if ('clearTalk' in change) await clearTalk(deps.db, subject, nowIso);
  else
    await saveReaction(deps.db, {
      subject,
      userId: auth.user.id,
      change:
        'reaction' in change
          ? { reaction: change.reaction }
          : { talkAt: change.talk ? nowIso : null },
      nowIso,
    });
  await publishToPartner(deps, auth, event);
}

/** A revealed card of my couple; before the reveal it is the same as one that does not exist. */
async function revealedCard(deps: DecksDeps, auth: AuthContext, cardId: string): Promise<CardRow> {
  const card = await requireCard(deps, auth, cardId);
  const revealed = card.revealed_at !== null;
  if (!canReactTo({ revealed, sharedIn: card.couple_id, viewerCouple: auth.couple?.id ?? null }))
    throw notFound();
  return card;
}

export async function changeCardReaction(
  deps: DecksDeps,
  auth: AuthContext,
  cardId: string,
  change: ReactionChange,
): Promise<Card> {
  const card = await revealedCard(deps, auth, cardId);
  const subject: Subject = { coupleId: card.couple_id ?? '', kind: 'card', id: card.id };
  await apply(deps, auth, subject, change, { type: 'card.reaction', cardId });
  return cardView(deps, auth, card);
}

/** A day of my couple's daily question that both of us answered; any other is "not found". */
async function revealedDay(
  deps: Pick<DecksDeps, 'db'>,
  auth: AuthContext,
  day: string,
): Promise<{ subject: Subject; questionId: string }> {
  const couple = auth.couple;
  if (!couple) throw notFound();
  const revealed = await revealedDaysOf(deps.db, {
    scope: scopeOf(auth).key,
    userIds: [auth.user.id, couple.partnerId],
    days: [day],
  });
  const questionId = revealed.get(day);
  if (!questionId) throw notFound();
  return { subject: { coupleId: couple.id, kind: 'day', id: day }, questionId };
}

export async function getDayReactions(
  deps: Pick<DecksDeps, 'db'>,
  auth: AuthContext,
  day: string,
): Promise<DayReactions> {
  const { subject } = await revealedDay(deps, auth, day);
  return { day, ...presentReactions(auth, await listReactions(deps.db, subject)) };
}

export async function changeDayReaction(
  deps: DecksDeps,
  auth: AuthContext,
  day: string,
  change: ReactionChange,
): Promise<DayReactions> {
  const { subject } = await revealedDay(deps, auth, day);
  await apply(deps, auth, subject, change, { type: 'day.reaction', day });
  return getDayReactions(deps, auth, day);
}

/**
 * What either of us marked "let's talk about this", newest first, until one
 * of us marks it talked about. Only this couple's, only revealed things.
 */
export async function getTalkList(
  deps: Pick<DecksDeps, 'db' | 'catalog'>,
  auth: AuthContext,
): Promise<TalkList> {
  const couple = auth.couple;
  if (!couple) return { items: [] };
  const scope = scopeOf(auth);
  const marks = await listTalkMarks(deps.db, couple.id, TALK_LIST_LIMIT);
  const keys = [...new Set(marks.map((m) => `${m.subject_kind}:${m.subject_id}`))].slice(
    0,
    TALK_LIST_LIMIT,
  );
  const idsOf = (kind: string) =>
    keys.filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1));
  const cards = await findCards(deps.db, scope.key, idsOf('card'));
  const [own, days] = await Promise.all([
    findOwnQuestions(
      deps.db,
      scope.key,
      cards.flatMap((c) => (c.own_question_id ? [c.own_question_id] : [])),
    ),
    revealedDaysOf(deps.db, {
      scope: scope.key,
      userIds: [auth.user.id, couple.partnerId],
      days: idsOf('day'),
    }),
  ]);
  const ownById = new Map(own.map((q) => [q.id, q]));
  const markedBy = (kind: string, id: string) => {
    const of = marks.filter((m) => m.subject_kind === kind && m.subject_id === id);
    return {
      mine: of.some((m) => m.user_id === auth.user.id),
      partner: of.some((m) => m.user_id === couple.partnerId),
    };
  };
  const items = keys.flatMap((key): TalkItem[] => {
    const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    if (kind === 'card') {
      const card = cards.find((c) => c.id === id && c.revealed_at !== null);
      if (!card) return [];
      const question = cardQuestion(deps.catalog, auth, card, ownById);
      return [{ kind: 'card', cardId: id, question, ...markedBy(kind, id) }];
    }
    const questionId = days.get(id);
    if (!questionId) return [];
    const question = contentQuestion(deps.catalog, questionId, false);
    return [{ kind: 'day', day: id, question, ...markedBy(kind, id) }];
  });
  return { items };
}
