/**
 * Every per-person or per-couple query on the hot paths and in history reads
 * through an index: its cost is bounded by what it asks for, never by the
 * size of a table or of a person's whole history. Checked with SQLite's
 * EXPLAIN QUERY PLAN on the SQL the app really sends.
 */
import SQLite from 'better-sqlite3';
import { type CompiledQuery, Kysely, SqliteDialect } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { features } from '../app';
import { createSessionLookup } from '../auth/sessions';
import { listCheckResults } from '../features/check/check.repository';
import {
  findDay,
  findLatestDayOfQuestion,
  listHistoryDays,
  listHistoryEntries,
} from '../features/dialogue/dialogue.repository';
import { listPulses } from '../features/progress/progress.repository';
import { createTodaySnapshot, todayFrame } from '../features/today/today.service';
import type { AuthContext } from '../lib/auth-context';
import { fixedClock } from '../lib/clock';
import type { Db } from './database';
import { migrateToLatest } from './migrate';
import type { Database } from './types';

const sqlite = new SQLite(':memory:');
const sent: CompiledQuery[] = [];
const db: Db = new Kysely<Database>({
  dialect: new SqliteDialect({ database: sqlite }),
  log: (event) => {
    if (event.level === 'query') sent.push(event.query);
  },
});

/** Plan lines that read a whole table or a whole index of one (a bounded subquery's rows are fine). */
function fullScans(query: CompiledQuery): string[] {
  const tables = new Set(
    (
      sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
        name: string;
      }[]
    ).map((t) => t.name),
  );
  const plan = sqlite
    .prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
    .all(...query.parameters.map((p) => (p === null || typeof p !== 'object' ? p : String(p)))) as {
    detail: string;
  }[];
  return plan
    .map((row) => row.detail)
    .filter((detail) => tables.has(/^SCAN (\w+)/.exec(detail)?.[1] ?? ''));
}

async function sqlOf(work: () => Promise<unknown>): Promise<CompiledQuery[]> {
  sent.length = 0;
  await work();
  return [...sent];
}

const alex: AuthContext = {
  sessionId: 's',
  route: 'together',
  routeKept: 'nowhere',
  user: { id: 'u1', email: 'a@example.com', displayName: 'Alex', timeZone: 'UTC', createdAt: '' },
  couple: { id: 'c1', timeZone: 'UTC', since: '', partnerId: 'u2', partnerName: 'Sam' },
};

describe('query plans', () => {
  beforeAll(async () => {
    await migrateToLatest(db);
  });

  const cases: [string, () => Promise<unknown>][] = [
    ['session lookup', () => createSessionLookup(db).find('s', new Date())],
    ["the day's question", () => findDay(db, 'c:c1', '2026-12-01')],
    ["a question's latest day", () => findLatestDayOfQuestion(db, 'c:c1', 'q1')],
    [
      'a page of history days',
      () => listHistoryDays(db, { scope: 'c:c1', userId: 'u1', before: '2026-12-01', limit: 20 }),
    ],
    [
      'the entries of a history page',
      () =>
        listHistoryEntries(db, {
          scope: 'c:c1',
          userId: 'u1',
          from: '2026-11-01',
          to: '2026-11-30',
        }),
    ],
    ['check results', () => listCheckResults(db, 'u1', 'c1')],
    ['weekly pulses', () => listPulses(db, 'u1', 'c1')],
    [
      "Today's snapshot",
      () =>
        createTodaySnapshot(features.flatMap((f) => (f.today ? [f.today] : [])))(
          db,
          todayFrame({ clock: fixedClock(new Date('2026-12-01T09:00:00Z')) }, alex),
        ),
    ],
  ];

  it.each(cases)('%s reads through indexes only', async (_name, work) => {
    const queries = await sqlOf(work);
    expect(queries.length).toBeGreaterThan(0);
    for (const query of queries) expect(fullScans(query), query.sql).toEqual([]);
  });
});
