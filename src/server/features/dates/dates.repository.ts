/** Date picks, planned dates, reflections and calendar feeds: Kysely queries only. */
import { MATCHING_PICKS, type Pick } from '../../../core/mutual-match';
import type { Db } from '../../db/database';
import { prepareQuery, slot } from '../../db/prepared';
import type { DateFeedsTable, ScheduledDatesTable } from '../../db/types';

// ---------------------------------------------------------------- picks

const myPicksQuery = prepareQuery((db) =>
  db
    .selectFrom('date_picks')
    .select(['idea_id', 'pick'])
    .where('user_id', '=', slot('userId'))
    .where('couple_id', '=', slot('coupleId')),
);

/** My own picks in my current couple: never anyone else's. */
export async function listMyPicks(
  db: Db,
  input: { userId: string; coupleId: string },
): Promise<Map<string, Pick>> {
  const rows = await myPicksQuery(db, input);
  return new Map(rows.map((row) => [row.idea_id, row.pick]));
}

export async function upsertPick(
  db: Db,
  row: { userId: string; coupleId: string; ideaId: string; pick: Pick; nowIso: string },
): Promise<void> {
  await db
    .insertInto('date_picks')
    .values({
      user_id: row.userId,
      couple_id: row.coupleId,
      idea_id: row.ideaId,
      pick: row.pick,
      updated_at: row.nowIso,
    })
    .onConflict((oc) =>
      oc
        .columns(['user_id', 'couple_id', 'idea_id'])
        .doUpdateSet({ pick: row.pick, updated_at: row.nowIso }),
    )
    .execute();
}

export async function deletePick(
  db: Db,
  row: { userId: string; coupleId: string; ideaId: string },
): Promise<void> {
  await db
    .deleteFrom('date_picks')
    .where('user_id', '=', row.userId)
    .where('couple_id', '=', row.coupleId)
    .where('idea_id', '=', row.ideaId)
    .execute();
}

export interface MatchRow {
  idea_id: string;
  my_pick: Pick;
  their_pick: Pick;
}

/**
 * The couple's matches, in one query: ideas both partners marked with a
 * matching pick (MATCHING_PICKS on both sides). A "no", or no mark at all,
 * leaves no row, so nothing else of the partner's picks is ever read out.
 */
const matchesQuery = prepareQuery((db) =>
  db
    .selectFrom('date_picks as mine')
    .innerJoin('date_picks as theirs', (join) =>
      join
        .onRef('theirs.idea_id', '=', 'mine.idea_id')
        .onRef('theirs.couple_id', '=', 'mine.couple_id'),
    )
    .select(['mine.idea_id as idea_id', 'mine.pick as my_pick', 'theirs.pick as their_pick'])
    .where('mine.user_id', '=', slot('userId'))
    .where('mine.couple_id', '=', slot('coupleId'))
    .where('theirs.user_id', '=', slot('partnerId'))
    .where('mine.pick', 'in', [...MATCHING_PICKS])
    .where('theirs.pick', 'in', [...MATCHING_PICKS])
    .orderBy('mine.idea_id'),
);

export async function listMatches(
  db: Db,
  input: { userId: string; partnerId: string; coupleId: string },
): Promise<MatchRow[]> {
  return matchesQuery(db, input);
}

// ---------------------------------------------------------------- planned dates

export type DateRow = ScheduledDatesTable;

export async function insertDate(db: Db, row: DateRow): Promise<void> {
  await db.insertInto('scheduled_dates').values(row).execute();
}

/** A couple's planned dates (not cancelled): what each read of planned dates narrows down. */
function plannedDatesOf(db: Db, coupleId: string) {
  return db
    .selectFrom('scheduled_dates')
    .selectAll()
    .where('couple_id', '=', coupleId)
    .where('status', '=', 'planned');
}

const dateQuery = prepareQuery((db) =>
  plannedDatesOf(db, slot('coupleId')).where('id', '=', slot('id')),
);

/** A planned date of this couple; any other couple's, or a cancelled one, is not found. */
export async function findDate(
  db: Db,
  input: { id: string; coupleId: string },
): Promise<DateRow | undefined> {
  return (await dateQuery(db, input))[0];
}

export async function updateDate(
  db: Db,
  id: string,
  coupleId: string,
  changes: Partial<Omit<DateRow, 'id' | 'couple_id' | 'created_by' | 'created_at'>>,
): Promise<void> {
  await db
    .updateTable('scheduled_dates')
    .set(changes)
    .where('id', '=', id)
    .where('couple_id', '=', coupleId)
    .execute();
}

/** A couple's planned dates starting from `startsAfterIso` on (upcoming), soonest first… */
export async function listUpcoming(
  db: Db,
  input: { coupleId: string; startsAfterIso: string; limit: number },
): Promise<DateRow[]> {
  return plannedDatesOf(db, input.coupleId)
    .where('starts_at', '>=', input.startsAfterIso)
    .orderBy('starts_at')
    .orderBy('id')
    .limit(input.limit)
    .execute();
}

/** …and those that started before, latest first. */
export async function listStarted(
  db: Db,
  input: { coupleId: string; startedBeforeIso: string; limit: number },
): Promise<DateRow[]> {
  return plannedDatesOf(db, input.coupleId)
    .where('starts_at', '<', input.startedBeforeIso)
    .orderBy('starts_at', 'desc')
    .orderBy('id')
    .limit(input.limit)
    .execute();
}

/** The couple's next planned date on a day (in the couple's zone) that has not begun by `afterIso`. */
export async function findNextOnDay(
  db: Db,
  input: { coupleId: string; day: string; afterIso: string },
): Promise<DateRow | undefined> {
  return plannedDatesOf(db, input.coupleId)
    .where('day', '=', input.day)
    .where('starts_at', '>', input.afterIso)
    .orderBy('starts_at')
    .limit(1)
    .executeTakeFirst();
}

// ---------------------------------------------------------------- reflections

export interface ReflectionRow {
  date_id: string;
  user_id: string;
  text: string;
  shared: number;
}

/**
 * Reflections on these dates that I may read: all of mine, and my partner's
 * only where they shared it. The filter is in the SQL, so a private
 * reflection of my partner's never leaves the database.
 */
export async function listReadableReflections(
  db: Db,
  input: { dateIds: readonly string[]; userId: string; partnerId: string; coupleId: string },
): Promise<ReflectionRow[]> {
  if (input.dateIds.length === 0) return [];
  return db
    .selectFrom('date_reflections')
    .select(['date_id', 'user_id', 'text', 'shared'])
    .where('date_id', 'in', [...input.dateIds])
    .where('couple_id', '=', input.coupleId)
    .where((eb) =>
      eb.or([
        eb('user_id', '=', input.userId),
        eb.and([eb('user_id', '=', input.partnerId), eb('shared', '=', 1)]),
      ]),
    )
    .execute();
}

export async function findMyReflection(
  db: Db,
  input: { dateId: string; userId: string },
): Promise<{ shared: number } | undefined> {
  return db
    .selectFrom('date_reflections')
    .select('shared')
    .where('date_id', '=', input.dateId)
    .where('user_id', '=', input.userId)
    .executeTakeFirst();
}

export async function upsertReflection(
  db: Db,
  row: {
    dateId: string;
    userId: string;
    coupleId: string;
    text: string;
    shared: boolean;
    nowIso: string;
  },
): Promise<void> {
  const shared = row.shared ? 1 : 0;
  await db
    .insertInto('date_reflections')
    .values({
      date_id: row.dateId,
      user_id: row.userId,
      couple_id: row.coupleId,
      text: row.text,
      shared,
      created_at: row.nowIso,
      updated_at: row.nowIso,
    })
    .onConflict((oc) =>
      oc.columns(['date_id', 'user_id']).doUpdateSet({
        text: row.text,
        shared,
        updated_at: row.nowIso,
      }),
    )
    .execute();
}

export async function deleteReflection(
  db: Db,
  input: { dateId: string; userId: string },
): Promise<void> {
  await db
    .deleteFrom('date_reflections')
    .where('date_id', '=', input.dateId)
    .where('user_id', '=', input.userId)
    .execute();
}

// ---------------------------------------------------------------- calendar feed

/** Makes this couple's feed token the given one; the one before stops working. */
export async function replaceFeed(db: Db, row: DateFeedsTable): Promise<void> {
  await db
    .insertInto('date_feeds')
    .values(row)
    .onConflict((oc) =>
      oc.column('couple_id').doUpdateSet({
        token_hash: row.token_hash,
        created_by: row.created_by,
        created_at: row.created_at,
      }),
    )
    .execute();
}

export async function deleteFeed(db: Db, coupleId: string): Promise<void> {
  await db.deleteFrom('date_feeds').where('couple_id', '=', coupleId).execute();
}

export async function findFeedOf(db: Db, coupleId: string): Promise<DateFeedsTable | undefined> {
  return db
    .selectFrom('date_feeds')
    .selectAll()
    .where('couple_id', '=', coupleId)
    .executeTakeFirst();
}

const feedByHashQuery = prepareQuery((db) =>
  db.selectFrom('date_feeds').selectAll().where('token_hash', '=', slot('hash')),
);

export async function findFeedByHash(db: Db, hash: string): Promise<DateFeedsTable | undefined> {
  return (await feedByHashQuery(db, { hash }))[0];
}

/** What a calendar feed shows: planned dates from `sinceIso` on, soonest first. */
export async function listFeedDates(
  db: Db,
  input: { coupleId: string; sinceIso: string; limit: number },
): Promise<DateRow[]> {
  return listUpcoming(db, {
    coupleId: input.coupleId,
    startsAfterIso: input.sinceIso,
    limit: input.limit,
  });
}
