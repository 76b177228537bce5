/**
 * Run by servers.ts before the app starts: migrates the bench database (the
 * DATA_DIR's SQLite file, or DATABASE_URL) and seeds other people into it
 * (seed.ts), prints `SEED=<json>` and exits. The server itself is then
 * started exactly as `npm start` starts it.
 *
 * Environment: DATA_DIR, DATABASE_URL (optional), BENCH_SEED_USERS (default 2000).
 */
import { join } from 'node:path';
import { sql } from 'kysely';
import { loadCatalog } from '../src/content/load';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { seedOthers } from './seed';

const SEED_USERS = Number(process.env.BENCH_SEED_USERS ?? 2000);
const config = loadConfig();
const database = openDatabase({
  databaseUrl: config.databaseUrl,
  sqliteFile: join(config.dataDir, 'rekindle.db'),
  poolSize: config.dbPoolSize,
});
await migrateToLatest(database.db);
const started = performance.now();
const counts = await seedOthers(database.db, loadCatalog(), {
  users: SEED_USERS,
  sessionTtlMs: config.sessionTtlMs,
});
const ms = Math.round(performance.now() - started);
let durability = 'one transaction per request';
if (database.dialect === 'sqlite') {
  // Reported so the JSON shows the durability the numbers were measured with.
  const { rows } = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(database.db);
  durability = `synchronous=${['off', 'normal', 'full', 'extra'][rows[0]?.synchronous ?? -1] ?? '?'}, group commit`;
}
await database.close();
process.stdout.write(
  `SEED=${JSON.stringify({ ...counts, ms, dialect: database.dialect, durability })}\n`,
);
