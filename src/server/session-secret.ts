/**
 * The secret that keys session, invite and rate-limit hashes, when
 * SESSION_SECRET is not given. It is generated once and kept with the data:
 * in DATA_DIR for SQLite, and in the database for PostgreSQL, so every
 * instance sharing that database uses the same one (sessions made on one are
 * known to the others, and rate limits are counted once).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from './config';
import type { DatabaseHandle } from './db/database';

const KEY = 'session-secret';

function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

function readKept(dataDir: string, name: string): string | undefined {
  const file = resolve(dataDir, name);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

/**
 * A value generated once and kept in `DATA_DIR/<name>` (mode 0600), so a
 * two-command start needs no setup: the session secret, and the push keys
 * (push-keys.ts). When two processes start at once, the first to write wins.
 */
export function keptInDataDir(dataDir: string, name: string, make: () => string): string {
  const existing = readKept(dataDir, name);
  if (existing) return existing;
  mkdirSync(dataDir, { recursive: true });
  const value = make();
  try {
    writeFileSync(resolve(dataDir, name), `${value}\n`, { mode: 0o600, flag: 'wx' });
    return value;
  } catch {
    // Another process wrote it first: use theirs.
    return readKept(dataDir, name) ?? value;
  }
}

/**
 * A value generated once and kept in the (migrated) PostgreSQL database under
 * `name`, so every instance uses the same one. The first instance to start
 * writes it; one an older version kept in DATA_DIR is adopted.
 */
export async function keptInDatabase(
  database: DatabaseHandle,
  dataDir: string,
  name: string,
  make: () => string,
  now: Date,
): Promise<string> {
  await database.db
    .insertInto('instance_settings')
    .values({
      key: name,
      value: readKept(dataDir, name) ?? make(),
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await database.db
    .selectFrom('instance_settings')
    .select('value')
    .where('key', '=', name)
    .executeTakeFirstOrThrow();
  return row.value;
}

/** Keeps a generated secret under DATA_DIR so a two-command start needs no setup. */
export function fileSessionSecret(dataDir: string): string {
  return keptInDataDir(dataDir, KEY, newSecret);
}

/**
 * The secret kept in the (migrated) PostgreSQL database. The first instance to
 * start writes it; a secret an older version kept in DATA_DIR is adopted, so
 * existing sessions stay valid.
 */
export async function databaseSessionSecret(
  database: DatabaseHandle,
  dataDir: string,
  now: Date,
): Promise<string> {
  return keptInDatabase(database, dataDir, KEY, newSecret, now);
}

/** SESSION_SECRET when given; otherwise the one kept with the data. */
export async function resolveSessionSecret(
  config: Pick<Config, 'sessionSecret' | 'dataDir'>,
  database: DatabaseHandle,
  now: Date = new Date(),
): Promise<string> {
  if (config.sessionSecret) return config.sessionSecret;
  return database.dialect === 'postgres'
    ? databaseSessionSecret(database, config.dataDir, now)
    : fileSessionSecret(config.dataDir);
}
