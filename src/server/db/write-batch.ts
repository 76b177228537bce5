/**
 * Write batches on SQLite: the synchronous transactions (`atOnceOf`) of the
 * requests that reach the one connection in the same turn of the event loop
 * share one transaction, committed right after that turn (setImmediate). Each
 * request's work runs inside a savepoint of its own, so a request that throws
 * undoes only its own writes. One COMMIT then writes each changed page to the
 * log once for all of them, where a transaction per request wrote it once
 * per request.
 *
 * What it must never do, and how it does not:
 * - Nobody reads what is not committed. While a batch is open, a direct read
 *   stands aside (the connection is in a transaction) and goes through Kysely,
 *   whose driver waits here until the batch has committed before it takes the
 *   connection (`gatedDialect`). While Kysely holds the connection, no batch
 *   opens and no work joins one: `run` answers undefined and the caller takes
 *   Kysely's path.
 * - No write is acknowledged before it is on disk. The work's caller awaits
 *   its batch's commit (`committed`) before it goes on, and the request then
 *   waits for the log's fsync (group commit, durability.ts). A commit that
 *   fails fails every request of the batch: none of them is answered as
 *   written, and no live event about it is sent.
 */
import type SQLite from 'better-sqlite3';
import type {
  DatabaseConnection,
  Dialect,
  Driver,
  Kysely,
  QueryCompiler,
  SqliteDialectConfig,
  TransactionSettings,
} from 'kysely';
import { SqliteDialect } from 'kysely';

/** Runs any statement on the one connection right away, inside the caller's transaction. */
export type InlineStatement = (sql: string, parameters: readonly unknown[]) => unknown[];

/** What a synchronous transaction's work answered, and the commit the caller awaits before using it. */
export interface AtOnceResult<T> {
  value: T;
  /** Resolves once the work's writes are committed; rejects when that commit failed. */
  committed: Promise<void>;
}

export interface WriteBatches {
  /**
   * Runs `work` synchronously inside the open batch (opening one), in a
   * savepoint of its own; answers undefined when the connection is taken
   * (Kysely holds it, or another transaction is open on it).
   */
  run<T>(work: (run: InlineStatement) => T): AtOnceResult<T> | undefined;
  /** Kysely's dialect, whose driver waits for the open batch before it takes the connection. */
  dialect(config: SqliteDialectConfig): Dialect;
  /** Resolves once no batch is open (the open one committed or failed). */
  idle(): Promise<void>;
}

interface Batch {
  committed: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export function createWriteBatches(
  sqlite: SQLite.Database,
  inline: InlineStatement,
  onSettled: () => void,
): WriteBatches {
  const begin = sqlite.prepare('BEGIN IMMEDIATE');
  const commit = sqlite.prepare('COMMIT');
  const rollback = sqlite.prepare('ROLLBACK');
  const savepoint = sqlite.prepare('SAVEPOINT at_once');
  const release = sqlite.prepare('RELEASE at_once');
  const undo = sqlite.prepare('ROLLBACK TO at_once');
  let batch: Batch | undefined;
  /** Kysely has taken the connection (from acquire to release). */
  let held = false;

  const open = (): Batch => {
    let resolve: () => void = () => {};
    let reject: (error: unknown) => void = () => {};
    const committed = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // Awaited by the work's callers; a failure is theirs, never unhandled.
    committed.catch(() => {});
    begin.run();
    const opened = { committed, resolve, reject };
    setImmediate(() => close(opened));
    return opened;
  };

  const close = (closing: Batch): void => {
    // A batch already failed (its transaction lost with a work's error) has nothing to commit.
    if (batch !== closing) return;
    batch = undefined;
    try {
      commit.run();
      onSettled();
      closing.resolve();
    } catch (error) {
      if (sqlite.inTransaction) rollback.run();
      onSettled();
      closing.reject(error);
    }
  };

  const idle = async (): Promise<void> => {
    while (batch) await batch.committed.catch(() => {});
  };

  return {
    run: (work) => {
      if (held || (sqlite.inTransaction && !batch)) return undefined;
      batch ??= open();
      const joined = batch;
      savepoint.run();
      try {
        const value = work(inline);
        release.run();
        return { value, committed: joined.committed };
      } catch (error) {
        if (sqlite.inTransaction) {
          // Only this request's writes are undone; the batch goes on.
          undo.run();
          release.run();
        } else if (batch === joined) {
          // The error took the whole transaction with it (a full disk, say):
          // every work of the batch fails, and the next opens a new one.
          batch = undefined;
          onSettled();
          joined.reject(error);
        }
        throw error;
      }
    },
    idle,
    dialect: (config) => {
      const base = new SqliteDialect(config);
      return {
        createAdapter: () => base.createAdapter(),
        createIntrospector: (db: Kysely<unknown>) => base.createIntrospector(db),
        createQueryCompiler: (): QueryCompiler => base.createQueryCompiler(),
        createDriver: (): Driver =>
          gatedDriver(
            base.createDriver(),
            idle,
            () => batch !== undefined,
            (value) => {
              held = value;
            },
          ),
      };
    },
  };
}

/** A driver that takes the connection only when no batch is open, and says when it holds it. */
function gatedDriver(
  driver: Driver,
  idle: () => Promise<void>,
  batchOpen: () => boolean,
  hold: (held: boolean) => void,
): Driver {
  return {
    init: () => driver.init(),
    acquireConnection: async (): Promise<DatabaseConnection> => {
      for (;;) {
        await idle();
        const connection = await driver.acquireConnection();
        // A batch may have opened while the connection's lock was awaited.
        if (!batchOpen()) {
          hold(true);
          return connection;
        }
        await driver.releaseConnection(connection);
      }
    },
    releaseConnection: async (connection) => {
      hold(false);
      await driver.releaseConnection(connection);
    },
    beginTransaction: (connection, settings: TransactionSettings) =>
      driver.beginTransaction(connection, settings),
    commitTransaction: (connection) => driver.commitTransaction(connection),
    rollbackTransaction: (connection) => driver.rollbackTransaction(connection),
    ...(driver.savepoint ? { savepoint: driver.savepoint.bind(driver) } : {}),
    ...(driver.rollbackToSavepoint
      ? { rollbackToSavepoint: driver.rollbackToSavepoint.bind(driver) }
      : {}),
    ...(driver.releaseSavepoint ? { releaseSavepoint: driver.releaseSavepoint.bind(driver) } : {}),
    destroy: () => driver.destroy(),
  };
}
