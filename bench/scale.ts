/**
 * `npm run bench:scale`: do Today, history and progress stay as fast with a
 * million couples as with a thousand?
 *
 * For each size, a fresh PostgreSQL database is migrated with the app's own
 * migrations and filled in set-based SQL (scale-seed.ts): a year of history
 * for every `BENCH_SCALE_YEAR_EVERY`-th couple, the last days for the others;
 * then VACUUM (ANALYZE), as autovacuum would leave a settled database, and a
 * CHECKPOINT, so what VACUUM wrote is on disk before the reads are timed.
 *
 * The reads are timed through the app's own service functions, as the routes
 * call them (prepared queries go out as named statements, as in the app), one
 * at a time on one connection, each for a random couple with a year of
 * history and a random one of its two people: the session lookup, Today (the
 * snapshot query and its items), Today's snapshot alone, the first page of
 * history, a page 300 days back (the cursor a tenth page would carry), and
 * progress. Every read draws its own couple, so none is helped by the pages
 * the read before it brought into memory.
 *
 * The machine is shared, so each larger size is timed round by round (one
 * read of each kind) alternating with the smallest size, kept open for this:
 * each ratio compares timings taken under the same load. A read is "flat"
 * when its p50 and its p99 are both within ±25 % of the smallest size's.
 *
 * Random couples out of a million are read cold: their pages come from the
 * disk. A server's active couples stay in memory, so each size is also
 * timed as a fixed set of active couples (BENCH_SCALE_ACTIVE of those with a
 * year), every read of each of their people run once untimed first, then
 * timed the same way, alternating with the smallest size's active set.
 *
 * Then, at every size, the reads of 40 random couples are run again through a
 * connection that records their SQL, and each query under EXPLAIN (ANALYZE,
 * BUFFERS) with its real values: the pages each read touches, which do not
 * depend on what happens to be in memory. At the largest size the plans are
 * kept, each also planned as a generic plan (what a named statement may
 * settle on after five runs); a sequential scan of a table of more than
 * 10,000 rows is reported.
 *
 * Environment (all optional):
 *   BENCH_SCALE_SIZES        couples per size, comma-separated (default 1000,100000,1000000)
 *   BENCH_SCALE_SAMPLES      timed reads of each kind per size (default 2000)
 *   BENCH_SCALE_YEAR_EVERY   every k-th couple has a year of history (default 40)
 *   BENCH_SCALE_RECENT_DAYS  days of daily questions every other couple has (default 3)
 *   BENCH_SCALE_ACTIVE       couples in the active set (default 1000; at most those with a year)
 *   BENCH_POSTGRES_URL       the server the bench_scale_* databases are created on (and dropped)
 *   BENCH_KEEP               '1': keep the databases
 *   BENCH_STRICT             '1': exit 2 when a read is not flat or a plan scans a large table
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { type CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { type Catalog, loadCatalog } from '../src/content/load';
import { addDays, localDay } from '../src/core/calendar';
import { features } from '../src/server/app';
import { createSessionLookup, type SessionLookup } from '../src/server/auth/sessions';
import type { Db } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import type { Database } from '../src/server/db/types';
import { productionPasswordHasher } from '../src/server/features/accounts/passwords';
import { defaultRateLimits, type ServiceDeps } from '../src/server/features/deps';
import { getHistory } from '../src/server/features/dialogue/dialogue.service';
import { getProgress } from '../src/server/features/progress/progress.service';
import {
  createTodaySnapshot,
  getToday,
  type TodaySnapshot,
  todayFrame,
} from '../src/server/features/today/today.service';
import { createJobRunner } from '../src/server/jobs/runner';
import type { AuthContext } from '../src/server/lib/auth-context';
import { type Clock, fixedClock } from '../src/server/lib/clock';
import { createRateLimiter } from '../src/server/lib/rate-limiter';
import { createLocalEventBus } from '../src/server/plugins/events';
import { authContextOf } from '../src/server/plugins/session';
import { type BenchDatabase, openBenchDatabase, quantile, sessionIdOf, timed } from './bulk';
import { fmt } from './report';
import { type SeedStep, seedScale } from './scale-seed';

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive whole number`);
  return value;
}

const POSTGRES_URL =
  process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SIZES = [
  ...new Set(
    (process.env.BENCH_SCALE_SIZES ?? '1000,100000,1000000')
      .split(',')
      .map((s) => Number(s.trim())),
  ),
].sort((a, b) => a - b);
const SAMPLES = positive('BENCH_SCALE_SAMPLES', 2000);
const YEAR_EVERY = positive('BENCH_SCALE_YEAR_EVERY', 40);
const RECENT_DAYS = positive('BENCH_SCALE_RECENT_DAYS', 3);
const ACTIVE = positive('BENCH_SCALE_ACTIVE', 1000);
const KEEP = process.env.BENCH_KEEP === '1';
const STRICT = process.env.BENCH_STRICT === '1';
/** Rounds (one read of each kind) per turn when two sizes alternate. */
const BLOCK = 1;
/** Untimed rounds first: named statements prepared, plans settled. */
const WARM_UP = 10;
const FLAT = 0.25;
/** The web app's history page (src/web/features/history/history-api.ts). */
const HISTORY_PAGE = 30;
const DEEP_DAYS = 300;
const LARGE_TABLE_ROWS = 10_000;
/** Couples whose reads are run again under EXPLAIN, per size, to count the pages they touch. */
const PLAN_COUPLES = 40;

const mean = (values: readonly number[]) =>
  values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;

const providers = features.flatMap((f) => (f.today ? [f.today] : []));

const READS = [
  'session lookup',
  'Today',
  "Today's snapshot",
  'history, first page',
  'history, 300 days back',
  'progress',
] as const;
type ReadName = (typeof READS)[number];
type Times = Record<ReadName, number[]>;
const noTimes = (): Times =>
  Object.fromEntries(READS.map((name) => [name, [] as number[]])) as unknown as Times;

interface SizeRun {
  couples: number;
  database: BenchDatabase;
  deps: ServiceDeps;
  lookup: SessionLookup;
  snapshot: TodaySnapshot;
  /** Couples with a year of history: numbers yearEvery, 2·yearEvery, … */
  yearCouples: number;
  /** The active set: numbers of couples with a year of history, drawn once. */
  active: number[];
  today: string;
  seed: { steps: SeedStep[]; seconds: number; vacuumSeconds: number; bytes: number };
}

const open = new Set<BenchDatabase>();
const write = (line: string) => process.stdout.write(`${line}\n`);

function depsFor(db: Db, catalog: Catalog, clock: Clock): ServiceDeps {
  const secret = 'bench-scale-secret';
  return {
    db,
    dialect: 'postgres',
    clock,
    secret,
    sessionTtlMs: 30 * 86_400_000,
    publicUrl: 'http://localhost',
    catalog,
    bus: createLocalEventBus(),
    limiter: createRateLimiter(db, clock, secret),
    limits: defaultRateLimits,
    passwordHasher: productionPasswordHasher,
    // Never started: nothing runs in the background while the reads are timed.
    jobs: createJobRunner({
      db,
      dialect: 'postgres',
      clock,
      log: {
        warn: (_details, message) => process.stderr.write(`job warning: ${message}\n`),
        error: (_details, message) => process.stderr.write(`job error: ${message}\n`),
      },
    }),
    mailer: null,
    sso: null,
  };
}

async function prepareSize(couples: number, catalog: Catalog): Promise<SizeRun> {
  const database = await openBenchDatabase({
    dialect: 'postgres',
    postgresUrl: POSTGRES_URL,
    prefix: `bench_scale_${couples}`,
  });
  open.add(database);
  const { db } = database.handle;
  await migrateToLatest(db);
  const start = new Date();
  const today = localDay(start, 'UTC');
  write(`\n${fmt(couples)} couples (${database.name}), seeding:`);
  const started = performance.now();
  // Foreign keys are not checked row by row while seeding (as pg_restore's
  // --disable-triggers loads): every row refers to rows inserted before it.
  // Only a superuser may; anyone else seeds with the checks, more slowly.
  const unchecked = await sql`SET session_replication_role = replica`.execute(db).then(
    () => true,
    () => false,
  );
  if (!unchecked)
    write('  (not a superuser: foreign keys are checked row by row, which is slower)');
  let steps: SeedStep[];
  try {
    steps = await seedScale(
      db,
      catalog,
      {
        couples,
        yearEvery: YEAR_EVERY,
        recentDays: RECENT_DAYS,
        today,
        now: start.toISOString(),
      },
      write,
    );
  } finally {
    if (unchecked) await sql`RESET session_replication_role`.execute(db);
  }
  const seconds = (performance.now() - started) / 1000;
  const vacuumStarted = performance.now();
  await sql`VACUUM (ANALYZE)`.execute(db);
  // Only a superuser (or pg_checkpoint) may; without it the writes settle in the background.
  await sql`CHECKPOINT`.execute(db).catch(() => write('  (CHECKPOINT not allowed: skipped)'));
  const vacuumSeconds = (performance.now() - vacuumStarted) / 1000;
  const bytes = await database.bytes();
  const rows = steps.reduce((sum, s) => sum + s.rows, 0);
  write(
    `  ${fmt(rows)} rows in ${fmt(seconds, 1)} s, VACUUM (ANALYZE) and CHECKPOINT ${fmt(vacuumSeconds, 1)} s, ${fmt(bytes / 1024 ** 3, 2)} GB`,
  );
  // The seed's moment stays "now" for the reads: a run across midnight still reads the seeded today.
  // Time spent reading pages in, per database (pg_stat_database.blk_read_time); superuser only.
  await sql`SET track_io_timing = on`.execute(db).catch(() => {});
  const deps = depsFor(db, catalog, fixedClock(start));
  return {
    couples,
    database,
    deps,
    lookup: createSessionLookup(db),
    snapshot: createTodaySnapshot(providers),
    yearCouples: Math.floor(couples / YEAR_EVERY),
    active: activeSet(Math.floor(couples / YEAR_EVERY)),
    today,
    seed: { steps, seconds, vacuumSeconds, bytes },
  };
}

async function closeSize(run: SizeRun): Promise<void> {
  open.delete(run.database);
  await run.database.close({ keep: KEEP });
}

type Read = (run: SizeRun, deps: ServiceDeps, auth: AuthContext) => Promise<unknown>;

const reads: Record<Exclude<ReadName, 'session lookup'>, Read> = {
  Today: (run, deps, auth) => getToday(deps, auth, providers, run.snapshot),
  "Today's snapshot": (run, deps, auth) => run.snapshot(deps.db, todayFrame(deps, auth)),
  'history, first page': (_run, deps, auth) =>
    getHistory(deps, auth, { before: undefined, limit: HISTORY_PAGE }),
  'history, 300 days back': (run, deps, auth) =>
    getHistory(deps, auth, { before: addDays(run.today, -DEEP_DAYS), limit: HISTORY_PAGE }),
  progress: (_run, deps, auth) => getProgress(deps, auth),
};
const READ_NAMES = Object.keys(reads) as Exclude<ReadName, 'session lookup'>[];

/** ACTIVE distinct couples out of those with a year of history (all of them when fewer). */
function activeSet(yearCouples: number): number[] {
  const all = Array.from({ length: yearCouples }, (_, i) => YEAR_EVERY * (i + 1));
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [all[i], all[j]] = [all[j] ?? 0, all[i] ?? 0];
  }
  return all.slice(0, ACTIVE);
}

/** Which couples a read draws from: any with a year of history, or the active set. */
type Pool = 'all' | 'active';

/** One of the two people of a random couple with a year of history (of the active set). */
function randomPerson(run: SizeRun, pool: Pool = 'all'): number {
  if (run.yearCouples < 1) throw new Error(`${run.couples} couples: none has a year of history`);
  const couple =
    pool === 'active'
      ? (run.active[Math.floor(Math.random() * run.active.length)] ?? YEAR_EVERY)
      : YEAR_EVERY * (1 + Math.floor(Math.random() * run.yearCouples));
  return 2 * couple - Math.floor(Math.random() * 2);
}

/** A person's auth context, through the session lookup (timed into `into`). */
async function authOf(run: SizeRun, person: number, into: number[]): Promise<AuthContext> {
  const row = await timed(into, () => run.lookup.find(sessionIdOf(person), run.deps.clock.now()));
  if (!row?.couple_id || !row.partner_id) throw new Error(`No paired session for person ${person}`);
  return authContextOf(row);
}

const randomAuth = (run: SizeRun, into: number[], pool: Pool = 'all') =>
  authOf(run, randomPerson(run, pool), into);

async function rounds(run: SizeRun, times: Times, count: number, pool: Pool): Promise<void> {
  for (let i = 0; i < count; i++) {
    for (const name of READ_NAMES) {
      const auth = await randomAuth(run, times['session lookup'], pool);
      await timed(times[name], () => reads[name](run, run.deps, auth));
    }
  }
}

/** Every read of both people of every active couple, once, untimed: what a day of use leaves in memory. */
async function warmActive(run: SizeRun): Promise<void> {
  for (const couple of run.active)
    for (const person of [2 * couple - 1, 2 * couple]) {
      const auth = await authOf(run, person, []);
      for (const name of READ_NAMES) await reads[name](run, run.deps, auth);
    }
}

/** Rows inserted, updated or deleted in the app's tables so far (to show the reads wrote nothing). */
interface Counters {
  /** Rows inserted, updated or deleted in the app's tables (to show the reads wrote nothing). */
  written: number;
  /** Pages found in shared buffers, and read in (from the operating system's cache or the disk). */
  hit: number;
  read: number;
  /** Time spent reading pages in (with track_io_timing on; 0 otherwise). */
  readMs: number;
}

async function counters(db: Db): Promise<Counters> {
  await sql`SELECT pg_stat_force_next_flush()`.execute(db);
  const { rows } = await sql<{
    written: string | null;
    hit: string;
    read: string;
    read_ms: number;
  }>`
    SELECT (SELECT sum(n_tup_ins + n_tup_upd + n_tup_del) FROM pg_stat_user_tables) AS written,
           blks_hit AS hit, blks_read AS read, blk_read_time AS read_ms
    FROM pg_stat_database WHERE datname = current_database()`.execute(db);
  const row = rows[0];
  return {
    written: Number(row?.written ?? 0),
    hit: Number(row?.hit ?? 0),
    read: Number(row?.read ?? 0),
    readMs: Number(row?.read_ms ?? 0),
  };
}

interface Timing {
  times: Times;
  /** The smallest size, timed in the rounds between this size's (null for the smallest size itself). */
  alongside: Times | null;
  load: [number, number];
  writes: number;
  /** This size's pages while its reads were timed: found in shared buffers, read in, and the time reading. */
  io: { hit: number; read: number; readMs: number };
}

async function timeSize(run: SizeRun, base: SizeRun | null, pool: Pool): Promise<Timing> {
  const times = noTimes();
  const alongside = base ? noTimes() : null;
  if (pool === 'active') {
    const warming = performance.now();
    await warmActive(run);
    if (base) await warmActive(base);
    write(
      `  active set: ${fmt(run.active.length)} couples${base ? ` (and ${fmt(base.active.length)} of the smallest size)` : ''} read once in ${fmt((performance.now() - warming) / 1000, 1)} s`,
    );
  }
  await rounds(run, noTimes(), WARM_UP, pool);
  if (base) await rounds(base, noTimes(), WARM_UP, pool);
  const before = await counters(run.deps.db);
  const loadBefore = loadavg()[0] ?? 0;
  const started = performance.now();
  for (let done = 0, block = 0; done < SAMPLES; block++) {
    const count = Math.min(BLOCK, SAMPLES - done);
    if (base && alongside && block % 2 === 1) await rounds(base, alongside, count, pool);
    await rounds(run, times, count, pool);
    if (base && alongside && block % 2 === 0) await rounds(base, alongside, count, pool);
    done += count;
  }
  const after = await counters(run.deps.db);
  const writes = after.written - before.written;
  const io = {
    hit: after.hit - before.hit,
    read: after.read - before.read,
    readMs: after.readMs - before.readMs,
  };
  const load: [number, number] = [loadBefore, loadavg()[0] ?? 0];
  write(
    `  ${pool === 'active' ? 'active set: ' : ''}timed ${fmt(SAMPLES)} reads of each kind${base ? ` alongside ${fmt(base.couples)} couples` : ''} in ${fmt((performance.now() - started) / 1000, 1)} s; load average ${fmt(load[0], 1)} → ${fmt(load[1], 1)}; rows written by the reads: ${writes}`,
  );
  write(`  ${ioLine(io)}`);
  return { times, alongside, load, writes, io };
}

function ioLine(io: Timing['io']): string {
  const total = io.hit + io.read;
  const each =
    io.read > 0 && io.readMs > 0 ? `, ${fmt((1000 * io.readMs) / io.read, 1)} µs each` : '';
  return `pages: ${fmt(total)} touched, ${fmt(io.read)} (${fmt((100 * io.read) / Math.max(1, total), 1)} %) not in shared buffers and read in${each}`;
}

/** What the reads return for one couple, to see that they read what was seeded. */
async function sample(run: SizeRun): Promise<string> {
  const auth = await randomAuth(run, []);
  const today = await getToday(run.deps, auth, providers, run.snapshot);
  const first = await getHistory(run.deps, auth, { before: undefined, limit: HISTORY_PAGE });
  const deep = await getHistory(run.deps, auth, {
    before: addDays(run.today, -DEEP_DAYS),
    limit: HISTORY_PAGE,
  });
  const progress = await getProgress(run.deps, auth);
  return [
    `${auth.user.id}: Today ${today.now.length + today.waiting.length} items (${[...today.now, ...today.waiting].map((i) => i.kind).join(', ')})`,
    `history ${first.entries.length} days ${first.entries.at(-1)?.day ?? '-'}…${first.entries[0]?.day ?? '-'}`,
    `300 days back ${deep.entries.length} days ${deep.entries.at(-1)?.day ?? '-'}…${deep.entries[0]?.day ?? '-'}`,
    `progress ${progress.me.pulse[0]?.points.length ?? 0} pulses, ${progress.me.check.length} checks, ${progress.engagement.questionsAnswered} answers, partner ${progress.partner ? 'shown' : 'not shared'}`,
  ].join('; ');
}

// ------------------------------------------------------------------ query plans

interface QueryPlan {
  read: ReadName;
  sql: string;
  plan: string[];
  generic: string[] | string;
  /** Large tables read whole, in the plan with the real values or the generic one. */
  seqScans: string[];
  indexes: string[];
  executionMs: number;
}

function literal(client: pg.Client, value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return client.escapeLiteral(value.toISOString());
  return client.escapeLiteral(String(value));
}

const scansOf = (lines: readonly string[], large: ReadonlySet<string>) =>
  lines.flatMap((line) => {
    const table = /Seq Scan on (\w+)/.exec(line)?.[1];
    return table && large.has(table) ? [table] : [];
  });

const indexesOf = (lines: readonly string[]) => [
  ...new Set(
    lines.flatMap((line) => {
      const found =
        /(?:Index Scan|Index Only Scan|Index Scan Backward|Index Only Scan Backward) using (\w+)/.exec(
          line,
        );
      const bitmap = /Bitmap Index Scan on (\w+)/.exec(line);
      return [found?.[1], bitmap?.[1]].filter((name): name is string => name !== undefined);
    }),
  ),
];

/** Shared buffers (8 KB pages) the plan's top node touched: found in memory, and read in. */
function pagesOf(plan: readonly string[]): number {
  const end = plan.findIndex((line) => /^\s*Planning/.test(line));
  const line = plan.slice(0, end < 0 ? plan.length : end).find((l) => /^\s*Buffers:/.test(l));
  const hit = Number(/shared hit=(\d+)/.exec(line ?? '')?.[1] ?? 0);
  const read = Number(/read=(\d+)/.exec(line ?? '')?.[1] ?? 0);
  return hit + read;
}

async function planOf(
  client: pg.Client,
  read: ReadName,
  query: CompiledQuery,
  large: ReadonlySet<string>,
): Promise<QueryPlan> {
  const values = [...query.parameters];
  const analyzed = await client.query<{ 'QUERY PLAN': string }>({
    text: `EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`,
    values,
  });
  const plan = analyzed.rows.map((r) => r['QUERY PLAN']);
  let generic: string[] | string;
  try {
    await client.query('SET plan_cache_mode = force_generic_plan');
    await client.query(`PREPARE bench_scale_query AS ${query.sql}`);
    const args = values.length > 0 ? `(${values.map((v) => literal(client, v)).join(', ')})` : '';
    generic = (
      await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN EXECUTE bench_scale_query${args}`)
    ).rows.map((r) => r['QUERY PLAN']);
  } catch (error) {
    generic = `not planned: ${(error as Error).message}`;
  } finally {
    await client.query('DEALLOCATE ALL');
    await client.query('RESET plan_cache_mode');
  }
  const execution = plan.map((l) => /Execution Time: ([\d.]+) ms/.exec(l)?.[1]).find(Boolean);
  return {
    read,
    sql: query.sql,
    plan,
    generic,
    seqScans: [
      ...new Set([
        ...scansOf(plan, large),
        ...(Array.isArray(generic) ? scansOf(generic, large) : []),
      ]),
    ],
    indexes: indexesOf(plan),
    executionMs: Number(execution ?? Number.NaN),
  };
}

interface Examined {
  /** Every query of each read, planned for the first couple (each SQL once). */
  plans: QueryPlan[];
  /** Per read and couple: the pages all its queries touched. */
  pages: Record<ReadName, number[]>;
}

/**
 * Runs each read for `couples` random couples through a connection that
 * records the SQL, then runs every query again under EXPLAIN (ANALYZE,
 * BUFFERS) with the same values.
 */
async function examineReads(run: SizeRun, couples: number): Promise<Examined> {
  const url = run.database.url;
  if (!url) throw new Error('Query plans need PostgreSQL');
  const captured: CompiledQuery[] = [];
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const capture: Db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') captured.push(event.query);
    },
  });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const plans: QueryPlan[] = [];
  const pages = Object.fromEntries(
    READS.map((name) => [name, [] as number[]]),
  ) as unknown as Record<ReadName, number[]>;
  try {
    const large = new Set(
      (
        await client.query<{ relname: string }>(
          `SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND reltuples > ${LARGE_TABLE_ROWS}`,
        )
      ).rows.map((r) => r.relname),
    );
    const deps = { ...run.deps, db: capture };
    const lookup = createSessionLookup(capture);
    for (let i = 0; i < couples; i++) {
      for (const read of READS) {
        const person = randomPerson(run);
        const auth = await authOf(run, person, []);
        captured.length = 0;
        if (read === 'session lookup') await lookup.find(sessionIdOf(person), deps.clock.now());
        else await reads[read](run, deps, auth);
        let touched = 0;
        const seen = new Set<string>();
        for (const query of captured) {
          if (!/^\s*(select|with)\b/i.test(query.sql))
            throw new Error(`The ${read} read wrote: ${query.sql.slice(0, 80)}`);
          const plan = await planOf(client, read, query, large);
          touched += pagesOf(plan.plan);
          if (i === 0 && !seen.has(query.sql)) plans.push(plan);
          seen.add(query.sql);
        }
        pages[read].push(touched);
      }
    }
  } finally {
    await client.end();
    await capture.destroy();
  }
  return { plans, pages };
}

// ------------------------------------------------------------------ report

interface Row {
  couples: number;
  read: ReadName;
  p50: number;
  p99: number;
  baseP50: number;
  baseP99: number;
  flatP50: boolean;
  flatP99: boolean;
}

function rowsOf(couples: number, timing: Timing, baseOwn: Times): Row[] {
  return READS.map((read) => {
    const values = timing.times[read];
    const base = timing.alongside?.[read] ?? baseOwn[read];
    const p50 = quantile(values, 0.5);
    const p99 = quantile(values, 0.99);
    const baseP50 = quantile(base, 0.5);
    const baseP99 = quantile(base, 0.99);
    const within = (value: number, reference: number) => Math.abs(value / reference - 1) <= FLAT;
    return {
      couples,
      read,
      p50,
      p99,
      baseP50,
      baseP99,
      flatP50: within(p50, baseP50),
      flatP99: within(p99, baseP99),
    };
  });
}

/** A Markdown table; the columns in `left` are left-aligned, the others right-aligned. */
function table(headers: string[], rows: string[][], left: readonly number[] = []): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const cell = (c: string, i: number) =>
    left.includes(i) ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0);
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (left.includes(i) ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const smallest = SIZES[0];
  if (smallest === undefined || SIZES.some((s) => !Number.isInteger(s) || s < YEAR_EVERY))
    throw new Error(`BENCH_SCALE_SIZES must be whole numbers of at least ${YEAR_EVERY}`);
  const largest = SIZES[SIZES.length - 1] ?? smallest;
  write(
    `Scale on PostgreSQL: ${SIZES.map((s) => fmt(s)).join(', ')} couples; a year of history for every ${YEAR_EVERY}th couple, the last ${RECENT_DAYS} days for the others; ${fmt(SAMPLES)} reads of each kind per size, one at a time on one connection`,
  );
  const catalog = loadCatalog();
  const base = await prepareSize(smallest, catalog);
  const { rows: memory } = await sql<{
    shared_buffers: string;
  }>`SHOW shared_buffers`.execute(base.deps.db);
  write(`  PostgreSQL's shared_buffers: ${memory[0]?.shared_buffers ?? 'unknown'}`);
  const rows: Row[] = [];
  const activeRows: Row[] = [];
  const seeds: { couples: number; seed: SizeRun['seed']; yearCouples: number }[] = [];
  const timings: { couples: number; pool: Pool; timing: Timing }[] = [];
  const samples: string[] = [];
  const pages: { couples: number; pages: Examined['pages'] }[] = [];
  let plans: QueryPlan[] = [];
  const examine = async (run: SizeRun) => {
    const examined = await examineReads(run, PLAN_COUPLES);
    pages.push({ couples: run.couples, pages: examined.pages });
    if (run.couples === largest) plans = examined.plans;
  };
  try {
    seeds.push({ couples: smallest, seed: base.seed, yearCouples: base.yearCouples });
    samples.push(`${fmt(smallest)}: ${await sample(base)}`);
    write(`  ${samples.at(-1)}`);
    const own = await timeSize(base, null, 'all');
    timings.push({ couples: smallest, pool: 'all', timing: own });
    rows.push(...rowsOf(smallest, own, own.times));
    const ownActive = await timeSize(base, null, 'active');
    timings.push({ couples: smallest, pool: 'active', timing: ownActive });
    activeRows.push(...rowsOf(smallest, ownActive, ownActive.times));
    await examine(base);
    for (const couples of SIZES.slice(1)) {
      const run = await prepareSize(couples, catalog);
      try {
        seeds.push({ couples, seed: run.seed, yearCouples: run.yearCouples });
        samples.push(`${fmt(couples)}: ${await sample(run)}`);
        write(`  ${samples.at(-1)}`);
        const timing = await timeSize(run, base, 'all');
        timings.push({ couples, pool: 'all', timing });
        rows.push(...rowsOf(couples, timing, own.times));
        const active = await timeSize(run, base, 'active');
        timings.push({ couples, pool: 'active', timing: active });
        activeRows.push(...rowsOf(couples, active, ownActive.times));
        await examine(run);
      } finally {
        await closeSize(run);
      }
    }
  } finally {
    await closeSize(base);
  }

  write('\nSeeding');
  write(
    table(
      ['couples', 'with a year', 'rows', 'seed s', 'vacuum, analyze, checkpoint s', 'size GB'],
      seeds.map(({ couples, seed, yearCouples }) => [
        fmt(couples),
        fmt(yearCouples),
        fmt(seed.steps.reduce((sum, s) => sum + s.rows, 0)),
        fmt(seed.seconds, 1),
        fmt(seed.vacuumSeconds, 1),
        fmt(seed.bytes / 1024 ** 3, 2),
      ]),
    ),
  );
  const readsTable = (title: string, of: Row[]) => {
    write(
      `\n${title} (ms; "smallest alongside": ${fmt(smallest)} couples timed in the rounds between, under the same load)`,
    );
    write(
      table(
        ['couples', 'read', 'p50', 'p99', 'smallest alongside p50 / p99', 'p50 ×', 'p99 ×', 'flat'],
        of.map((r) => [
          fmt(r.couples),
          r.read,
          fmt(r.p50, 3),
          fmt(r.p99, 3),
          `${fmt(r.baseP50, 3)} / ${fmt(r.baseP99, 3)}`,
          fmt(r.p50 / r.baseP50, 2),
          fmt(r.p99 / r.baseP99, 2),
          r.flatP50 && r.flatP99
            ? 'flat'
            : r.flatP50
              ? 'NOT flat (p99)'
              : r.flatP99
                ? 'NOT flat (p50)'
                : 'NOT flat',
        ]),
        [1, 7],
      ),
    );
  };
  readsTable('Reads of random couples with a year of history (cold at the larger sizes)', rows);
  readsTable(
    `Reads of an active set of up to ${fmt(ACTIVE)} couples, each read once before`,
    activeRows,
  );
  write(
    `\nWhile the reads were timed (each size's own database; a round is one read of each kind with its session lookups)`,
  );
  write(
    table(
      [
        'couples',
        'couples read',
        'pages per round',
        'read in per round',
        'read in %',
        'µs per page read in',
      ],
      timings.map(({ couples, pool, timing: { io } }) => [
        fmt(couples),
        pool === 'active' ? 'active set' : 'any',
        fmt((io.hit + io.read) / SAMPLES),
        fmt(io.read / SAMPLES, 1),
        fmt((100 * io.read) / Math.max(1, io.hit + io.read), 1),
        io.read > 0 && io.readMs > 0 ? fmt((1000 * io.readMs) / io.read, 1) : '—',
      ]),
    ),
  );
  const smallestPages = pages[0]?.pages;
  write(
    `\nPages (8 KB shared buffers, found in memory or read in) each read touched, mean over ${PLAN_COUPLES} random couples (EXPLAIN (ANALYZE, BUFFERS) of its queries)`,
  );
  write(
    table(
      ['read', ...pages.map((p) => `${fmt(p.couples)} couples`), 'largest ×'],
      READS.map((read) => {
        const means = pages.map((p) => mean(p.pages[read]));
        const first = smallestPages ? mean(smallestPages[read]) : Number.NaN;
        return [read, ...means.map((m) => fmt(m)), fmt((means.at(-1) ?? Number.NaN) / first, 2)];
      }),
      [0],
    ),
  );
  const scans = plans.filter((p) => p.seqScans.length > 0);
  write(`\nQuery plans at ${fmt(largest)} couples (EXPLAIN (ANALYZE, BUFFERS), real values):`);
  for (const p of plans) {
    write(
      `  ${p.read.padEnd(24)} ${fmt(p.executionMs, 3).padStart(8)} ms  ${p.seqScans.length > 0 ? `SEQ SCAN of ${p.seqScans.join(', ')}` : 'indexes only'}: ${p.indexes.join(', ') || '(none)'}  — ${p.sql.replace(/\s+/g, ' ').slice(0, 70)}`,
    );
  }

  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    'bench/results/scale.json',
    `${JSON.stringify(
      {
        settings: {
          sizes: SIZES,
          samples: SAMPLES,
          yearEvery: YEAR_EVERY,
          recentDays: RECENT_DAYS,
          active: ACTIVE,
        },
        seeds,
        samples,
        rows,
        activeRows,
        pages: pages.map(({ couples, pages: byRead }) => ({
          couples,
          mean: Object.fromEntries(READS.map((read) => [read, mean(byRead[read])])),
        })),
        timings: timings.map(({ couples, pool, timing }) => ({
          couples,
          pool,
          load: timing.load,
          writes: timing.writes,
          io: timing.io,
        })),
        plans: plans.map(({ plan: _plan, generic: _generic, ...rest }) => rest),
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(
    'bench/results/scale-plans.txt',
    plans
      .map(
        (p) =>
          `=== ${p.read}\n${p.sql}\n--- with the real values\n${p.plan.join('\n')}\n--- generic\n${Array.isArray(p.generic) ? p.generic.join('\n') : p.generic}\n`,
      )
      .join('\n'),
  );
  write('\nbench/results/scale.json and bench/results/scale-plans.txt written.');
  const notFlat = [...rows, ...activeRows].filter((r) => !r.flatP50 || !r.flatP99);
  if (STRICT && (notFlat.length > 0 || scans.length > 0)) {
    write(
      `Not flat: ${notFlat.map((r) => `${r.read} at ${fmt(r.couples)}`).join(', ') || 'none'}; sequential scans: ${scans.length}`,
    );
    process.exit(2);
  }
}

async function dropOpen(): Promise<void> {
  for (const database of open) await database.close({ keep: KEEP }).catch(() => {});
  open.clear();
}

process.once('SIGINT', () => {
  process.stderr.write('\nbench:scale interrupted: dropping its databases\n');
  dropOpen().finally(() => process.exit(130));
});

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    process.stderr.write(`bench:scale failed: ${(error as Error)?.stack ?? String(error)}\n`);
    await dropOpen();
    process.exit(1);
  },
);
