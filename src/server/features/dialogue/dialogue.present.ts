/**
 * How a day of the daily question leaves the server: the visibility rule
 * applied to each answer, the question in the words that fit (a journal's own
 * words when alone), my own "not now", and how deep the questions to come go.
 */
import type { Catalog } from '../../../content/load';
import type { DeckCard } from '../../../core/deck';
import {
  DEFAULT_DEPTH_CHOICE,
  type DepthChoice,
  nextDepthToOpen,
  openDepths,
} from '../../../core/question-moment';
import { canSeeRecord, type Viewer } from '../../../core/visibility';
import type {
  HistoryEntry,
  Question,
  QuestionDeck,
  TodayQuestion,
  Visibility,
} from '../../../shared/api';
import type { AnswerRow } from '../../db/types';
import type { AuthContext } from '../../lib/auth-context';
import type { ServiceDeps } from '../deps';
import type { DayRow } from './dialogue.repository';

export interface Scope {
  key: string;
  coupleId: string | null;
  timeZone: string;
  visibility: Visibility;
}

function viewerOf(auth: AuthContext): Viewer {
  return { userId: auth.user.id, coupleId: auth.couple?.id ?? null };
}

/** A deck of one person alone: its questions are worded for a journal. */
export function isJournalScope(key: string): boolean {
  return key.startsWith('u:');
}

const RETIRED_QUESTION_TEXT = 'A question that is no longer in the deck';

/**
 * A question as a person reads it: in a journal (alone, or a day given while
 * alone) its solo words, which never speak to a partner who is not there.
 */
export function presentQuestion(
  deps: Pick<ServiceDeps, 'catalog'>,
  questionId: string,
  journal: boolean,
): Question {
  const item = deps.catalog.questions.get(questionId);
  if (!item)
    return { id: questionId, text: RETIRED_QUESTION_TEXT, kinds: ['emotional'], depth: 'light' };
  const text = journal ? (item.solo ?? item.text) : item.text;
  return { id: item.id, text, kinds: item.kinds, depth: item.depth };
}

const deckCache = new WeakMap<Catalog, DeckCard[]>();

/** The deck as the picker sees it: ids and depths. */
export function deckCards(catalog: Catalog): DeckCard[] {
  let cards = deckCache.get(catalog);
  if (!cards) {
    cards = catalog.questionDeck.flatMap((id) => {
      const item = catalog.questions.get(id);
      return item ? [{ id, depth: item.depth }] : [];
    });
    deckCache.set(catalog, cards);
  }
  return cards;
}

/** How deep the questions to come may go, for the person asking. */
export function presentDeck(choice: DepthChoice | null, answeredDays: number): QuestionDeck {
  const next = nextDepthToOpen(answeredDays);
  return {
    choice: choice ?? DEFAULT_DEPTH_CHOICE,
    open: openDepths(answeredDays),
    next: next ? { ...next, done: Math.min(answeredDays, next.after) } : null,
  };
}

export interface AnswerLike {
  userId: string;
  coupleId: string | null;
  visibility: Visibility;
  text: string;
  updatedAt: string;
}

/** Applies the visibility rule and shapes what leaves the server for one day. */
export function presentDay(
  deps: Pick<ServiceDeps, 'catalog'>,
  auth: AuthContext,
  input: {
    day: string;
    questionId: string;
    visibility: Visibility;
    answers: AnswerLike[];
    withPartner: boolean;
    /** Given to the person alone: worded for a journal. */
    journal: boolean;
  },
): HistoryEntry {
  const viewer = viewerOf(auth);
  const mine = input.answers.find((a) => a.userId === auth.user.id);
  const partnerId = input.withPartner ? auth.couple?.partnerId : undefined;
  const theirs = partnerId ? input.answers.find((a) => a.userId === partnerId) : undefined;
  const bothAnswered = mine !== undefined && theirs !== undefined;
  const visible = (a: AnswerLike | undefined): boolean =>
    a !== undefined &&
    canSeeRecord(
      viewer,
      { ownerId: a.userId, coupleId: a.coupleId, visibility: a.visibility },
      bothAnswered,
    );
  return {
    day: input.day,
    question: presentQuestion(deps, input.questionId, input.journal),
    visibility: input.visibility,
    mine: mine && visible(mine) ? { text: mine.text, updatedAt: mine.updatedAt } : null,
    partner: theirs && visible(theirs) ? { text: theirs.text } : null,
    partnerAnswered: theirs !== undefined,
    revealed: input.withPartner && bothAnswered,
    withPartner: input.withPartner,
  };
}

export function answersFromDayRows(rows: DayRow[]): AnswerLike[] {
  const out: AnswerLike[] = [];
  for (const r of rows) {
    if (r.answer_user_id === null || r.answer_text === null) continue;
    out.push({
      userId: r.answer_user_id,
      coupleId: r.answer_couple_id,
      visibility: r.answer_visibility ?? 'private',
      text: r.answer_text,
      updatedAt: r.answer_updated_at ?? '',
    });
  }
  return out;
}

export interface Moment {
  skipped: boolean;
  deck: QuestionDeck;
}

export function toToday(entry: HistoryEntry, auth: AuthContext, moment: Moment): TodayQuestion {
  return {
    day: entry.day,
    question: entry.question,
    visibility: entry.visibility,
    mine: entry.mine,
    partnerAnswered: entry.partnerAnswered,
    partner: entry.partner,
    revealed: entry.revealed,
    partnerName: auth.couple?.partnerName ?? null,
    // Set aside and then answered is simply answered.
    skipped: moment.skipped && entry.mine === null,
    deck: moment.deck,
  };
}

/** One day of my deck as I see it, from its stored rows. */
export function presentTodayOf(
  deps: Pick<ServiceDeps, 'catalog'>,
  auth: AuthContext,
  scope: Scope,
  day: string,
  rows: DayRow[],
  moment: Moment,
): TodayQuestion {
  const entry = presentDay(deps, auth, {
    day,
    questionId: (rows[0] as DayRow).question_id,
    visibility: scope.visibility,
    answers: answersFromDayRows(rows),
    withPartner: scope.coupleId !== null,
    journal: isJournalScope(scope.key),
  });
  return toToday(entry, auth, moment);
}

export function answerLikeFromRow(row: AnswerRow): AnswerLike {
  return {
    userId: row.user_id,
    coupleId: row.couple_id,
    visibility: row.visibility,
    text: row.text,
    updatedAt: row.updated_at,
  };
}
