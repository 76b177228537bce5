/**
 * The daily question: one question per couple (or person alone) per day,
 * answered privately and revealed once both partners have answered.
 */
import { localDay } from '../../../core/calendar';
import { pickNextQuestion } from '../../../core/deck';
import { canChangeAnswer } from '../../../core/reveal';
import { canSeeRecord, type Viewer } from '../../../core/visibility';
import type {
  History,
  HistoryEntry,
  Question,
  TodayQuestion,
  Visibility,
} from '../../../shared/api';
import type { AnswerRow } from '../../db/types';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError, notFound } from '../../lib/errors';
import { newId } from '../../lib/tokens';
import type { ServiceDeps } from '../deps';
import {
  type DayRow,
  findDay,
  findLatestDayOfQuestion,
  insertAssignment,
  listAssignedQuestionIds,
  listHistoryDays,
  listHistoryEntries,
  lockDay,
  upsertAnswer,
} from './dialogue.repository';

interface Scope {
  key: string;
  coupleId: string | null;
  timeZone: string;
  visibility: Visibility;
}

/** The key of a deck: a couple's, or a person's own. The one place this is written. */
export function scopeKey(userId: string, coupleId: string | null): string {
  return coupleId === null ? `u:${userId}` : `c:${coupleId}`;
}

/** A couple shares one deck and one "today"; a person alone has their own. */
function scopeOf(auth: AuthContext): Scope {
  return auth.couple
    ? {
        key: scopeKey(auth.user.id, auth.couple.id),
        coupleId: auth.couple.id,
        timeZone: auth.couple.timeZone,
        visibility: 'reveal-together',
      }
    : {
        key: scopeKey(auth.user.id, null),
        coupleId: null,
        timeZone: auth.user.timeZone,
        visibility: 'private',
      };
}

/** The key of the deck a person answers in: their couple's, or their own. */
export function scopeKeyOf(auth: AuthContext): string {
  return scopeOf(auth).key;
}

function viewerOf(auth: AuthContext): Viewer {
  return { userId: auth.user.id, coupleId: auth.couple?.id ?? null };
}

const RETIRED_QUESTION_TEXT = 'A question that is no longer in the deck';

function presentQuestion(deps: Pick<ServiceDeps, 'catalog'>, questionId: string): Question {
  const item = deps.catalog.questions.get(questionId);
  return item
    ? { id: item.id, text: item.text, kinds: item.kinds, depth: item.depth }
    : { id: questionId, text: RETIRED_QUESTION_TEXT, kinds: ['emotional'], depth: 'light' };
}

interface AnswerLike {
  userId: string;
  coupleId: string | null;
  visibility: Visibility;
  text: string;
  updatedAt: string;
}

/** Applies the visibility rule and shapes what leaves the server for one day. */
function presentDay(
  deps: Pick<ServiceDeps, 'catalog'>,
  auth: AuthContext,
  input: {
    day: string;
    questionId: string;
    visibility: Visibility;
    answers: AnswerLike[];
    withPartner: boolean;
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
    question: presentQuestion(deps, input.questionId),
    visibility: input.visibility,
    mine: mine && visible(mine) ? { text: mine.text, updatedAt: mine.updatedAt } : null,
    partner: theirs && visible(theirs) ? { text: theirs.text } : null,
    partnerAnswered: theirs !== undefined,
    revealed: input.withPartner && bothAnswered,
    withPartner: input.withPartner,
  };
}

function answersFromDayRows(rows: DayRow[]): AnswerLike[] {
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

function toToday(entry: HistoryEntry, auth: AuthContext): TodayQuestion {
  return {
    day: entry.day,
    question: entry.question,
    visibility: entry.visibility,
    mine: entry.mine,
    partnerAnswered: entry.partnerAnswered,
    partner: entry.partner,
    revealed: entry.revealed,
    partnerName: auth.couple?.partnerName ?? null,
  };
}

/** Today's question for the person asking, assigning it on the first visit of the day. */
export async function getTodayQuestion(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'catalog'>,
  auth: AuthContext,
): Promise<TodayQuestion> {
  const scope = scopeOf(auth);
  const day = localDay(deps.clock.now(), scope.timeZone);
  let rows = await findDay(deps.db, scope.key, day);
  if (rows.length === 0) {
    const history = await listAssignedQuestionIds(deps.db, scope.key);
    const questionId = pickNextQuestion(deps.catalog.questionDeck, history, scope.key);
    await insertAssignment(deps.db, {
      scope: scope.key,
      day,
      questionId,
      nowIso: deps.clock.now().toISOString(),
    });
    rows = await findDay(deps.db, scope.key, day);
  }
  const questionId = (rows[0] as DayRow).question_id;
  const entry = presentDay(deps, auth, {
    day,
    questionId,
    visibility: scope.visibility,
    answers: answersFromDayRows(rows),
    withPartner: scope.coupleId !== null,
  });
  return toToday(entry, auth);
}

/**
 * Saves or updates my answer to a question given to my scope. Locked once both
 * have answered. The day's row is locked for the transaction, so two partners
 * answering at once are serialised: neither answer is lost, and the reveal
 * happens exactly once, after both are stored.
 */
export async function answerQuestion(
  deps: Pick<ServiceDeps, 'db' | 'dialect' | 'clock' | 'catalog' | 'bus'>,
  auth: AuthContext,
  questionId: string,
  text: string,
): Promise<TodayQuestion> {
  const scope = scopeOf(auth);
  const withPartner = scope.coupleId !== null;
  const day = await findLatestDayOfQuestion(deps.db, scope.key, questionId);
  if (!day) throw notFound();
  const nowIso = deps.clock.now().toISOString();
  const outcome = await deps.db.transaction().execute(async (trx) => {
    await lockDay(trx, deps.dialect, scope.key, day);
    const rows = await findDay(trx, scope.key, day);
    if (rows.length === 0) throw notFound();
    const before = answersFromDayRows(rows);
    const mineBefore = before.find((a) => a.userId === auth.user.id);
    const partnerBefore = withPartner
      ? before.find((a) => a.userId === auth.couple?.partnerId)
      : undefined;
    if (mineBefore && !canChangeAnswer(partnerBefore !== undefined, withPartner)) {
      throw new DomainError(
        'answer_locked',
        'Both of you have answered, so this answer is now kept as it is.',
      );
    }
    await upsertAnswer(trx, {
      id: newId(),
      user_id: auth.user.id,
      scope: scope.key,
      day,
      question_id: questionId,
      couple_id: scope.coupleId,
      visibility: scope.visibility,
      text,
      nowIso,
    });
    const mine: AnswerLike = {
      userId: auth.user.id,
      coupleId: mineBefore?.coupleId ?? scope.coupleId,
      visibility: mineBefore?.visibility ?? scope.visibility,
      text,
      updatedAt: nowIso,
    };
    const after = [...before.filter((a) => a.userId !== auth.user.id), mine];
    return {
      firstAnswer: mineBefore === undefined,
      revealedNow: partnerBefore !== undefined,
      after,
    };
  });
  if (auth.couple && outcome.firstAnswer) {
    const event = outcome.revealedNow ? ('answer.revealed' as const) : ('answer.partner' as const);
    await deps.bus.publish(
      [auth.couple.partnerId],
      { type: event, questionId, day },
      auth.couple.id,
    );
  }
  return toToday(
    presentDay(deps, auth, {
      day,
      questionId,
      visibility: scope.visibility,
      answers: outcome.after,
      withPartner,
    }),
    auth,
  );
}

function answerLikeFromRow(row: AnswerRow): AnswerLike {
  return {
    userId: row.user_id,
    coupleId: row.couple_id,
    visibility: row.visibility,
    text: row.text,
    updatedAt: row.updated_at,
  };
}

/** Past questions and answers, newest first, a page of days at a time. */
export async function getHistory(
  deps: Pick<ServiceDeps, 'db' | 'catalog'>,
  auth: AuthContext,
  page: { before: string | undefined; limit: number },
): Promise<History> {
  const scope = scopeOf(auth);
  const before = page.before ?? '9999-12-31';
  const days = await listHistoryDays(deps.db, {
    scope: scope.key,
    userId: auth.user.id,
    before,
    limit: page.limit + 1,
  });
  const pageDays = days.slice(0, page.limit);
  const { keys, answers } = await listHistoryEntries(deps.db, {
    scope: scope.key,
    userId: auth.user.id,
    days: pageDays,
  });
  const entries = keys
    .map((key) => {
      const forKey = answers
        .filter((a) => a.scope === key.scope && a.day === key.day)
        .map(answerLikeFromRow);
      const isCurrent = key.scope === scope.key;
      return presentDay(deps, auth, {
        day: key.day,
        questionId: key.question_id,
        visibility: isCurrent
          ? scope.visibility
          : (forKey.find((a) => a.userId === auth.user.id)?.visibility ?? 'private'),
        answers: isCurrent ? forKey : forKey.filter((a) => a.userId === auth.user.id),
        withPartner: isCurrent && scope.coupleId !== null,
      });
    })
    .sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
  return {
    entries,
    nextBefore: days.length > page.limit ? (pageDays[pageDays.length - 1] ?? null) : null,
  };
}
