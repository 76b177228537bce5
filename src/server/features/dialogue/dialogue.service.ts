/**
 * The daily question: one question per couple (or person alone) per day,
 * answered privately and revealed once both partners have answered. It fits
 * the moment: light at first, deeper with use or by the deck's choice, and
 * any day's question can be set aside ("not now") by one person, unseen.
 */
import { localDay } from '../../../core/calendar';
import { pickNextQuestion } from '../../../core/deck';
import {
  DEFAULT_DEPTH_CHOICE,
  type DepthChoice,
  depthsToDraw,
} from '../../../core/question-moment';
import { canChangeAnswer } from '../../../core/reveal';
import type { History, TodayQuestion } from '../../../shared/api';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError, notFound } from '../../lib/errors';
import { newId } from '../../lib/tokens';
import type { ServiceDeps } from '../deps';
import {
  type AnswerLike,
  answerLikeFromRow,
  answersFromDayRows,
  deckCards,
  isJournalScope,
  type Moment,
  presentDay,
  presentDeck,
  presentTodayOf,
  type Scope,
  toToday,
} from './dialogue.present';
import {
  answerDay,
  deleteSkip,
  findDay,
  findLatestDayOfQuestion,
  findMoment,
  insertAssignment,
  insertSkip,
  listAssignedQuestionIds,
  listHistoryDays,
  listHistoryEntries,
  type MomentFound,
  upsertDepthChoice,
} from './dialogue.repository';

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

/** My own marks on a day of my deck, and how deep the deck's questions may go. */
async function momentOf(
  deps: Pick<ServiceDeps, 'db'>,
  auth: AuthContext,
  scope: Scope,
  day: string,
): Promise<Moment & MomentFound> {
  const found = await findMoment(deps.db, {
    userId: auth.user.id,
    scope: scope.key,
    day,
    withPartner: scope.coupleId !== null,
  });
  return withDeck(found);
}

/** A moment as read, with the deck it opens. */
function withDeck(found: MomentFound): Moment & MomentFound {
  return { ...found, deck: presentDeck(found.choice, found.answeredDays) };
}

/**
 * What the route keeps a person's reply of today's question by, besides the
 * person: the deck and the day (what the time changes), and the routing.
 */
export function todayQuestionKey(deps: Pick<ServiceDeps, 'clock'>, auth: AuthContext): string {
  const scope = scopeOf(auth);
  return `${scope.key}|${localDay(deps.clock.now(), scope.timeZone)}|${auth.route}`;
}

/**
 * Today's question for the person asking, assigning it on the first visit of
 * the day: from the depths the deck's use has opened, steered by its choice.
 * Nobody's skips take part in choosing, so a partner can never read one from
 * the questions they get.
 */
export async function getTodayQuestion(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'catalog'>,
  auth: AuthContext,
): Promise<TodayQuestion> {
  const scope = scopeOf(auth);
  const day = localDay(deps.clock.now(), scope.timeZone);
  let rows = await findDay(deps.db, scope.key, day);
  const moment = await momentOf(deps, auth, scope, day);
  if (rows.length === 0) {
    const history = await listAssignedQuestionIds(deps.db, scope.key);
    const depths = depthsToDraw(
      moment.choice ?? DEFAULT_DEPTH_CHOICE,
      moment.answeredDays,
      history.length,
    );
    const questionId = pickNextQuestion(deckCards(deps.catalog), history, scope.key, depths);
    await insertAssignment(deps.db, {
      scope: scope.key,
      day,
      questionId,
      nowIso: deps.clock.now().toISOString(),
    });
    rows = await findDay(deps.db, scope.key, day);
  }
  return presentTodayOf(deps, auth, scope, day, rows, moment);
}

/**
 * "Not now": sets a day's question aside for me alone. It leaves Today for
 * the rest of that day and can still be answered. Nothing about it reaches
 * my partner: no event, and none of their answers changes.
 */
export async function skipQuestion(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'catalog'>,
  auth: AuthContext,
  questionId: string,
): Promise<TodayQuestion> {
  return markDay(deps, auth, questionId, (scope, day) =>
    insertSkip(deps.db, {
      userId: auth.user.id,
      scope: scope.key,
      day,
      nowIso: deps.clock.now().toISOString(),
    }),
  );
}

/** Takes back a "not now": the question is on Today again. */
export async function unskipQuestion(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'catalog'>,
  auth: AuthContext,
  questionId: string,
): Promise<TodayQuestion> {
  return markDay(deps, auth, questionId, (scope, day) =>
    deleteSkip(deps.db, { userId: auth.user.id, scope: scope.key, day }),
  );
}

async function markDay(
  deps: Pick<ServiceDeps, 'db' | 'catalog'>,
  auth: AuthContext,
  questionId: string,
  mark: (scope: Scope, day: string) => Promise<void>,
): Promise<TodayQuestion> {
  const scope = scopeOf(auth);
  // Only a question given to my own deck: anyone else's is the same as one that does not exist.
  const day = await findLatestDayOfQuestion(deps.db, scope.key, questionId);
  if (!day) throw notFound();
  await mark(scope, day);
  const [rows, moment] = await Promise.all([
    findDay(deps.db, scope.key, day),
    momentOf(deps, auth, scope, day),
  ]);
  if (rows.length === 0) throw notFound();
  return presentTodayOf(deps, auth, scope, day, rows, moment);
}

/**
 * Asks for lighter or deeper questions to come, for my deck: a couple's is
 * shared, so both partners keep getting the same question. Today's question
 * stays as it is.
 */
export async function chooseDepth(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'catalog'>,
  auth: AuthContext,
  choice: DepthChoice,
): Promise<TodayQuestion> {
  const scope = scopeOf(auth);
  await upsertDepthChoice(deps.db, {
    scope: scope.key,
    choice,
    nowIso: deps.clock.now().toISOString(),
  });
  return getTodayQuestion(deps, auth);
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
  const nowIso = deps.clock.now().toISOString();
  const input = { scope: scope.key, questionId, userId: auth.user.id, withPartner };
  const { result: outcome, moment: found } = await answerDay(
    deps.db,
    deps.dialect,
    input,
    (day, rows) => {
      if (day === undefined || rows.length === 0) throw notFound();
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
      const mine: AnswerLike = {
        userId: auth.user.id,
        coupleId: mineBefore?.coupleId ?? scope.coupleId,
        visibility: mineBefore?.visibility ?? scope.visibility,
        text,
        updatedAt: nowIso,
      };
      return {
        answer: {
          id: newId(),
          user_id: auth.user.id,
          scope: scope.key,
          day,
          question_id: questionId,
          couple_id: scope.coupleId,
          visibility: scope.visibility,
          text,
          nowIso,
        },
        result: {
          day,
          firstAnswer: mineBefore === undefined,
          revealedNow: partnerBefore !== undefined,
          after: [...before.filter((a) => a.userId !== auth.user.id), mine],
        },
      };
    },
  );
  const { day } = outcome;
  if (auth.couple && outcome.firstAnswer) {
    const event = outcome.revealedNow ? ('answer.revealed' as const) : ('answer.partner' as const);
    await deps.bus.publish(
      [auth.couple.partnerId],
      { type: event, questionId, day },
      auth.couple.id,
    );
  }
  const moment = withDeck(found);
  return toToday(
    presentDay(deps, auth, {
      day,
      questionId,
      visibility: scope.visibility,
      answers: outcome.after,
      withPartner,
      journal: isJournalScope(scope.key),
    }),
    auth,
    moment,
  );
}

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
  // Newest first: the page runs from its last day to its first.
  const newest = pageDays[0];
  const oldest = pageDays.at(-1);
  const { keys, answers } =
    newest && oldest
      ? await listHistoryEntries(deps.db, {
          scope: scope.key,
          userId: auth.user.id,
          from: oldest,
          to: newest,
        })
      : { keys: [], answers: [] };
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
        journal: isJournalScope(key.scope),
      });
    })
    .sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
  return {
    entries,
    nextBefore: days.length > page.limit ? (pageDays[pageDays.length - 1] ?? null) : null,
  };
}
