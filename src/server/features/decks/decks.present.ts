/**
 * How cards leave the server: the visibility rule applied to each answer,
 * the question in the words that fit (a journal's own words when alone),
 * and my own "not now" — never anyone else's.
 */
import type { Catalog } from '../../../content/load';
import type { DrawableQuestion } from '../../../core/decks';
import { canPutBack, OWN_DECK_ID } from '../../../core/decks';
import { reactionOf } from '../../../core/reactions';
import { canSeeRecord, type Viewer } from '../../../core/visibility';
import type { Visibility } from '../../../shared/api';
import type {
  Card,
  CardQuestion,
  CardSummary,
  DeckSummary,
  ReactionState,
} from '../../../shared/decks-api';
import type { AuthContext } from '../../lib/auth-context';
import { scopeKey } from '../dialogue/dialogue.service';
import type { AnswerMark, CardAnswerRow, CardRow, OwnQuestionRow } from './decks.repository';
import type { ReactionRow } from './reactions.repository';

export interface Scope {
  key: string;
  coupleId: string | null;
  visibility: Visibility;
}

/** A couple shares its cards; a person alone keeps theirs as a private journal. */
export function scopeOf(auth: AuthContext): Scope {
  const coupleId = auth.couple?.id ?? null;
  return {
    key: scopeKey(auth.user.id, coupleId),
    coupleId,
    visibility: coupleId ? 'reveal-together' : 'private',
  };
}

const REMOVED_QUESTION_TEXT = 'A question that is no longer in the deck';
const OWN_DECK = {
  couple: {
    title: 'Our own questions',
    description: 'Questions the two of you wrote. Only you two can see them.',
  },
  solo: {
    title: 'My own questions',
    description: 'Questions you wrote for yourself. Only you can see them.',
  },
};

export function isKnownDeck(catalog: Catalog, deckId: string): boolean {
  return deckId === OWN_DECK_ID || catalog.deckQuestions.has(deckId);
}

export function deckTitleOf(catalog: Catalog, deckId: string, withPartner: boolean): string {
  if (deckId === OWN_DECK_ID) return OWN_DECK[withPartner ? 'couple' : 'solo'].title;
  return catalog.decks.find((d) => d.id === deckId)?.title ?? REMOVED_QUESTION_TEXT;
}

/** A content deck's questions as the picker sees them. */
export function drawableOf(catalog: Catalog, deckId: string): DrawableQuestion[] {
  return (catalog.deckQuestions.get(deckId) ?? []).flatMap((id) => {
    const item = catalog.questions.get(id);
    return item ? [{ id, depth: item.depth }] : [];
  });
}

/** A content question in the words that fit: a journal's own words when alone. */
export function contentQuestion(catalog: Catalog, id: string, journal: boolean): CardQuestion {
  const item = catalog.questions.get(id);
  if (!item) return { id, text: REMOVED_QUESTION_TEXT, kinds: [], depth: null, writtenBy: null };
  return {
    id,
    text: journal ? (item.solo ?? item.text) : item.text,
    kinds: [...item.kinds],
    depth: item.depth,
    writtenBy: null,
  };
}

export function ownQuestion(row: OwnQuestionRow, auth: AuthContext): CardQuestion {
  return {
    id: row.id,
    text: row.text,
    kinds: [],
    depth: null,
    writtenBy: row.author_id === auth.user.id ? 'me' : 'partner',
  };
}

/** The question on a card; an own question its author has since removed reads as such. */
export function cardQuestion(
  catalog: Catalog,
  auth: AuthContext,
  card: Pick<CardRow, 'question_id' | 'own_question_id' | 'couple_id'>,
  own: ReadonlyMap<string, OwnQuestionRow>,
): CardQuestion {
  if (card.question_id) return contentQuestion(catalog, card.question_id, card.couple_id === null);
  const row = card.own_question_id ? own.get(card.own_question_id) : undefined;
  if (row) return ownQuestion(row, auth);
  return { id: 'removed', text: REMOVED_QUESTION_TEXT, kinds: [], depth: null, writtenBy: null };
}

function viewerOf(auth: AuthContext): Viewer {
  return { userId: auth.user.id, coupleId: auth.couple?.id ?? null };
}

/** Where a card stands for me: my answer yes/no, my partner's yes/no, revealed, my own "not now". */
export function presentSummary(
  auth: AuthContext,
  card: CardRow,
  question: CardQuestion,
  marks: readonly AnswerMark[],
  mySkips: ReadonlySet<string>,
): CardSummary {
  const withPartner = card.couple_id !== null && card.couple_id === auth.couple?.id;
  const mine = marks.some((m) => m.card_id === card.id && m.user_id === auth.user.id);
  const partnerId = withPartner ? auth.couple?.partnerId : undefined;
  const theirs =
    partnerId !== undefined && marks.some((m) => m.card_id === card.id && m.user_id === partnerId);
  return {
    id: card.id,
    deckId: card.deck_id,
    question,
    answered: mine,
    partnerAnswered: theirs,
    revealed: withPartner && mine && theirs,
    // Set aside and then answered is simply answered.
    skipped: mySkips.has(card.id) && !mine,
    withPartner,
  };
}

export function presentReactions(auth: AuthContext, rows: readonly ReactionRow[]): ReactionState {
  const mine = rows.find((r) => r.user_id === auth.user.id);
  const theirs = rows.find((r) => r.user_id === auth.couple?.partnerId);
  return {
    mine: reactionOf(mine?.reaction ?? null),
    partner: reactionOf(theirs?.reaction ?? null),
    talk: { mine: Boolean(mine?.talk_at), partner: Boolean(theirs?.talk_at) },
  };
}

/** One card in full: the visibility rule decides which answers leave the server. */
export function presentCard(
  catalog: Catalog,
  auth: AuthContext,
  input: {
    card: CardRow;
    question: CardQuestion;
    answers: readonly CardAnswerRow[];
    skipped: boolean;
    reactions: readonly ReactionRow[];
  },
): Card {
  const { card, answers } = input;
  const marks = answers.map((a) => ({ card_id: a.card_id, user_id: a.user_id }));
  const summary = presentSummary(
    auth,
    card,
    input.question,
    marks,
    input.skipped ? new Set([card.id]) : new Set(),
  );
  const viewer = viewerOf(auth);
  const visible = (a: CardAnswerRow | undefined): a is CardAnswerRow =>
    a !== undefined &&
    canSeeRecord(
      viewer,
      { ownerId: a.user_id, coupleId: a.couple_id, visibility: a.visibility },
      summary.revealed,
    );
  const mine = answers.find((a) => a.user_id === auth.user.id);
  const theirs = summary.withPartner
    ? answers.find((a) => a.user_id === auth.couple?.partnerId)
    : undefined;
  return {
    ...summary,
    deckTitle: deckTitleOf(catalog, card.deck_id, summary.withPartner),
    visibility: card.couple_id ? 'reveal-together' : 'private',
    partnerName: summary.withPartner ? (auth.couple?.partnerName ?? null) : null,
    mine: visible(mine) ? { text: mine.text, updatedAt: mine.updated_at } : null,
    partner: visible(theirs) ? { text: theirs.text } : null,
    together: card.together === 1,
    canPutBack: canPutBack(answers.length),
    reactions: summary.revealed ? presentReactions(auth, input.reactions) : null,
  };
}

/** A deck's summary from its questions and the scope's cards in it. */
export function presentDeck(input: {
  id: string;
  title: string;
  description: string;
  kinds: DeckSummary['kinds'];
  own: boolean;
  questions: readonly DrawableQuestion[];
  drawnIds: ReadonlySet<string>;
  counts: { drawn: number; settled: number } | undefined;
}): DeckSummary {
  const undrawn = input.questions.filter((q) => !input.drawnIds.has(q.id));
  const ofDepth = (depth: string) => undrawn.filter((q) => q.depth === depth).length;
  return {
    id: input.id,
    title: input.title,
    description: input.description,
    kinds: input.kinds,
    own: input.own,
    questionCount: input.questions.length,
    drawn: input.counts?.drawn ?? 0,
    settled: input.counts?.settled ?? 0,
    undrawn: {
      any: undrawn.length,
      light: ofDepth('light'),
      deeper: ofDepth('deeper'),
      deepest: ofDepth('deepest'),
    },
  };
}

export function ownDeckText(withPartner: boolean): { title: string; description: string } {
  return OWN_DECK[withPartner ? 'couple' : 'solo'];
}
