/**
 * The "what we learned" notebook. An entry written in a couple is shared
 * with that couple: both partners read it while the couple lasts. After an
 * unlink the former partner, and any later partner, never reach it (the same
 * "not found" as an entry that never existed); its author keeps it, as their
 * own. An entry written alone is its author's own. Only the author may
 * change or remove an entry; to anyone else that is "not found" too.
 * A change to an entry the partner reads reaches their devices as an event
 * with its id only (`notebook.changed`); the notebook is refetched through
 * its own route.
 */
import { localDay } from '../../../core/calendar';
import {
  type CreateNotebookEntryBody,
  NOTEBOOK_LIMITS,
  type Notebook,
  type NotebookEntry,
} from '../../../shared/library-api';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError, notFound } from '../../lib/errors';
import { newId } from '../../lib/tokens';
import type { ServiceDeps } from '../deps';
import { libraryOf } from './library.content';
import {
  countEntriesIn,
  deleteEntry,
  findEntry,
  insertEntry,
  listEntriesFor,
  type NotebookEntryRow,
  type NotebookScope,
  updateEntryText,
} from './library.repository';

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'catalog'>;
type WriteDeps = Deps & Pick<ServiceDeps, 'bus'>;

function scopeOf(auth: AuthContext): NotebookScope {
  return { userId: auth.user.id, coupleId: auth.couple?.id ?? null };
}

/** Is this entry shared with my couple of now (rather than my own words from elsewhere)? */
function sharedNow(auth: AuthContext, row: NotebookEntryRow): boolean {
  return auth.couple !== null && row.couple_id === auth.couple.id;
}

/** Tells my partner's devices that an entry of ours changed (ids only); nothing for my own words. */
async function tellPartner(
  deps: Pick<ServiceDeps, 'bus'>,
  auth: AuthContext,
  row: NotebookEntryRow,
): Promise<void> {
  if (!auth.couple || !sharedNow(auth, row)) return;
  await deps.bus.publish(
    [auth.couple.partnerId],
    { type: 'notebook.changed', entryId: row.id },
    auth.couple.id,
  );
}

function present(deps: Deps, auth: AuthContext, row: NotebookEntryRow): NotebookEntry {
  const article = row.article_id ? libraryOf(deps.catalog).byId.get(row.article_id) : undefined;
  const shared = sharedNow(auth, row);
  // A couple's entry is dated in the couple's calendar; my own words in mine.
  const timeZone = shared && auth.couple ? auth.couple.timeZone : auth.user.timeZone;
  return {
    id: row.id,
    text: row.text,
    article: article ? { id: article.item.id, title: article.item.title } : null,
    author: row.author_id === auth.user.id ? 'me' : 'partner',
    visibility: shared ? 'shared' : 'private',
    writtenOn: localDay(new Date(row.created_at), timeZone),
    edited: row.updated_at !== row.created_at,
  };
}

/** The notebook I read: my couple's entries and my own words from elsewhere, newest first. */
export async function getNotebook(deps: Deps, auth: AuthContext): Promise<Notebook> {
  const rows = await listEntriesFor(deps.db, scopeOf(auth));
  return {
    linked: auth.couple !== null,
    partnerName: auth.couple?.partnerName ?? null,
    writes: auth.couple ? 'shared' : 'private',
    entries: rows.map((row) => present(deps, auth, row)),
  };
}

/** Adds an entry: to my couple's notebook, or to my own while alone. */
export async function addEntry(
  deps: WriteDeps,
  auth: AuthContext,
  body: CreateNotebookEntryBody,
): Promise<NotebookEntry> {
  if (body.articleId !== undefined && !libraryOf(deps.catalog).byId.has(body.articleId))
    throw new DomainError('validation_failed', 'That article is not in the library.');
  const scope = scopeOf(auth);
  if ((await countEntriesIn(deps.db, scope)) >= NOTEBOOK_LIMITS.entries)
    throw new DomainError(
      'limit_reached',
      `The notebook keeps ${NOTEBOOK_LIMITS.entries} entries. Remove an old one to add another.`,
    );
  const nowIso = deps.clock.now().toISOString();
  const row: NotebookEntryRow = {
    id: newId(),
    author_id: auth.user.id,
    couple_id: scope.coupleId,
    article_id: body.articleId ?? null,
    text: body.text,
    created_at: nowIso,
    updated_at: nowIso,
  };
  await insertEntry(deps.db, row);
  await tellPartner(deps, auth, row);
  return present(deps, auth, row);
}

/** An entry I wrote; anything else reads as one that does not exist. */
async function requireOwnEntry(
  deps: Deps,
  auth: AuthContext,
  entryId: string,
): Promise<NotebookEntryRow> {
  const row = await findEntry(deps.db, entryId);
  // The author reaches their entry wherever it was written; nobody else may change it.
  if (!row || row.author_id !== auth.user.id) throw notFound();
  return row;
}

/** Rewords an entry of mine. */
export async function editEntry(
  deps: WriteDeps,
  auth: AuthContext,
  entryId: string,
  text: string,
): Promise<NotebookEntry> {
  const row = await requireOwnEntry(deps, auth, entryId);
  if (text === row.text) return present(deps, auth, row);
  const nowIso = deps.clock.now().toISOString();
  await updateEntryText(deps.db, row.id, text, nowIso);
  await tellPartner(deps, auth, row);
  return present(deps, auth, { ...row, text, updated_at: nowIso });
}

/** Removes an entry of mine, for both of us. */
export async function removeEntry(
  deps: WriteDeps,
  auth: AuthContext,
  entryId: string,
): Promise<void> {
  const row = await requireOwnEntry(deps, auth, entryId);
  await deleteEntry(deps.db, row.id);
  await tellPartner(deps, auth, row);
}
