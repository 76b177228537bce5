/** Daily-question assignments and answers: Kysely queries only. */

import { type Kysely, sql } from 'kysely';
import { ANSWERED_DAYS_THAT_MATTER, type DepthChoice } from '../../../core/question-moment';
import { atOnceOf, type Db, type Dialect } from '../../db/database';
import { prepareQuery, type SlotValues, slot } from '../../db/prepared';
import type { AnswerRow, Database } from '../../db/types';

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
async function lockDay(db: Db, scope: string, day: string): Promise<void> {
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
  /** Whose moment (skip, depth, answered days) comes back with the write, this answer counted. */
  userId: string;
  withPartner: boolean;
}

/**
 * Finds the latest day a question was given to a scope, reads that day (its
 * question and every answer) with the person's moment in one statement, and
 * writes the answer `decide` makes of it: two statements in one transaction.
 * The moment after the write is the one read before it with this answer
 * counted (`momentAfter`): nothing else in it can change by answering.
 * `decide` is given no day when the question was never given, and may throw
 * to write nothing. On SQLite, when the connection is free, it all runs
 * synchronously (db `atOnceOf`), in the write batch of this turn of the event
 * loop, and is answered once that batch has committed: no Kysely transaction
 * machinery, and one commit for every request of the turn. Otherwise through
 * Kysely, the day locked on PostgreSQL before it is read.
 */
export async function answerDay<T>(
  db: Db,
  dialect: Dialect,
  input: AnswerDayInput,
  decide: (day: string | undefined, rows: DayRow[]) => AnswerDecision<T>,
): Promise<{ result: T; moment: MomentFound }> {
  const { scope, questionId, userId } = input;
  const variant = input.withPartner ? 'couple' : 'solo';
  const values = { scope, questionId, userId };
  const written = (rows: readonly unknown[], write: (answer: SlotValues) => void) => {
    const found = rows as DayMomentRow[];
    const { answer, result } = decide(found[0]?.day, found);
    write(upsertValues(answer));
    return { result, moment: momentAfter(found, userId, variant) };
  };
  const atOnce = atOnceOf(db)?.((run) =>
    written(dayMomentQuery.inline(db, run, values, variant), (answer) =>
      upsertAnswerQuery.inline(db, run, answer),
    ),
  );
  if (atOnce) {
    await atOnce.committed;
    return atOnce.value;
  }
  return db.transaction().execute(async (trx) => {
    if (dialect === 'postgres') {
      const day = (await latestDayQuery(trx, { scope, questionId }))[0]?.day;
      if (day !== undefined) await lockDay(trx, scope, day);
    }
    let write: SlotValues | undefined;
    const outcome = written(await dayMomentQuery(trx, values, variant), (answer) => {
      write = answer;
    });
    if (write) await upsertAnswerQuery(trx, write);
    return outcome;
  });
}

/** A row of `dayMomentQuery`: one of the day's answers (or none) and the person's moment. */
interface DayMomentRow extends DayRow, MomentRow {
  day: string;
}

/**
 * The latest day the question was given to the scope, each of its answers (one
 * row with no answer when there is none), and on every row the person's moment
 * that day, as `momentQuery` reads it.
 */
const dayMomentQuery = prepareQuery((db, variant) =>
  db
    .selectFrom('daily_questions as dq')
    .leftJoin('answers as a', (join) =>
      join.onRef('a.scope', '=', 'dq.scope').onRef('a.day', '=', 'dq.day'),
    )
    .select((eb) => [
      'dq.day',
      'dq.question_id',
      'a.user_id as answer_user_id',
      'a.couple_id as answer_couple_id',
      'a.visibility as answer_visibility',
      'a.text as answer_text',
      'a.updated_at as answer_updated_at',
      eb
        .selectFrom('question_skips')
        .select((e) => e.fn.countAll().as('n'))
        .where('user_id', '=', slot('userId'))
        .where('scope', '=', slot('scope'))
        .whereRef('day', '=', 'dq.day')
        .as('skipped'),
      choiceOf(db),
      answeredDaysOf(db, variant),
    ])
    .where('dq.scope', '=', slot('scope'))
    .where('dq.day', '=', (eb) =>
      eb
        .selectFrom('daily_questions')
        .select('day')
        .where('scope', '=', slot('scope'))
        .where('question_id', '=', slot('questionId'))
        .orderBy('day', 'desc')
        .limit(sql.lit(1)),
    ),
);

/**
 * The moment once the person's answer to the day is written: a day whose
 * answers reach the count of a fully answered day with it is one more
 * answered day (up to the cap); whether it was set aside and the depth are
 * as read.
 */
function momentAfter(rows: readonly DayMomentRow[], userId: string, variant: string): MomentFound {
  const before = momentOf(rows);
  const answers = rows.filter((row) => row.answer_user_id !== null);
  const after = answers.some((row) => row.answer_user_id === userId)
    ? answers.length
    : answers.length + 1;
  const needed = answersPerDayOf(variant);
  const newlyAnswered = answers.length < needed && after >= needed;
  return {
    ...before,
    answeredDays: newlyAnswered
      ? Math.min(ANSWERED_DAYS_THAT_MATTER, before.answeredDays + 1)
      : before.answeredDays,
  };
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
const momentQuery = prepareQuery((db, variant) =>
  db.selectNoFrom((eb) => [
    eb
      .selectFrom('question_skips')
      .select((e) => e.fn.countAll().as('n'))
      .where('user_id', '=', slot('userId'))
      .where('scope', '=', slot('scope'))
      .where('day', '=', slot('day'))
      .as('skipped'),
    choiceOf(db),
    answeredDaysOf(db, variant),
  ]),
);

/** A day counts as answered with both partners' answers, or with the person's alone. */
function answersPerDayOf(variant: string): number {
  return variant === 'couple' ? 2 : 1;
}

/** The deck's depth choice of the scope (`slot('scope')`). */
function choiceOf(db: Kysely<Database>) {
  return db
    .selectFrom('question_choices')
    .select('depth')
    .where('scope', '=', slot('scope'))
    .as('choice');
}

/** How many of the scope's days count as answered, up to the cap. */
function answeredDaysOf(db: Kysely<Database>, variant: string) {
  return db
    .selectFrom(
      db
        .selectFrom('answers')
        .select('day')
        .where('scope', '=', slot('scope'))
        .groupBy('day')
        .having((e) => e.fn.countAll(), '>=', answersPerDayOf(variant))
        // A literal, not a parameter: SQLite plans a bound LIMIT in a subquery
        // far slower (~60 µs against ~8 µs per read, measured in WAL mode).
        .limit(sql.lit(ANSWERED_DAYS_THAT_MATTER))
        .as('answered'),
    )
    .select((e) => e.fn.countAll().as('n'))
    .as('answered_days');
}

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
