/**
 * Filling a benchmark database in bulk, inside the database itself
 * (`generate_series` on PostgreSQL, a recursive CTE on SQLite), for the query
 * benchmarks: `bench:queries` (queries.ts) and `bench:scale` (scale.ts).
 *
 * Couple n (1, 2, …) is "c" followed by n in twelve digits; its people are
 * 2n−1 and 2n ("u…"), each with one session ("s…" followed by SESSION_TAIL).
 * Every id sorts the way its number does.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { type DatabaseHandle, type Db, openDatabase } from '../src/server/db/database';

export type BenchDialect = 'postgres' | 'sqlite';

export interface BenchDatabase {
  handle: DatabaseHandle;
  dialect: BenchDialect;
  /** The PostgreSQL database's name, or the SQLite file. */
  name: string;
  /** The connection string of a PostgreSQL database (undefined on SQLite). */
  url: string | undefined;
  /** Bytes on disk. */
  bytes: () => Promise<number>;
  /** Closes the connections and removes the database, unless `keep`. */
  close: (options?: { keep?: boolean }) => Promise<void>;
}

async function adminQuery(url: string, text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

/**
 * A fresh, empty database: on PostgreSQL one named `<prefix>_<pid>_<time>`,
 * created from `postgresUrl`'s server (and dropped by close); on SQLite a file
 * in a temporary folder.
 */
export async function openBenchDatabase(options: {
  dialect: BenchDialect;
  postgresUrl: string;
  prefix: string;
  poolSize?: number;
}): Promise<BenchDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(options.prefix))
    throw new Error(`Not a database name prefix: ${options.prefix}`);
  if (options.dialect === 'postgres') {
    const name = `${options.prefix}_${process.pid}_${Date.now()}`;
    await adminQuery(options.postgresUrl, `CREATE DATABASE ${name}`);
    const target = new URL(options.postgresUrl);
    target.pathname = `/${name}`;
    const url = target.toString();
    const handle = openDatabase({ databaseUrl: url, poolSize: options.poolSize ?? 1 });
    return {
      handle,
      dialect: 'postgres',
      name,
      url,
      bytes: async () => {
        const { rows } = await sql<{
          bytes: string;
        }>`SELECT pg_database_size(current_database()) AS bytes`.execute(handle.db);
        return Number(rows[0]?.bytes ?? 0);
      },
      close: async ({ keep = false } = {}) => {
        await handle.close();
        if (!keep)
          await adminQuery(options.postgresUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), `${options.prefix}-`));
  const file = join(dir, 'rekindle.db');
  const handle = openDatabase({ sqliteFile: file });
  return {
    handle,
    dialect: 'sqlite',
    name: file,
    url: undefined,
    bytes: async () => statSync(file).size,
    close: async ({ keep = false } = {}) => {
      await handle.close();
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Rows `n` = 1..count, made by the database (use as a subquery: `FROM (…) AS x`). */
export function numbers(dialect: BenchDialect, count: number): string {
  const n = Math.trunc(count);
  return dialect === 'postgres'
    ? `SELECT g AS n FROM generate_series(1, ${n}) AS g`
    : `WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < ${n}) SELECT n FROM s`;
}

/** An integer SQL expression as twelve digits, so ids sort as their numbers do. */
export function pad(dialect: BenchDialect, expr: string): string {
  return dialect === 'postgres' ? `lpad((${expr})::text, 12, '0')` : `printf('%012d', ${expr})`;
}

/** The id of number n with a prefix, as the SQL of this module writes it. */
export const idOf = (prefix: string, n: number): string =>
  `${prefix}${String(n).padStart(12, '0')}`;

/** What follows a session's number in its stored id (a stored id is as long as a real one). */
export const SESSION_TAIL = 'abcdefghijklmnopqrstuvwxyz0123';

/** The stored id of person `person`'s session. */
export const sessionIdOf = (person: number): string => `${idOf('s', person)}${SESSION_TAIL}`;

/** The seeded answers' words (a real answer's length). */
export const ANSWER_TEXT =
  'Seeded answer: something kind and specific about the day, a few words long.';

export async function runSql(db: Db, text: string): Promise<void> {
  await sql.raw(text).execute(db);
}

/**
 * Couples 1..couples, two people each (paired, in UTC), and a session per
 * person that expires in 30 days. `since` is when the couples and people
 * were created.
 */
export async function seedPeople(
  db: Db,
  dialect: BenchDialect,
  input: { couples: number; since: string; now: string },
): Promise<void> {
  const expires = new Date(Date.parse(input.now) + 30 * 86_400_000).toISOString();
  const { couples, since, now } = input;
  await runSql(
    db,
    `INSERT INTO couples (id, time_zone, created_at, ended_at)
     SELECT 'c' || ${pad(dialect, 'n')}, 'UTC', '${since}', NULL FROM (${numbers(dialect, couples)}) AS x`,
  );
  await runSql(
    db,
    `INSERT INTO users (id, email, password_hash, display_name, time_zone, couple_id, created_at)
     SELECT 'u' || ${pad(dialect, 'n')}, 'p' || n || '@example.com', 'x', 'Person ' || n, 'UTC',
            'c' || ${pad(dialect, '(n + 1) / 2')}, '${since}'
     FROM (${numbers(dialect, couples * 2)}) AS x`,
  );
  await runSql(
    db,
    `INSERT INTO sessions (id, user_id, device, created_at, last_used_at, expires_at)
     SELECT 's' || ${pad(dialect, 'n')} || '${SESSION_TAIL}', 'u' || ${pad(dialect, 'n')}, 'bench',
            '${now}', '${now}', '${expires}'
     FROM (${numbers(dialect, couples * 2)}) AS x`,
  );
}

/**
 * For every couple and each of `days` (oldest first), the day's question
 * (the deck in order) and both partners' answers, one day at a time.
 */
export async function seedEveryDay(
  db: Db,
  dialect: BenchDialect,
  input: { couples: number; days: readonly string[]; deck: readonly string[]; now: string },
): Promise<void> {
  const { couples, days, deck, now } = input;
  for (const [i, day] of days.entries()) {
    const question = deck[i % deck.length];
    await runSql(
      db,
      `INSERT INTO daily_questions (scope, day, question_id, created_at)
       SELECT 'c:c' || ${pad(dialect, 'n')}, '${day}', '${question}', '${now}'
       FROM (${numbers(dialect, couples)}) AS x`,
    );
    await runSql(
      db,
      `INSERT INTO answers (id, user_id, scope, day, question_id, couple_id, visibility, text, created_at, updated_at)
       SELECT 'a' || ${pad(dialect, 'n')} || '${day}', 'u' || ${pad(dialect, 'n')},
              'c:c' || ${pad(dialect, '(n + 1) / 2')}, '${day}', '${question}',
              'c' || ${pad(dialect, '(n + 1) / 2')}, 'reveal-together', '${ANSWER_TEXT}', '${now}', '${now}'
       FROM (${numbers(dialect, couples * 2)}) AS x`,
    );
  }
}

/** The value at fraction `q` (0..1) of the sorted values: the smallest with at least that share at or below it. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

/** Times one piece of work, adding its milliseconds to `into`. */
export async function timed<T>(into: number[], work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  into.push(performance.now() - started);
  return result;
}
