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
import { sql } from 'kysely';
import { loadCatalog } from '../src/content/load';
import { addDays, localDay } from '../src/core/calendar';
import { features } from '../src/server/app';
import { createSessionLookup } from '../src/server/auth/sessions';
import { migrateToLatest } from '../src/server/db/migrate';
import { findDay, upsertAnswer } from '../src/server/features/dialogue/dialogue.repository';
import { createTodaySnapshot, todayFrame } from '../src/server/features/today/today.service';
import { systemClock } from '../src/server/lib/clock';
import { authContextOf } from '../src/server/plugins/session';
import {
  ANSWER_TEXT,
  type BenchDialect,
  openBenchDatabase,
  quantile,
  seedEveryDay,
  seedPeople,
  sessionIdOf,
  timed,
} from './bulk';
import { fmt, spreadOf } from './report';

const DATABASE = process.env.BENCH_DATABASE ?? 'postgres';
const POSTGRES_URL =
  process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SIZES = (process.env.BENCH_COUPLES ?? '1000,500000').split(',').map(Number);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 2000);
const DAYS = 7;

async function measureSize(
  dialect: BenchDialect,
  couples: number,
): Promise<Record<string, number[]>> {
  const opened = await openBenchDatabase({
    dialect,
    postgresUrl: POSTGRES_URL,
    prefix: dialect === 'postgres' ? 'rekindle_bench' : 'rekindle_queries',
  });
  const { db } = opened.handle;
  try {
    await migrateToLatest(db);
    const now = new Date().toISOString();
    const today = localDay(new Date(), 'UTC');
    const days = Array.from({ length: DAYS }, (_, i) => addDays(today, i - DAYS + 1));
    const deck = loadCatalog().questionDeck;
    const started = performance.now();
    await seedPeople(db, dialect, { couples, since: now, now });
    await seedEveryDay(db, dialect, { couples, days, deck, now });
    if (dialect === 'postgres') await sql`ANALYZE`.execute(db);
    const size =
      dialect === 'postgres'
        ? `${fmt((await opened.bytes()) / 1024 ** 3, 2)} GB`
        : `${fmt((await opened.bytes()) / 1024 ** 2)} MB`;
    process.stdout.write(
      `  ${fmt(couples)} couples seeded in ${fmt((performance.now() - started) / 1000, 1)} s (${size})\n`,
    );

    const lookup = createSessionLookup(db);
    const snapshot = createTodaySnapshot(features.flatMap((f) => (f.today ? [f.today] : [])));
    const times = {
      'session lookup': [] as number[],
      "the day's question": [] as number[],
      "Today's snapshot": [] as number[],
      'answer upsert': [] as number[],
    };
    for (let i = 0; i < SAMPLES; i++) {
      const couple = 1 + Math.floor(Math.random() * couples);
      const person = 2 * couple - (i % 2);
      const row = await timed(times['session lookup'], () =>
        lookup.find(sessionIdOf(person), new Date()),
      );
      if (!row?.couple_id || !row.partner_id) throw new Error(`no session for person ${person}`);
      const scope = `c:${row.couple_id}`;
      await timed(times["the day's question"], () => findDay(db, scope, today));
      const auth = authContextOf(row);
      await timed(times["Today's snapshot"], () =>
        snapshot(db, todayFrame({ clock: systemClock }, auth)),
      );
      await timed(times['answer upsert'], () =>
        upsertAnswer(db, {
          id: `bench-${i}`,
          user_id: row.user_id,
          scope,
          day: today,
          question_id: deck[(DAYS - 1) % deck.length] as string,
          couple_id: row.couple_id,
          visibility: 'reveal-together',
          text: `${ANSWER_TEXT} (${i})`,
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
    const times = await measureSize(DATABASE, couples);
    for (const [name, values] of Object.entries(times)) {
      rows.push(
        `| ${fmt(couples).padStart(9)} | ${name.padEnd(18)} | ${fmt(spreadOf(values).median, 3).padStart(7)} | ${fmt(quantile(values, 0.99), 3).padStart(7)} |`,
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
