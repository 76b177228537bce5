/** Daily-question assignments and answers: Kysely queries only. */

import { sql } from 'kysely';
import { ANSWERED_DAYS_THAT_MATTER, type DepthChoice } from '../../../core/question-moment';
import { atOnceOf, type Db, type Dialect } from '../../db/database';
import { prepareQuery, type SlotValues, slot } from '../../db/prepared';
import type { AnswerRow } from '../../db/types';

export interface DayRow {
  question_id: string;
  answer_user_id: string | null;
  answer_couple_id: string | null;
  answer_visibility: AnswerRow['visibility'] | null;
  answer_text: string | null;
  answer_updated_at: string | null;
}

const dayQuery = prepareQuery((db) =>
  db
    .selectFrom('daily_questions as dq')
    .leftJoin('answers as a', (join) =>
      join.onRef('a.scope', '=', 'dq.scope').onRef('a.day', '=', 'dq.day'),
    )
    .select([
      'dq.question_id',
      'a.user_id as answer_user_id',
      'a.couple_id as answer_couple_id',
      'a.visibility as answer_visibility',
      'a.text as answer_text',
      'a.updated_at as answer_updated_at',
    ])
    .where('dq.scope', '=', slot('scope'))
    .where('dq.day', '=', slot('day')),
);

/** The question of a scope's day with every answer to it, in one query (no rows: not assigned yet). */
export async function findDay(db: Db, scope: string, day: string): Promise<DayRow[]> {
  return dayQuery(db, { scope, day });
}

/**
 * Locks a scope's day for the rest of a PostgreSQL transaction, so two partners
 * answering at once are serialised. (SQLite transactions are serial already.)
 */
async function lockDay(db: Db, dialect: Dialect, scope: string, day: string): Promise<void> {
  // SQLite runs one write transaction at a time: there is nothing to lock.
  if (dialect !== 'postgres') return;
  await db
    .selectFrom('daily_questions')
    .select('question_id')
    .where('scope', '=', scope)
    .where('day', '=', day)
    .forUpdate()
    .execute();
}

/** The answer to write, with what `decide` made of the day. */
export interface AnswerDecision<T> {
  answer: Omit<AnswerRow, 'created_at' | 'updated_at'> & { nowIso: string };
  result: T;
}

export interface AnswerDayInput {
  scope: string;
  questionId: string;
  /** Whose moment (skip, depth, answered days) is read back after the write. */
  userId: string;
  withPartner: boolean;
}

/**
 * Finds the latest day a question was given to a scope, reads that day (its
 * question and every answer) and writes the answer `decide` makes of it, then
 * reads the person's moment back, all in one transaction. `decide` is given
 * no day when the question was never given, and may throw to write nothing.
 * On SQLite, when the connection is free, it all runs synchronously (db
 * `atOnceOf`), in the write batch of this turn of the event loop, and is
 * answered once that batch has committed: no Kysely transaction machinery,
 * and one commit for every request of the turn. Otherwise through Kysely,
 * the day locked on PostgreSQL.
 */
export async function answerDay<T>(
  db: Db,
  dialect: Dialect,
  input: AnswerDayInput,
  decide: (day: string | undefined, rows: DayRow[]) => AnswerDecision<T>,
): Promise<{ result: T; moment: MomentFound }> {
  const { scope, questionId, userId } = input;
  const variant = input.withPartner ? 'couple' : 'solo';
  const atOnce = atOnceOf(db)?.((run) => {
    const day = latestDayQuery.inline(db, run, { scope, questionId })[0]?.day;
    const rows = day === undefined ? [] : dayQuery.inline(db, run, { scope, day });
    const { answer, result } = decide(day, rows);
    upsertAnswerQuery.inline(db, run, upsertValues(answer));
    const moment = momentQuery.inline(db, run, { userId, scope, day: answer.day }, variant);
    return { result, moment: momentOf(moment) };
  });
  if (atOnce) {
    await atOnce.committed;
    return atOnce.value;
  }
  return db.transaction().execute(async (trx) => {
    const day = (await latestDayQuery(trx, { scope, questionId }))[0]?.day;
    if (day !== undefined) await lockDay(trx, dialect, scope, day);
    const rows = day === undefined ? [] : await findDay(trx, scope, day);
    const { answer, result } = decide(day, rows);
    await upsertAnswerQuery(trx, upsertValues(answer));
    const moment = await momentQuery(trx, { userId, scope, day: answer.day }, variant);
    return { result, moment: momentOf(moment) };
  });
}

export async function listAssignedQuestionIds(db: Db, scope: string): Promise<string[]> {
  const rows = await db
    .selectFrom('daily_questions')
    .select('question_id')
    .where('scope', '=', scope)
    .orderBy('day')
    .execute();
  return rows.map((r) => r.question_id);
}

/** Records the day's question; if another request got there first, theirs stands. */
export async function insertAssignment(
  db: Db,
  row: { scope: string; day: string; questionId: string; nowIso: string },
): Promise<void> {
  await db
    .insertInto('daily_questions')
    .values({ scope: row.scope, day: row.day, question_id: row.questionId, created_at: row.nowIso })
    .onConflict((oc) => oc.columns(['scope', 'day']).doNothing())
    .execute();
}

const latestDayQuery = prepareQuery((db) =>
  db
    .selectFrom('daily_questions')
    .select('day')
    .where('scope', '=', slot('scope'))
    .where('question_id', '=', slot('questionId'))
    .orderBy('day', 'desc')
    .limit(1),
);

/** The most recent day this question was given to the scope. */
export async function findLatestDayOfQuestion(
  db: Db,
  scope: string,
  questionId: string,
): Promise<string | undefined> {
  return (await latestDayQuery(db, { scope, questionId }))[0]?.day;
}

const upsertAnswerQuery = prepareQuery((db) =>
  db
    .insertInto('answers')
    .values({
      id: slot('id'),
      user_id: slot('userId'),
      scope: slot('scope'),
      day: slot('day'),
      question_id: slot('questionId'),
      couple_id: slot<string | null>('coupleId'),
      visibility: slot<AnswerRow['visibility']>('visibility'),
      text: slot('text'),
      created_at: slot('now'),
      updated_at: slot('now'),
    })
    .onConflict((oc) =>
      oc
        .columns(['user_id', 'scope', 'day'])
        .doUpdateSet({ text: slot('text'), updated_at: slot('now') }),
    ),
);

/** Writes or replaces a person's answer to a day's question (outside `answerDay`: seeding, benchmarks). */
export async function upsertAnswer(db: Db, row: AnswerDecision<unknown>['answer']): Promise<void> {
  await upsertAnswerQuery(db, upsertValues(row));
}

function upsertValues(row: AnswerDecision<unknown>['answer']): SlotValues {
  return {
    id: row.id,
    userId: row.user_id,
    scope: row.scope,
    day: row.day,
    questionId: row.question_id,
    coupleId: row.couple_id,
    visibility: row.visibility,
    text: row.text,
    now: row.nowIso,
  };
}

export interface HistoryKeyRow {
  scope: string;
  day: string;
  question_id: string;
}

/**
 * One page of history, by day: days given to my current scope, and days I
 * answered in any scope (alone, or in a couple that has since ended). Each
 * side reads at most one page from its (scope, day) or (user_id, day) index,
 * so a page costs the same after three years as after three days.
 */
export async function listHistoryDays(
  db: Db,
  input: { scope: string; userId: string; before: string; limit: number },
): Promise<string[]> {
  const given = db
    .selectFrom('daily_questions')
    .select('day')
    .where('scope', '=', input.scope)
    .where('day', '<', input.before)
    .orderBy('day', 'desc')
    .limit(input.limit);
  const answered = db
    .selectFrom('answers')
    .select('day')
    .where('user_id', '=', input.userId)
    .where('day', '<', input.before)
    .orderBy('day', 'desc')
    .limit(input.limit);
  const rows = await db
    .selectFrom(given.as('g'))
    .select('g.day')
    .union(db.selectFrom(answered.as('a')).select('a.day'))
    .orderBy('day', 'desc')
    .limit(input.limit)
    .execute();
  return rows.map((r) => r.day);
}

/**
 * The entries of one page of history, whose days run from `from` to `to`.
 * Every day in between that is in either history is on the page (the page is
 * the newest days of both, none skipped: see listHistoryDays), so each side
 * is read as one range of its (scope, day) or (user_id, day) index. A list of
 * the page's days would cost an index descent per day, and PostgreSQL may
 * rather read a person's whole history and filter it: a page would then cost
 * more with every year of use.
 */
export async function listHistoryEntries(
  db: Db,
  input: { scope: string; userId: string; from: string; to: string },
): Promise<{ keys: HistoryKeyRow[]; answers: AnswerRow[] }> {
  const keys = await db
    .selectFrom('daily_questions')
    .select(['scope', 'day', 'question_id'])
    .where('scope', '=', input.scope)
    .where('day', '>=', input.from)
    .where('day', '<=', input.to)
    .union(
      db
        .selectFrom('answers')
        .select(['scope', 'day', 'question_id'])
        .where('user_id', '=', input.userId)
        .where('day', '>=', input.from)
        .where('day', '<=', input.to),
    )
    .execute();
  const answers = await db
    .selectFrom('answers')
    .selectAll()
    .where('day', '>=', input.from)
    .where('day', '<=', input.to)
    .where((eb) => eb.or([eb('scope', '=', input.scope), eb('user_id', '=', input.userId)]))
    .execute();
  return { keys, answers };
}

// ---------------------------------------------------------------- the moment: skips and depth

export interface MomentRow {
  skipped: number | string | null;
  choice: DepthChoice | null;
  answered_days: number | string | null;
}

/**
 * Whether I set the day aside, the deck's depth choice, and how many of the
 * deck's days count as answered (by both partners, or by the person alone),
 * in one query. The count stops at `cap`: beyond it nothing changes, so the
 * cost stays the same after three years as after three days.
 */
const momentQuery = prepareQuery((db, variant) => {
  const answersPerDay = variant === 'couple' ? 2 : 1;
  return db.selectNoFrom((eb) => [
    eb
      .selectFrom('question_skips')
      .select((e) => e.fn.countAll().as('n'))
      .where('user_id', '=', slot('userId'))
      .where('scope', '=', slot('scope'))
      .where('day', '=', slot('day'))
      .as('skipped'),
    eb
      .selectFrom('question_choices')
      .select('depth')
      .where('scope', '=', slot('scope'))
      .as('choice'),
    eb
      .selectFrom(
        eb
          .selectFrom('answers')
          .select('day')
          .where('scope', '=', slot('scope'))
          .groupBy('day')
          .having((e) => e.fn.countAll(), '>=', answersPerDay)
          // A literal, not a parameter: SQLite plans a bound LIMIT in a subquery
          // far slower (~60 µs against ~8 µs per read, measured in WAL mode).
          .limit(sql.lit(ANSWERED_DAYS_THAT_MATTER))
          .as('answered'),
      )
      .select((e) => e.fn.countAll().as('n'))
      .as('answered_days'),
  ]);
});

/** A person's moment on a day: whether they set it aside, the depth chosen, and the days answered. */
export interface MomentFound {
  skipped: boolean;
  choice: DepthChoice | null;
  answeredDays: number;
}

/** The moment query's one row as a moment. */
function momentOf(rows: readonly unknown[]): MomentFound {
  const row = rows[0] as MomentRow | undefined;
  return {
    // PostgreSQL returns counts as strings.
    skipped: Number(row?.skipped ?? 0) > 0,
    choice: row?.choice ?? null,
    answeredDays: Number(row?.answered_days ?? 0),
  };
}

export async function findMoment(
  db: Db,
  input: { userId: string; scope: string; day: string; withPartner: boolean },
): Promise<MomentFound> {
  const rows = await momentQuery(
    db,
    { userId: input.userId, scope: input.scope, day: input.day },
    input.withPartner ? 'couple' : 'solo',
  );
  return momentOf(rows);
}

/** Sets a day's question aside for one person; setting it aside twice is the same as once. */
export async function insertSkip(
  db: Db,
  row: { userId: string; scope: string; day: string; nowIso: string },
): Promise<void> {
  await db
    .insertInto('question_skips')
    .values({ user_id: row.userId, scope: row.scope, day: row.day, created_at: row.nowIso })
    .onConflict((oc) => oc.columns(['user_id', 'scope', 'day']).doNothing())
    .execute();
}

export async function deleteSkip(
  db: Db,
  row: { userId: string; scope: string; day: string },
): Promise<void> {
  await db
    .deleteFrom('question_skips')
    .where('user_id', '=', row.userId)
    .where('scope', '=', row.scope)
    .where('day', '=', row.day)
    .execute();
}

export async function upsertDepthChoice(
  db: Db,
  row: { scope: string; choice: DepthChoice; nowIso: string },
): Promise<void> {
  await db
    .insertInto('question_choices')
    .values({ scope: row.scope, depth: row.choice, updated_at: row.nowIso })
    .onConflict((oc) =>
      oc.column('scope').doUpdateSet({ depth: row.choice, updated_at: row.nowIso }),
    )
    .execute();
}

/** Erases a person's own marks: the days they set aside, and their own deck's choice. */
export async function deleteChoicesOf(db: Db, userId: string, ownScope: string): Promise<void> {
  await db.deleteFrom('question_skips').where('user_id', '=', userId).execute();
  await db.deleteFrom('question_choices').where('scope', '=', ownScope).execute();
}
