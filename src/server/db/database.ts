/**
 * Opens the database: SQLite through better-sqlite3 (WAL) by default, PostgreSQL
 * through pg when a URL is given. Everything above this file sees one Kysely type.
 */
import { mkdirSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  type PostgresCursor,
  PostgresDialect,
  type PostgresPool,
  type PostgresPoolClient,
  type PostgresQueryResult,
  type SqliteDatabase,
  type SqliteStatement,
} from 'kysely';
import pg from 'pg';
import { createDurabilityBarrier } from './durability';
import { type AtOnceResult, createWriteBatches, type InlineStatement } from './write-batch';

export type { AtOnceResult, InlineStatement };

import { LiteralLimits } from './literal-limits';
import { statementName } from './prepared';
import type { Database } from './types';
import { writeScopePeople } from './write-scope';

export type Db = Kysely<Database>;
export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Db;
  dialect: Dialect;
  /** Set for PostgreSQL: the connection string, for LISTEN/NOTIFY clients. */
  postgres?: { connectionString: string; schema: string | undefined };
  /**
   * Resolves once every write committed before the call is on disk. SQLite
   * with group commit flushes its log here; elsewhere commits are durable
   * already and this is absent.
   */
  durable?: () => Promise<void>;
  /**
   * SQLite only (one process, one connection): a number that changes with every
   * write to a table the session lookup reads, counted as the statement runs.
   * A cached session is valid only while this has not moved.
   */
  authEpoch?: () => number;
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
  /**
   * SQLite durability. `group` (the default for a file): commits are written
   * without their own fsync and `durable()` flushes the log once for every
   * request that wrote (see durability.ts). `full` syncs every commit;
   * `normal` syncs at checkpoints only (safe across crashes of the app, not of
   * the machine).
   */
  sqliteSynchronous?: 'full' | 'normal' | 'group';
  /** Tests only: stands in for the fsync of the write-ahead log under group commit. */
  syncLog?: (fsync: () => Promise<void>) => Promise<void>;
}

/**
 * Runs a read-only statement on SQLite's one connection right away, or
 * answers undefined when it cannot (a write, or a transaction is open).
 */
export type DirectReader = (sql: string, parameters: readonly unknown[]) => unknown[] | undefined;

const directReaders = new WeakMap<Db, DirectReader>();

/**
 * Runs `work` as one SQLite transaction, synchronously (no await, so no other
 * request's statement lands inside it); a throw undoes what it wrote. The
 * work joins the write batch of this turn of the event loop (write-batch.ts),
 * in a savepoint of its own, and the caller awaits `committed` before it uses
 * the value. Answers undefined when the connection is taken (another
 * request's Kysely transaction): the caller then takes its ordinary path.
 */
export type AtOnce = <T>(work: (run: InlineStatement) => T) => AtOnceResult<T> | undefined;

const atOnceRunners = new WeakMap<Db, AtOnce>();

/** The synchronous transaction of a root SQLite handle; undefined elsewhere. */
export function atOnceOf(db: Db): AtOnce | undefined {
  return atOnceRunners.get(db);
}

/**
 * A number that moves with every write to any of the given tables (SQLite
 * only: one process owns the file; writes by another process, such as the
 * admin command, move every table's number within EXTERNAL_WRITES_MS). It is
 * moved when the statement runs, before its commit, so a value read after
 * taking the number is never kept past a later change.
 */
export type WriteEpoch = (tables: readonly string[]) => number;

const writeEpochs = new WeakMap<Db, WriteEpoch>();

/**
 * A number per person that moves with every write concerning them: a write
 * made in a request of theirs or their partner's (see write-scope.ts), any
 * write made outside a request's scope, any write to who someone is or their
 * couple (the session lookup's tables), and any write by another process. A
 * value computed from that person's data after taking the number is valid
 * while it has not moved. SQLite only, as WriteEpoch.
 */
export type PersonEpoch = (userId: string) => number;

const personEpochs = new WeakMap<Db, PersonEpoch>();

/** The person epoch of a root SQLite handle; undefined elsewhere (PostgreSQL: several instances write). */
export function personEpochOf(db: Db): PersonEpoch | undefined {
  return personEpochs.get(db);
}

/** The write epoch of a root SQLite handle; undefined elsewhere (PostgreSQL: several instances write). */
export function writeEpochOf(db: Db): WriteEpoch | undefined {
  return writeEpochs.get(db);
}

/**
 * The direct reader of a root SQLite handle (never of a transaction, never on
 * PostgreSQL). Hot reads (db/prepared.ts) skip Kysely's executor and its
 * connection lock with it: better-sqlite3 is synchronous, so a statement run
 * outside a transaction sees exactly what one queued through Kysely would.
 */
export function directReaderOf(db: Db): DirectReader | undefined {
  return directReaders.get(db);
}

/** Opens a database handle for the chosen dialect. */
export function openDatabase(options: OpenOptions): DatabaseHandle {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  const file = options.sqliteFile ?? ':memory:';
  return openSqlite(
    file,
    options.sqliteSynchronous ?? (file === ':memory:' ? 'full' : 'group'),
    options.syncLog,
  );
}

const SQLITE_CACHE_KIB = 64 * 1024;
/** How soon a write by another process (the admin command) reaches the session cache. */
const EXTERNAL_WRITES_MS = 500;
const SQLITE_MMAP_BYTES = 8 * 1024 ** 3;

function openSqlite(
  file: string,
  mode: 'full' | 'normal' | 'group',
  syncLog: OpenOptions['syncLog'],
): DatabaseHandle {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // Group commit flushes the write-ahead log; without one, every commit syncs.
  const inWal = sqlite.pragma('journal_mode = WAL', { simple: true }) === 'wal';
  if (!inWal && mode === 'group') mode = 'full';
  sqlite.pragma(`synchronous = ${mode === 'full' ? 'full' : 'normal'}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Erased rows are overwritten on disk, so "delete my account" is real.
  sqlite.pragma('secure_delete = ON');
  // Sized for a database of several GB: hot pages stay in a 64 MiB cache, and
  // the file is read through the OS page cache by memory map instead of a
  // read() per cold page (a random point read's p90 went from 1 ms to 114 µs
  // on a 4 GB file). The map is address space, not memory taken; SQLite clamps
  // it to its build's limit (2 GiB in better-sqlite3), and reads past that
  // offset fall back to read().
  sqlite.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
  sqlite.pragma(`mmap_size = ${SQLITE_MMAP_BYTES}`);
  const counts: Counts = {
    auth: 0,
    writes: 0,
    committed: 0,
    everything: 0,
    unscoped: 0,
    tables: new Map(),
    people: new Map(),
  };
  const settle = () => {
    // With no transaction open, every write counted so far has committed (or
    // was rolled back, which costs at most one needless fsync).
    if (!sqlite.inTransaction) counts.committed = counts.writes;
  };
  const statements = withStatementCache(sqlite, counts, settle);
  const inline: InlineStatement = (sql, parameters) => {
    const statement = statements.prepare(sql);
    if (statement.reader) return statement.all(parameters);
    statement.run(parameters);
    return [];
  };
  // The synchronous transactions of one turn of the loop share one commit.
  const batches = createWriteBatches(sqlite, inline, settle);
  const db = new Kysely<Database>({
    dialect: batches.dialect({ database: statements }),
    plugins: [new LiteralLimits({ deep: false })],
  });
  directReaders.set(db, (sql, parameters) => {
    // Inside an open transaction the one connection holds another request's
    // uncommitted writes: that read waits its turn through Kysely instead.
    if (sqlite.inTransaction) return undefined;
    const statement = statements.prepare(sql);
    return statement.reader ? statement.all(parameters) : undefined;
  });
  atOnceRunners.set(db, batches.run);
  let wal: FileHandle | undefined;
  const barrier =
    mode === 'group'
      ? createDurabilityBarrier(
          () => {
            const fsync = async () => {
              wal ??= await open(`${file}-wal`, 'r');
              await wal.sync();
            };
            return syncLog ? syncLog(fsync) : fsync();
          },
          // Committed writes only: an fsync under way while a transaction is
          // still open must not be taken to cover that transaction's writes.
          () => counts.committed,
        )
      : undefined;
  // Another process (the admin command) may write to the file as well: SQLite's
  // data_version moves when it does, and that counts as a write to the auth
  // tables. It is asked at most every EXTERNAL_WRITES_MS (a read costs ~2 µs).
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
  let seenVersion: unknown = dataVersion.get();
  let checkedAt = Date.now();
  const authEpoch = (): number => {
    const now = Date.now();
    if (now - checkedAt >= EXTERNAL_WRITES_MS) {
      checkedAt = now;
      const version: unknown = dataVersion.get();
      if (version !== seenVersion) {
        seenVersion = version;
        counts.auth += 1;
        counts.everything += 1;
      }
    }
    return counts.auth;
  };
  writeEpochs.set(db, (tables) => {
    authEpoch();
    let sum = counts.everything;
    for (const table of tables) sum += counts.tables.get(table) ?? 0;
    return sum;
  });
  personEpochs.set(
    db,
    (userId) =>
      authEpoch() + counts.everything + counts.unscoped + (counts.people.get(userId) ?? 0),
  );
  return {
    db,
    dialect: 'sqlite',
    authEpoch,
    ...(barrier ? { durable: barrier.durable } : {}),
    close: async () => {
      // Whatever was written is committed and flushed before the file is closed.
      await batches.idle();
      await barrier?.durable();
      await db.destroy();
      await wal?.close();
    },
  };
}

/** The tables the session lookup reads (auth/sessions.ts): who someone is, their couple, their flag. */
const AUTH_TABLES = /\b(users|sessions|couples|screen_flags)\b/i;
const WRITE = /^\s*(insert|update|delete|replace|with|create|alter|drop)\b/i;
/** Refreshing a session's last use changes nothing the lookup trusts a cached row for. */
const TOUCH = /^update "sessions" set "last_used_at" = \?, "expires_at" = \? where "id" = \?$/;

function changesAuth(sql: string): boolean {
  return AUTH_TABLES.test(sql) && !TOUCH.test(sql);
}

interface Counts {
  /** Moves with every write to a table the session lookup reads. */
  auth: number;
  /** Moves with every write statement at all, as it runs. */
  writes: number;
  /** `writes` as of the last moment no transaction was open: what has committed (group commit flushes when it moved). */
  committed: number;
  /** Moves with writes whose table is not known from the statement, or made by another process. */
  everything: number;
  /** Moves with every write made outside an open write scope (write-scope.ts). */
  unscoped: number;
  /** Per table, moves with every write statement naming it as its target. */
  tables: Map<string, number>;
  /** Per person, moves with every write made in a write scope naming them. */
  people: Map<string, number>;
}

const WRITE_TARGET =
  /^\s*(?:insert(?:\s+or\s+\w+)?\s+into|replace\s+into|update(?:\s+or\s+\w+)?|delete\s+from)\s+"?(\w+)"?/i;

/** The table a write statement writes, or undefined when it may write several (a CTE, a schema change). */
function targetOf(sql: string): string | undefined {
  return WRITE_TARGET.exec(sql)?.[1]?.toLowerCase();
}

/** Statements that may end a transaction (Kysely's, and a savepoint's release). */
const ENDS_TRANSACTION = /^\s*(commit|end|rollback|release)\b/i;

/** A statement after which what was written may have committed. */
function settling(statement: SQLite.Statement, settle: () => void): SqliteStatement {
  return {
    reader: statement.reader,
    all: (parameters) => {
      const rows = statement.all(parameters);
      settle();
      return rows;
    },
    run: (parameters) => {
      const result = statement.run(parameters);
      settle();
      return result;
    },
    iterate: (parameters) => statement.iterate(parameters),
  };
}

/** A write statement that moves the counts each time it runs. */
function counted(
  statement: SQLite.Statement,
  counts: Counts,
  sql: string,
  settle: () => void,
): SqliteStatement {
  const auth = changesAuth(sql);
  const target = targetOf(sql);
  // A session's last use is nobody's data: it moves no person's epoch.
  const touch = TOUCH.test(sql);
  const bump = <T>(result: T): T => {
    counts.writes += 1;
    if (auth) counts.auth += 1;
    if (target === undefined) counts.everything += 1;
    else counts.tables.set(target, (counts.tables.get(target) ?? 0) + 1);
    settle();
    if (touch) return result;
    const people = writeScopePeople();
    if (people === undefined) counts.unscoped += 1;
    else for (const id of people) counts.people.set(id, (counts.people.get(id) ?? 0) + 1);
    return result;
  };
  return {
    reader: statement.reader,
    all: (parameters) => bump(statement.all(parameters)),
    run: (parameters) => bump(statement.run(parameters)),
    iterate: (parameters) => bump(statement.iterate(parameters)),
  };
}

/**
 * better-sqlite3 compiles SQL on every prepare(); Kysely prepares per query.
 * Caching prepared statements by SQL text removes that cost from hot paths.
 * Write statements move `counts` (see Counts).
 */
function withStatementCache(
  sqlite: SQLite.Database,
  counts: Counts,
  settle: () => void,
): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare: (sql: string) => {
      let statement = cache.get(sql);
      if (!statement) {
        const prepared = sqlite.prepare(sql);
        statement = WRITE.test(sql)
          ? counted(prepared, counts, sql, settle)
          : ENDS_TRANSACTION.test(sql)
            ? settling(prepared, settle)
            : prepared;
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
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: namedStatements(pool) }),
  });
  return {
    db,
    dialect: 'postgres',
    postgres: { connectionString, schema },
    close: async () => {
      await db.destroy();
    },
  };
}

/**
 * A pool whose connections send the hot queries (db/prepared.ts) as named
 * statements: PostgreSQL parses and plans each once per connection, then only
 * binds and executes it. Every other query goes as it is.
 */
function namedStatements(pool: pg.Pool): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => ({
    query: (<R>(sqlOrCursor: string | PostgresCursor<R>, parameters?: ReadonlyArray<unknown>) => {
      if (typeof sqlOrCursor !== 'string') return client.query(sqlOrCursor as never);
      const name = statementName(sqlOrCursor);
      return client.query({
        text: sqlOrCursor,
        values: parameters as unknown[],
        ...(name ? { name } : {}),
      }) as unknown as Promise<PostgresQueryResult<R>>;
    }) as PostgresPoolClient['query'],
    release: (destroy) => client.release(destroy),
  });
  return {
    connect: async () => {
      const client = await pool.connect();
      let connection = wrapped.get(client);
      if (!connection) {
        connection = wrap(client);
        wrapped.set(client, connection);
      }
      return connection;
    },
    end: () => pool.end(),
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
