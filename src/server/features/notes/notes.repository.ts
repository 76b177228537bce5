/** Appreciation notes: Kysely queries only (notes, note_reads). */
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { NotesTable } from '../../db/types';

export type NoteRow = Selectable<NotesTable>;
export type ReceivedRow = NoteRow & { read_at: string | null };

/** A page boundary: notes strictly before this instant and id, in the page's order. */
export interface Cursor {
  at: string;
  id: string;
}

export async function insertNote(db: Db, row: NoteRow): Promise<void> {
  await db.insertInto('notes').values(row).execute();
}

/**
 * The notes I received in my couple whose time has come, newest found
 * first. A note still hidden is not read at all: the answer is the one it
 * would be if that note did not exist.
 */
export async function listReceived(
  db: Db,
  input: { userId: string; coupleId: string; nowIso: string; before: Cursor | null; limit: number },
): Promise<ReceivedRow[]> {
  let query = db
    .selectFrom('notes as n')
    .leftJoin('note_reads as r', (join) =>
      join.onRef('r.note_id', '=', 'n.id').on('r.user_id', '=', input.userId),
    )
    .selectAll('n')
    .select('r.read_at')
    .where('n.recipient_id', '=', input.userId)
    .where('n.couple_id', '=', input.coupleId)
    .where('n.visible_from', '<=', input.nowIso);
  const before = input.before;
  if (before)
    query = query.where((eb) =>
      eb.or([
        eb('n.visible_from', '<', before.at),
        eb.and([eb('n.visible_from', '=', before.at), eb('n.id', '<', before.id)]),
      ]),
    );
  return query
    .orderBy('n.visible_from', 'desc')
    .orderBy('n.id', 'desc')
    .limit(input.limit)
    .execute();
}

/** One note I received in my couple, only once its time has come. */
export async function findReceived(
  db: Db,
  input: { id: string; userId: string; coupleId: string; nowIso: string },
): Promise<ReceivedRow | undefined> {
  return db
    .selectFrom('notes as n')
    .leftJoin('note_reads as r', (join) =>
      join.onRef('r.note_id', '=', 'n.id').on('r.user_id', '=', input.userId),
    )
    .selectAll('n')
    .select('r.read_at')
    .where('n.id', '=', input.id)
    .where('n.recipient_id', '=', input.userId)
    .where('n.couple_id', '=', input.coupleId)
    .where('n.visible_from', '<=', input.nowIso)
    .executeTakeFirst();
}

/** My unopened notes in a couple, whatever their time. */
function unopenedNotes(db: Db, input: { userId: string; coupleId: string }) {
  return db
    .selectFrom('notes as n')
    .where('n.recipient_id', '=', input.userId)
    .where('n.couple_id', '=', input.coupleId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('note_reads as r')
            .select('r.note_id')
            .whereRef('r.note_id', '=', 'n.id')
            .where('r.user_id', '=', input.userId),
        ),
      ),
    );
}

/**
 * For Today: how many of my unopened notes are in view at `nowIso`, and when
 * the next unopened one comes into view (null when none waits).
 */
export async function unreadInView(
  db: Db,
  input: { userId: string; coupleId: string; nowIso: string },
): Promise<{ count: number; nextAt: string | null }> {
  const row = await unopenedNotes(db, input)
    .select((eb) => [
      eb.fn.count(eb.case().when('n.visible_from', '<=', input.nowIso).then(1).end()).as('n'),
      eb.fn
        .min(
          eb.case().when('n.visible_from', '>', input.nowIso).then(eb.ref('n.visible_from')).end(),
        )
        .as('next_at'),
    ])
    .executeTakeFirstOrThrow();
  // PostgreSQL returns counts as strings.
  return { count: Number(row.n), nextAt: row.next_at ?? null };
}

/** Found notes in my couple that I have not opened: those in view at `nowIso`. */
export async function countUnread(
  db: Db,
  input: { userId: string; coupleId: string; nowIso: string },
): Promise<number> {
  const row = await unopenedNotes(db, input)
    .select((eb) => eb.fn.countAll().as('n'))
    .where('n.visible_from', '<=', input.nowIso)
    .executeTakeFirstOrThrow();
  // PostgreSQL returns counts as strings.
  return Number(row.n);
}

/** Opening twice is the same as once. */
export async function insertRead(
  db: Db,
  row: { noteId: string; userId: string; nowIso: string },
): Promise<void> {
  await db
    .insertInto('note_reads')
    .values({ note_id: row.noteId, user_id: row.userId, read_at: row.nowIso })
    .onConflict((oc) => oc.columns(['note_id', 'user_id']).doNothing())
    .execute();
}

/** Every note I wrote, in any couple, newest first. */
export async function listSent(
  db: Db,
  input: { userId: string; before: Cursor | null; limit: number },
): Promise<NoteRow[]> {
  let query = db.selectFrom('notes').selectAll().where('author_id', '=', input.userId);
  const before = input.before;
  if (before)
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '<', before.at),
        eb.and([eb('created_at', '=', before.at), eb('id', '<', before.id)]),
      ]),
    );
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(input.limit).execute();
}

// ---------------------------------------------------------------- live delivery

/**
 * Claims the notes whose time has come and whose arrival was not sent yet.
 * One statement: with several instances on PostgreSQL, each note is claimed
 * by exactly one of them.
 */
export async function claimDueNotes(
  db: Db,
  nowIso: string,
): Promise<Pick<NoteRow, 'id' | 'recipient_id' | 'couple_id'>[]> {
  return db
    .updateTable('notes')
    .set({ announced_at: nowIso })
    .where('announced_at', 'is', null)
    .where('visible_from', '<=', nowIso)
    .returning(['id', 'recipient_id', 'couple_id'])
    .execute();
}

/** When the next waiting note is due, if any. */
export async function findNextDue(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('notes')
    .select((eb) => eb.fn.min('visible_from').as('due'))
    .where('announced_at', 'is', null)
    .executeTakeFirst();
  return row?.due ?? null;
}
