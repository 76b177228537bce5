/** Configuration and database for the admin commands, read exactly as the server reads them. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { type Config, ConfigError, loadConfig } from '../server/config';
import { type DatabaseHandle, openDatabase } from '../server/db/database';
import { knownMigrations } from '../server/db/migrate';
import { CliError } from './io';

/** The SQLite file inside DATA_DIR (the server's name for it). */
export const SQLITE_FILE = 'rekindle.db';

export function sqlitePath(config: Pick<Config, 'dataDir'>): string {
  return join(config.dataDir, SQLITE_FILE);
}

/** The configuration, or a CliError listing every problem in it. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
}

/** This installation's version, from package.json. */
export function appVersion(): string {
  const file = new URL('../../package.json', import.meta.url);
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return typeof parsed === 'object' &&
    parsed !== null &&
    'version' in parsed &&
    typeof parsed.version === 'string'
    ? parsed.version
    : 'unknown';
}

/**
 * Opens the configured database. A SQLite file that does not exist is not
 * created (that is the server's or `migrate`'s job) unless `create` says so.
 */
export function openConfiguredDatabase(
  config: Config,
  options: { create?: boolean } = {},
): DatabaseHandle {
  if (!config.databaseUrl && !options.create && !existsSync(sqlitePath(config))) {
    throw new CliError(
      `There is no database at ${sqlitePath(config)}. Check DATA_DIR, or start the server once (or run \`rekindle migrate\`) to create it.`,
    );
  }
  return openDatabase({
    databaseUrl: config.databaseUrl,
    sqliteFile: sqlitePath(config),
    poolSize: 2,
    // Each admin write is on disk when its command says it is done.
    sqliteSynchronous: 'full',
  });
}

/** Runs `work` with the configured database open, and closes it whatever happens. */
export async function withDatabase<T>(
  config: Config,
  work: (database: DatabaseHandle) => Promise<T>,
  options: { create?: boolean } = {},
): Promise<T> {
  const database = openConfiguredDatabase(config, options);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

export interface MigrationState {
  applied: string[];
  /** Known to this version, not applied yet. */
  pending: string[];
  /** Applied, but unknown to this version: the database was migrated by a newer one. */
  unknown: string[];
}

/** What the database's migration table says, compared with the migrations this version has. */
export async function migrationState(database: DatabaseHandle): Promise<MigrationState> {
  const exists =
    database.dialect === 'postgres'
      ? await sql<{ n: number }>`select count(*)::int as n from information_schema.tables
          where table_schema = current_schema() and table_name = 'kysely_migration'`.execute(
          database.db,
        )
      : await sql<{ n: number }>`select count(*) as n from sqlite_master
          where type = 'table' and name = 'kysely_migration'`.execute(database.db);
  const applied =
    Number(exists.rows[0]?.n ?? 0) > 0
      ? (
          await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
            database.db,
          )
        ).rows.map((row) => row.name)
      : [];
  const known = new Set(knownMigrations);
  const done = new Set(applied);
  return {
    applied,
    pending: knownMigrations.filter((name) => !done.has(name)),
    unknown: applied.filter((name) => !known.has(name)),
  };
}

/** Refuses to work on a database this version has not fully migrated, or one a newer version has. */
export async function requireMigrated(database: DatabaseHandle): Promise<void> {
  const state = await migrationState(database);
  if (state.unknown.length > 0) {
    throw new CliError(
      `The database was migrated by a newer version of Rekindle (${state.unknown.join(', ')}). Upgrade this installation first.`,
    );
  }
  if (state.pending.length > 0) {
    throw new CliError(
      `The database needs ${state.pending.length} migration(s) first: run \`rekindle migrate\`, or start the server, which migrates at start.`,
    );
  }
}
