/**
 * Your data: everything a person wrote in Rekindle, and their own records,
 * gathered from every feature's contract (`textFields`, `tables`), so
 * nothing a feature stores can be forgotten. Only the person's own rows are
 * read; in them, words of anyone else (a partner's part of a shared date,
 * say) and secrets are left out. A partner's words, even in what the two
 * share, belong to the partner's own export.
 *
 * A download needs the password again: it buys a ticket that works for a few
 * minutes, for this person and this session only.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Catalog } from '../../../content/load';
import {
  EXPORT_TICKET_MINUTES,
  type ExportDocument,
  type ExportRecordSet,
  type ExportTicket,
  type ExportWriting,
} from '../../../shared/export-api';
import type { AuthContext } from '../../lib/auth-context';
import { DomainError } from '../../lib/errors';
import { keyedHash } from '../../lib/tokens';
import { requirePassword } from '../accounts/accounts.queries';
import type { ServiceDeps } from '../deps';
import type { Feature, TextField } from '../feature';
import { columnsOf, rowsNaming, type StoredRow } from './export.repository';

const TICKET_MS = EXPORT_TICKET_MINUTES * 60_000;
const TICKET = /^(\d{13})\.([A-Za-z0-9_-]{43})$/;

function ticketMac(secret: string, auth: AuthContext, expires: number): string {
  return keyedHash(secret, `export-ticket:${auth.user.id}:${auth.sessionId}:${expires}`);
}

/** Checks the password again (counted like log-in attempts), then gives a short-lived ticket. */
export async function createExportTicket(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'secret' | 'limiter' | 'limits' | 'passwordHasher'>,
  auth: AuthContext,
  password: string,
  ip: string,
): Promise<ExportTicket> {
  await requirePassword(deps, auth, password, ip);
  const expires = deps.clock.now().getTime() + TICKET_MS;
  return {
    ticket: `${expires}.${ticketMac(deps.secret, auth, expires)}`,
    expiresAt: new Date(expires).toISOString(),
  };
}

/** A ticket of this person and session, still fresh; anything else is refused alike. */
export function requireExportTicket(
  deps: Pick<ServiceDeps, 'clock' | 'secret'>,
  auth: AuthContext,
  ticket: string,
): void {
  const refused = new DomainError(
    'invalid_credentials',
    'Enter your password again to download your data.',
  );
  const match = TICKET.exec(ticket);
  if (!match) throw refused;
  const expires = Number(match[1]);
  const now = deps.clock.now().getTime();
  const given = Buffer.from(match[2] ?? '');
  const expected = Buffer.from(ticketMac(deps.secret, auth, expires));
  const genuine = given.length === expected.length && timingSafeEqual(given, expected);
  if (!genuine || expires <= now || expires > now + TICKET_MS) throw refused;
}

// ---------------------------------------------------------------- gathering

/**
 * Columns that are never exported, even one's own: stored secrets, and a
 * push subscription's address and keys (what lets a server reach the device).
 */
const SECRET_COLUMN = /(^|_)(hash|token|secret|endpoint|p256dh|auth)(_|$)/;
const TIME_COLUMNS = ['updated_at', 'created_at', 'taken_at', 'written_at'];
const VISIBILITIES = ['private', 'shared', 'reveal-together'] as const;

function isVisibility(value: unknown): value is (typeof VISIBILITIES)[number] {
  return typeof value === 'string' && (VISIBILITIES as readonly string[]).includes(value);
}
const NOT_CONTENT = new Set(['id', 'user_id', 'couple_id', 'author_id', 'session_id']);

const contentTexts = new WeakMap<Catalog, ReadonlyMap<string, string>>();

/** A content item's own words: its text, its title or its question. */
function wordsOf(item: Catalog['items'][number]): string {
  if ('text' in item) return item.text;
  if ('title' in item) return item.title;
  return item.question;
}

/** Every content item's words by id (questions, prompts, ideas…), read once per catalog. */
function contentTextsOf(catalog: Catalog): ReadonlyMap<string, string> {
  let texts = contentTexts.get(catalog);
  if (!texts) {
    texts = new Map(catalog.items.map((item) => [item.id, wordsOf(item)]));
    contentTexts.set(catalog, texts);
  }
  return texts;
}

/** Words for content ids (a check statement, a question…), for the readable page. */
export function contentLabeler(catalog: Catalog): (id: string) => string | undefined {
  const texts = contentTextsOf(catalog);
  return (id) => texts.get(id);
}

/** What a row answers: the first content item one of its `…_id` columns names. */
function aboutOf(row: StoredRow, texts: ReadonlyMap<string, string>): string | null {
  for (const [column, value] of Object.entries(row)) {
    if (!column.endsWith('_id') || NOT_CONTENT.has(column) || typeof value !== 'string') continue;
    const text = texts.get(value);
    if (text) return text;
  }
  return null;
}

function sharingOf(row: StoredRow): ExportWriting['sharing'] {
  if (isVisibility(row.visibility)) return row.visibility;
  if ('shared' in row)
    return Number(row.shared) === 1 || row.shared === true ? 'shared' : 'private';
  return null;
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/**
 * Moments are kept to the day (UTC), as the app shows a partner's doings: a
 * shared row can carry the time the partner acted (a thank-you, a ticked
 * step), and no moment of anyone's activity leaves in the file.
 */
const MOMENT = /^\d{4}-\d{2}-\d{2}T/;

function dayOf(value: string): string {
  return MOMENT.test(value) ? value.slice(0, 10) : value;
}

function writtenOnOf(row: StoredRow): string | null {
  for (const column of TIME_COLUMNS) {
    const value = textOrNull(row[column]);
    if (value) return dayOf(value);
  }
  return null;
}

/** A stored value as the export keeps it: text, a number, or nothing; a moment (`…_at`) as its day. */
function exportValue(column: string, value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return column.endsWith('_at') ? dayOf(value) : value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return JSON.stringify(value);
}

/**
 * One of my rows as exported: secrets out, and every text column out too:
 * my words are in `writings` (linked by the row's id), and words of anyone
 * else in the row never leave.
 */
function ownRecord(row: StoredRow, fields: readonly TextField[]) {
  const out: Record<string, string | number | null> = {};
  for (const [column, value] of Object.entries(row)) {
    if (SECRET_COLUMN.test(column) || fields.some((f) => f.column === column)) continue;
    out[column] = exportValue(column, value);
  }
  return out;
}

/** The tables a feature keeps rows of a person in, with the columns that name them and their words. */
function placesOf(feature: Feature) {
  const tables = new Set<string>([...feature.tables, ...feature.textFields.map((f) => f.table)]);
  return [...tables].map((table) => ({
    table,
    fields: feature.textFields.filter((f) => f.table === table),
  }));
}

/** Everything the person wrote, and their own records, from every feature. */
export async function gatherExport(
  deps: Pick<ServiceDeps, 'db' | 'dialect' | 'clock' | 'catalog'>,
  auth: AuthContext,
  features: readonly Feature[],
): Promise<ExportDocument> {
  const me = auth.user.id;
  const texts = contentTextsOf(deps.catalog);
  const writings: ExportWriting[] = [];
  const records: ExportRecordSet[] = [];
  for (const feature of features) {
    for (const { table, fields } of placesOf(feature)) {
      const columns = await columnsOf(deps.db, deps.dialect, table);
      const owners = [
        ...new Set([...fields.map((f) => f.owner), 'user_id'].filter((c) => columns.includes(c))),
      ];
      if (owners.length === 0) continue;
      const orderBy = columns.includes('created_at') ? 'created_at' : null;
      const rows = await rowsNaming(deps.db, table, owners, me, orderBy);
      if (rows.length === 0) continue;
      for (const field of fields) {
        for (const row of rows) {
          const text = textOrNull(row[field.column]);
          if (row[field.owner] !== me || !text || text.trim() === '') continue;
          writings.push({
            feature: feature.id,
            table,
            column: field.column,
            id: textOrNull(row.id),
            text,
            writtenOn: writtenOnOf(row),
            about: aboutOf(row, texts),
            author: auth.user.displayName,
            sharing: sharingOf(row),
          });
        }
      }
      records.push({
        feature: feature.id,
        table,
        rows: rows.map((row) => ownRecord(row, fields)),
      });
    }
  }
  // Oldest first; undated last, in the order found.
  const order = writings.map((w, i) => ({ w, i }));
  order.sort(
    (a, b) => (a.w.writtenOn ?? '\uffff').localeCompare(b.w.writtenOn ?? '\uffff') || a.i - b.i,
  );
  return {
    format: 'rekindle-export',
    version: 1,
    exportedAt: deps.clock.now().toISOString(),
    person: {
      id: me,
      displayName: auth.user.displayName,
      email: auth.user.email,
      timeZone: auth.user.timeZone,
      createdAt: auth.user.createdAt,
    },
    couple: auth.couple
      ? {
          partnerName: auth.couple.partnerName,
          since: auth.couple.since,
          timeZone: auth.couple.timeZone,
        }
      : null,
    writings: order.map(({ w }) => w),
    records,
  };
}
