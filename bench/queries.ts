/**
 * `npm run bench:queries`: latency of the hot queries at two sizes, on the
 * database the app uses (the app's own query functions, so PostgreSQL gets its
 * named statements and SQLite its cached statements, page cache and memory map).
 *
 * For each size, a fresh database is migrated and filled in bulk by SQL
 * (`generate_series` on PostgreSQL, a recursive CTE on SQLite): every couple
 * has two people, a session each, and a week of daily questions and answers.
 * Then, for random couples, one after another on one connection: the session
 * lookup, the day's question, Today's snapshot and the answer upsert, timed
 * one by one; p50 and p99 per query.
 *
 * Environment (all optional):
 *   BENCH_DATABASE      'postgres' (default) or 'sqlite'
 *   BENCH_POSTGRES_URL  where the bench database is created (and dropped)
 *   BENCH_COUPLES       sizes, comma-separated (default 1000,500000)
 *   BENCH_SAMPLES       random couples measured per size (default 2000)
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { loadCatalog } from '../src/content/load';
import { addDays, localDay } from '../src/core/calendar';
import { features } from '../src/server/app';
import { createSessionLookup } from '../src/server/auth/sessions';
import { type DatabaseHandle, openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { findDay, upsertAnswer } from '../src/server/features/dialogue/dialogue.repository';
import { createTodaySnapshot, todayFrame } from '../src/server/features/today/today.service';
import { systemClock } from '../src/server/lib/clock';
import { authContextOf } from '../src/server/plugins/session';
import { fmt, spreadOf } from './report';
import { postgresDatabase } from './servers';

const DATABASE = process.env.BENCH_DATABASE ?? 'postgres';
const POSTGRES_URL =
  process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SIZES = (process.env.BENCH_COUPLES ?? '1000,500000').split(',').map(Number);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 2000);
const DAYS = 7;
const TEXT = 'Seeded answer: something kind and specific about the day, a few words long.';

interface Opened {
  handle: DatabaseHandle;
  size: () => Promise<string>;
  close: () => Promise<void>;
}

async function open(): Promise<Opened> {
  if (DATABASE === 'postgres') {
    const database = await postgresDatabase(POSTGRES_URL);
    const handle = openDatabase({ databaseUrl: database.url, poolSize: 1 });
    return {
      handle,
      size: async () => {
        const { rows } = await sql<{
          size: string;
        }>`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`.execute(handle.db);
        return rows[0]?.size ?? '?';
      },
      close: async () => {
        await handle.close();
        await database.drop();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'rekindle-queries-'));
  const file = join(dir, 'rekindle.db');
  const handle = openDatabase({ sqliteFile: file });
  return {
    handle,
    size: async () => `${fmt(statSync(file).size / 1024 ** 2)} MB`,
    close: async () => {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Rows 1..n of one table, filled by the database itself. */
function numbers(n: number): string {
  return DATABASE === 'postgres'
    ? `SELECT g AS n FROM generate_series(1, ${n}) AS g`
    : `WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < ${n}) SELECT n FROM s`;
}

const pad = (expr: string) =>
  DATABASE === 'postgres' ? `lpad((${expr})::text, 12, '0')` : `printf('%012d', ${expr})`;

/** Couple n: people 2n-1 and 2n, sessions of the same numbers, a week of questions and answers. */
async function seed(
  db: DatabaseHandle['db'],
  couples: number,
  days: string[],
  deck: readonly string[],
) {
  const now = new Date().toISOString();
  const expires = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const run = (text: string) => sql.raw(text).execute(db);
  await run(
    `INSERT INTO couples (id, time_zone, created_at, ended_at)
     SELECT 'c' || ${pad('n')}, 'UTC', '${now}', NULL FROM (${numbers(couples)}) AS x`,
  );
  await run(
    `INSERT INTO users (id, email, password_hash, display_name, time_zone, couple_id, created_at)
     SELECT 'u' || ${pad('n')}, 'p' || n || '@example.com', 'x', 'Person ' || n, 'UTC',
            'c' || ${pad('(n + 1) / 2')}, '${now}'
     FROM (${numbers(couples * 2)}) AS x`,
  );
  await run(
    `INSERT INTO sessions (id, user_id, device, created_at, last_used_at, expires_at)
     SELECT 's' || ${pad('n')} || 'abcdefghijklmnopqrstuvwxyz0123', 'u' || ${pad('n')}, 'bench',
            '${now}', '${now}', '${expires}'
     FROM (${numbers(couples * 2)}) AS x`,
  );
  for (const [i, day] of days.entries()) {
    const question = deck[i % deck.length];
    await run(
      `INSERT INTO daily_questions (scope, day, question_id, created_at)
       SELECT 'c:c' || ${pad('n')}, '${day}', '${question}', '${now}' FROM (${numbers(couples)}) AS x`,
    );
    await run(
      `INSERT INTO answers (id, user_id, scope, day, question_id, couple_id, visibility, text, created_at, updated_at)
       SELECT 'a' || ${pad('n')} || '${day}', 'u' || ${pad('n')}, 'c:c' || ${pad('(n + 1) / 2')},
              '${day}', '${question}', 'c' || ${pad('(n + 1) / 2')}, 'reveal-together',
              '${TEXT}', '${now}', '${now}'
       FROM (${numbers(couples * 2)}) AS x`,
    );
  }
  if (DATABASE === 'postgres') await run('ANALYZE');
}

const id = (prefix: string, n: number) => `${prefix}${String(n).padStart(12, '0')}`;

async function measureSize(couples: number): Promise<Record<string, number[]>> {
  const opened = await open();
  const { db } = opened.handle;
  try {
    await migrateToLatest(db);
    const today = localDay(new Date(), 'UTC');
    const days = Array.from({ length: DAYS }, (_, i) => addDays(today, i - DAYS + 1));
    const deck = loadCatalog().questionDeck;
    const started = performance.now();
    await seed(db, couples, days, deck);
    process.stdout.write(
      `  ${fmt(couples)} couples seeded in ${fmt((performance.now() - started) / 1000, 1)} s (${await opened.size()})\n`,
    );

    const lookup = createSessionLookup(db);
    const snapshot = createTodaySnapshot(features.flatMap((f) => (f.today ? [f.today] : [])));
    const times: Record<string, number[]> = {
      'session lookup': [],
      "the day's question": [],
      "Today's snapshot": [],
      'answer upsert': [],
    };
    const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      const t = performance.now();
      const result = await work();
      times[name]?.push(performance.now() - t);
      return result;
    };
    for (let i = 0; i < SAMPLES; i++) {
      const couple = 1 + Math.floor(Math.random() * couples);
      const person = 2 * couple - (i % 2);
      const row = await timed('session lookup', () =>
        lookup.find(`${id('s', person)}abcdefghijklmnopqrstuvwxyz0123`, new Date()),
      );
      if (!row?.couple_id || !row.partner_id) throw new Error(`no session for person ${person}`);
      const scope = `c:${row.couple_id}`;
      await timed("the day's question", () => findDay(db, scope, today));
      const auth = authContextOf(row);
      await timed("Today's snapshot", () => snapshot(db, todayFrame({ clock: systemClock }, auth)));
      await timed('answer upsert', () =>
        upsertAnswer(db, {
          id: `bench-${i}`,
          user_id: row.user_id,
          scope,
          day: today,
          question_id: deck[(DAYS - 1) % deck.length] as string,
          couple_id: row.couple_id,
          visibility: 'reveal-together',
          text: `${TEXT} (${i})`,
          nowIso: new Date().toISOString(),
        }),
      );
    }
    return times;
  } finally {
    await opened.close();
  }
}

async function main(): Promise<void> {
  if (DATABASE !== 'postgres' && DATABASE !== 'sqlite')
    throw new Error(`BENCH_DATABASE must be postgres or sqlite, not "${DATABASE}"`);
  process.stdout.write(
    `Hot queries on ${DATABASE}, ${fmt(SAMPLES)} random couples per size, one connection, one query at a time\n`,
  );
  const rows: string[] = [];
  for (const couples of SIZES) {
    const times = await measureSize(couples);
    for (const [name, values] of Object.entries(times)) {
      const sorted = [...values].sort((a, b) => a - b);
      const p99 = sorted[Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)] ?? 0;
      rows.push(
        `| ${fmt(couples).padStart(9)} | ${name.padEnd(18)} | ${fmt(spreadOf(values).median, 3).padStart(7)} | ${fmt(p99, 3).padStart(7)} |`,
      );
    }
  }
  process.stdout.write(
    `\n|   couples | query              |  p50 ms |  p99 ms |\n|----------:|--------------------|--------:|--------:|\n${rows.join('\n')}\n`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:queries failed: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exit(1);
  },
);
