/** The learning library's own tables: read marks and notebook entries. Kysely queries only. */
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { NotebookEntriesTable } from '../../db/types';

export type NotebookEntryRow = Selectable<NotebookEntriesTable>;

/** The articles a person marked read; asked only for that person. */
export async function readArticleIdsOf(db: Db, userId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('article_reads')
    .select('article_id')
    .where('user_id', '=', userId)
    .execute();
  return new Set(rows.map((row) => row.article_id));
}

export async function insertRead(db: Db, userId: string, articleId: string): Promise<void> {
  await db
    .insertInto('article_reads')
    .values({ user_id: userId, article_id: articleId })
    .onConflict((oc) => oc.columns(['user_id', 'article_id']).doNothing())
    .execute();
}

export async function deleteRead(db: Db, userId: string, articleId: string): Promise<void> {
  await db
    .deleteFrom('article_reads')
    .where('user_id', '=', userId)
    .where('article_id', '=', articleId)
    .execute();
}

/** Whose notebook: my couple's of now (if any), and every entry I wrote. */
export interface NotebookScope {
  userId: string;
  coupleId: string | null;
}

/**
 * The entries a person may read, newest first: those of their couple of now,
 * and their own words wherever they wrote them (alone, or in a couple that
 * has ended). Never a former partner's, never anyone else's.
 */
export async function listEntriesFor(db: Db, scope: NotebookScope): Promise<NotebookEntryRow[]> {
  const { userId, coupleId } = scope;
  return db
    .selectFrom('notebook_entries')
    .selectAll()
    .where((eb) =>
      coupleId === null
        ? eb('author_id', '=', userId)
        : eb.or([eb('author_id', '=', userId), eb('couple_id', '=', coupleId)]),
    )
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function findEntry(db: Db, id: string): Promise<NotebookEntryRow | undefined> {
  return db.selectFrom('notebook_entries').selectAll().where('id', '=', id).executeTakeFirst();
}

/** How many entries the notebook a new entry joins holds: the couple's, or (alone) my own. */
export async function countEntriesIn(db: Db, scope: NotebookScope): Promise<number> {
  const row = await db
    .selectFrom('notebook_entries')
    .select((eb) => eb.fn.countAll().as('n'))
    .where((eb) =>
      scope.coupleId === null
        ? eb('author_id', '=', scope.userId)
        : eb('couple_id', '=', scope.coupleId),
    )
    .executeTakeFirstOrThrow();
  // PostgreSQL returns counts as strings.
  return Number(row.n);
}

export async function insertEntry(db: Db, row: NotebookEntryRow): Promise<void> {
  await db.insertInto('notebook_entries').values(row).execute();
}

export async function updateEntryText(
  db: Db,
  id: string,
  text: string,
  updatedAt: string,
): Promise<void> {
  await db
    .updateTable('notebook_entries')
    .set({ text, updated_at: updatedAt })
    .where('id', '=', id)
    .execute();
}

export async function deleteEntry(db: Db, id: string): Promise<void> {
  await db.deleteFrom('notebook_entries').where('id', '=', id).execute();
}
