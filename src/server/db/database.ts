/**
 * Opens the database: SQLite through better-sqlite3 (WAL) by default, PostgreSQL
 * through pg when a URL is given. Everything above this file sees one Kysely type.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './types';

export type Db = Kysely<Database>;
export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Db;
  dialect: Dialect;
  /** Set for PostgreSQL: the connection string, for LISTEN/NOTIFY clients. */
  postgres?: { connectionString: string; schema: string | undefined };
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres:// URL; when absent, SQLite is used. */
  databaseUrl?: string | undefined;
  /** SQLite file path, or ':memory:'. */
  sqliteFile?: string;
  /** PostgreSQL schema to use (created when missing); tests use one per file. */
  schema?: string | undefined;
  poolSize?: number;
  /** SQLite durability: FULL syncs every commit; NORMAL syncs at checkpoints (safe across crashes of the app). */
  sqliteSynchronous?: 'full' | 'normal';
}

/** Opens a database handle for the chosen dialect. */
export function openDatabase(options: OpenOptions): DatabaseHandle {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  return openSqlite(options.sqliteFile ?? ':memory:', options.sqliteSynchronous ?? 'full');
}

function openSqlite(file: string, synchronous: 'full' | 'normal'): DatabaseHandle {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${synchronous}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Erased rows are overwritten on disk, so "delete my account" is real.
  sqlite.pragma('secure_delete = ON');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return {
    db,
    dialect: 'sqlite',
    close: async () => {
      await db.destroy();
    },
  };
}

/**
 * better-sqlite3 compiles SQL on every prepare(); Kysely prepares per query.
 * Caching prepared statements by SQL text removes that cost from hot paths.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare: (sql: string) => {
      let statement = cache.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (cache.size >= 500) cache.clear();
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

function openPostgres(connectionString: string, options: OpenOptions): DatabaseHandle {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error('Invalid schema name');
  }
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    postgres: { connectionString, schema },
    close: async () => {
      await db.destroy();
    },
  };
}

/** Creates a PostgreSQL schema if it does not exist (used by tests and multi-tenant setups). */
export async function ensurePostgresSchema(
  connectionString: string,
  schema: string,
): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error('Invalid schema name');
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } finally {
    await client.end();
  }
}
