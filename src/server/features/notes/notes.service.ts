/**
 * Appreciation notes: a thank-you, a compliment, a note or a celebration for
 * my partner, delivered live or left to be found at a chosen time.
 *
 * Before its time, a note does not exist for its recipient: no row, no
 * count, no event, no Today item; every answer is the one it would be
 * without it. Notes belong to the couple they were written in: once it ends,
 * the recipient keeps none of them and the author keeps their own words
 * (shown as "kept"). No read receipts: whether a note was opened is the
 * recipient's alone.
 */
import { checkVisibleFrom } from '../../../core/notes';
import type {
  NoteBody,
  ReceivedNote,
  ReceivedNotes,
  SentNote,
  SentNotes,
} from '../../../shared/notes-api';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError, notFound } from '../../lib/errors';
import { newId } from '../../lib/tokens';
import type { ServiceDeps } from '../deps';
import {
  type Cursor,
  countUnread,
  findReceived,
  insertNote,
  insertRead,
  listReceived,
  listSent,
  type NoteRow,
  type ReceivedRow,
  unreadInView,
} from './notes.repository';

type Deps = Pick<ServiceDeps, 'db' | 'clock'>;

export interface Page {
  before: string | undefined;
  limit: number;
}

function parseCursor(before: string | undefined): Cursor | null {
  if (!before) return null;
  const [at = '', id = ''] = before.split('~');
  return { at, id };
}

function cursorOf(at: string, id: string): string {
  return `${at}~${id}`;
}

function presentReceived(row: ReceivedRow): ReceivedNote {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    text: row.text,
    foundAt: row.visible_from,
    leftToFind: row.visible_from !== row.created_at,
    read: row.read_at !== null,
  };
}

function presentSent(row: NoteRow, auth: AuthContext, nowIso: string): SentNote {
  const current = row.couple_id === auth.couple?.id;
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    text: row.text,
    createdAt: row.created_at,
    visibleFrom: row.visible_from,
    status: !current ? 'kept' : row.visible_from > nowIso ? 'waiting' : 'delivered',
  };
}

/**
 * Writes a note to my partner. Without a time it arrives now, live; with a
 * time (at most 30 days ahead) it waits, and `wake` re-arms the delivery
 * timer so it arrives live at that moment.
 */
export async function sendNote(
  deps: Deps & Pick<ServiceDeps, 'bus'>,
  auth: AuthContext,
  body: NoteBody,
  wake: () => void,
): Promise<SentNote> {
  if (!auth.couple)
    throw new DomainError('not_linked', 'Notes go to your partner. Link with your partner first.');
  const now = deps.clock.now();
  const when = checkVisibleFrom(body.visibleFrom ? new Date(body.visibleFrom) : null, now);
  if (!when.ok)
    throw new DomainError(
      'validation_failed',
      when.reason === 'past'
        ? 'That time has passed. Choose a time ahead, or send it now.'
        : 'A note can be hidden for up to 30 days.',
    );
  const nowIso = now.toISOString();
  const row: NoteRow = {
    id: newId(),
    author_id: auth.user.id,
    recipient_id: auth.couple.partnerId,
    couple_id: auth.couple.id,
    kind: body.kind,
    title: body.kind === 'celebrate' ? (body.title ?? null) : null,
    text: body.text,
    created_at: nowIso,
    visible_from: when.visibleFrom.toISOString(),
    // A note sent now is announced here; a hidden one by the delivery timer.
    announced_at: when.hidden ? null : nowIso,
  };
  await insertNote(deps.db, row);
  if (when.hidden) wake();
  else
    await deps.bus.publish(
      [auth.couple.partnerId],
      { type: 'note.arrived', noteId: row.id },
      auth.couple.id,
    );
  return presentSent(row, auth, nowIso);
}

/** The gallery of notes I received in my couple, newest found first, a page at a time. */
export async function getReceivedNotes(
  deps: Deps,
  auth: AuthContext,
  page: Page,
): Promise<ReceivedNotes> {
  if (!auth.couple) return { notes: [], unread: 0, nextBefore: null };
  const where = {
    userId: auth.user.id,
    coupleId: auth.couple.id,
    nowIso: deps.clock.now().toISOString(),
  };
  const [rows, unread] = await Promise.all([
    listReceived(deps.db, { ...where, before: parseCursor(page.before), limit: page.limit + 1 }),
    countUnread(deps.db, where),
  ]);
  const shown = rows.slice(0, page.limit);
  const last = shown[shown.length - 1];
  return {
    notes: shown.map(presentReceived),
    unread,
    nextBefore: rows.length > page.limit && last ? cursorOf(last.visible_from, last.id) : null,
  };
}

/** The notes I wrote, newest first, with whether each is still waiting to be found. */
export async function getSentNotes(deps: Deps, auth: AuthContext, page: Page): Promise<SentNotes> {
  const rows = await listSent(deps.db, {
    userId: auth.user.id,
    before: parseCursor(page.before),
    limit: page.limit + 1,
  });
  const nowIso = deps.clock.now().toISOString();
  const shown = rows.slice(0, page.limit);
  const last = shown[shown.length - 1];
  return {
    notes: shown.map((row) => presentSent(row, auth, nowIso)),
    nextBefore: rows.length > page.limit && last ? cursorOf(last.created_at, last.id) : null,
  };
}

/**
 * Opens a note I received. A note still hidden, my own, anyone else's or
 * one from an earlier couple is not found, exactly like one that does not exist.
 */
export async function markNoteRead(
  deps: Deps,
  auth: AuthContext,
  noteId: string,
): Promise<ReceivedNote> {
  if (!auth.couple) throw notFound();
  const now = deps.clock.now().toISOString();
  const where = { id: noteId, userId: auth.user.id, coupleId: auth.couple.id, nowIso: now };
  const row = await findReceived(deps.db, where);
  if (!row) throw notFound();
  await insertRead(deps.db, { noteId, userId: auth.user.id, nowIso: now });
  return presentReceived({ ...row, read_at: row.read_at ?? now });
}

/** Found notes I have not opened, for Today, and when the next one comes into view. */
export async function unreadNotesInView(
  deps: Deps,
  auth: AuthContext,
): Promise<{ count: number; nextAt: string | null }> {
  if (!auth.couple) return { count: 0, nextAt: null };
  return unreadInView(deps.db, {
    userId: auth.user.id,
    coupleId: auth.couple.id,
    nowIso: deps.clock.now().toISOString(),
  });
}
