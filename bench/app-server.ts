/**
 * The real Rekindle app for the benchmark, started by bench/run.ts as its own
 * process. It starts the way src/server/main.ts does — `loadConfig`, then
 * `openDatabase` with the same options (SQLite in WAL mode with its default
 * `synchronous = FULL`), `migrateToLatest`, the local event bus and `buildApp`
 * with default rate limits and process metrics — except `logger: false`, as
 * a quiet production, and a fixed environment: a fresh temporary DATA_DIR.
 *
 * Before listening it seeds ~2,000 other people (see seed.ts); the two people
 * the benchmark uses are created by run.ts over HTTP.
 *
 * Prints `SEED=<json>` and `PORT=<n>` on stdout once it listens; SIGTERM
 * closes and deletes the temporary directory.
 *
 * Environment (all optional):
 *   BENCH_SEED_USERS   other people to seed (default 2000)
 *   BENCH_PROFILE_DIR  CPU profiling on SIGUSR2 (see profiler.ts)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { loadCatalog } from '../src/content/load';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { createLocalEventBus } from '../src/server/plugins/events';
import { resolveSessionSecret } from '../src/server/session-secret';
import { stopWithParent } from './child';
import { enableProfilerOnSignal } from './profiler';
import { seedOthers } from './seed';

const SEED_USERS = Number(process.env.BENCH_SEED_USERS ?? 2000);

enableProfilerOnSignal('app');

const dir = mkdtempSync(join(tmpdir(), 'rekindle-bench-'));
// Not process.env: a DATABASE_URL there must not turn the benchmark to PostgreSQL.
const config = loadConfig({
  NODE_ENV: 'production',
  DATA_DIR: dir,
  HOST: '127.0.0.1',
  PORT: '0',
  PUBLIC_URL: 'http://127.0.0.1',
  LOG_LEVEL: 'warn',
});
const catalog = loadCatalog();
// As main.ts: no sqliteSynchronous, so a file gets group commit (each write acknowledged after its fsync).
const database = openDatabase({
  databaseUrl: config.databaseUrl,
  sqliteFile: join(config.dataDir, 'rekindle.db'),
  poolSize: config.dbPoolSize,
});
await migrateToLatest(database.db);
// Reported in SEED=, so the JSON shows the durability the numbers were measured with.
const { rows } = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(database.db);
const sqliteSynchronous =
  ['off', 'normal', 'full', 'extra'][rows[0]?.synchronous ?? -1] ?? 'unknown';

const seedStarted = performance.now();
const counts = await seedOthers(database.db, catalog, {
  users: SEED_USERS,
  sessionTtlMs: config.sessionTtlMs,
});
const seedMs = Math.round(performance.now() - seedStarted);

const bus = createLocalEventBus();
const sessionSecret = await resolveSessionSecret(config, database);
const app = await buildApp({
  config: { ...config, sessionSecret },
  database,
  catalog,
  bus,
  defaultMetrics: true,
  logger: false,
});

let stopping = false;
const stop = async (): Promise<void> => {
  if (stopping) return;
  stopping = true;
  try {
    await app.close();
    await bus.close();
    await database.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
stopWithParent(() => void stop());

await app.listen({ port: config.port, host: config.host });
const address = app.server.address();
if (address === null || typeof address === 'string') throw new Error('no TCP address');
process.stdout.write(`SEED=${JSON.stringify({ ...counts, ms: seedMs, sqliteSynchronous })}\n`);
process.stdout.write(`PORT=${address.port}\n`);
