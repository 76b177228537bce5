import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, writeEpochOf } from './database';

describe('a SQLite file as the app opens it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rekindle-db-'));
  const handle = openDatabase({ sqliteFile: join(dir, 'rekindle.db') });
  afterAll(async () => {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const pragma = async (name: string): Promise<unknown> => {
    const { rows } = await sql<Record<string, unknown>>`${sql.raw(`PRAGMA ${name}`)}`.execute(
      handle.db,
    );
    return Object.values(rows[0] ?? {})[0];
  };

  it('is in WAL mode, with group commit, foreign keys and secure delete', async () => {
    expect(await pragma('journal_mode')).toBe('wal');
    expect(handle.durable).toBeTypeOf('function');
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('secure_delete')).toBe(1);
  });

  it('has a page cache and a memory map sized for a database of several GB', async () => {
    expect(await pragma('cache_size')).toBe(-64 * 1024);
    expect(Number(await pragma('mmap_size'))).toBeGreaterThanOrEqual(2 ** 31 - 2 ** 16);
  });
});

describe('write epochs on SQLite', () => {
  it('move with every write to a named table, and only then', async () => {
    const handle = openDatabase({ sqliteFile: ':memory:' });
    const { db } = handle;
    await sql`create table a (id integer primary key, v text)`.execute(db);
    await sql`create table b (id integer primary key, v text)`.execute(db);
    const epochOf = writeEpochOf(db);
    if (!epochOf) throw new Error('SQLite has write epochs');
    const ofA = () => epochOf(['a']);
    const ofB = () => epochOf(['b']);

    const [a0, b0] = [ofA(), ofB()];
    await sql`insert into "a" ("v") values ('x')`.execute(db);
    expect(ofA()).toBeGreaterThan(a0);
    expect(ofB()).toBe(b0);

    const a1 = ofA();
    await sql`select * from "a"`.execute(db);
    expect(ofA()).toBe(a1);
    await sql`update "a" set "v" = 'y'`.execute(db);
    expect(ofA()).toBeGreaterThan(a1);

    // A write that fails or is rolled back still moves it: a kept value is only ever dropped early.
    const a2 = ofA();
    await db
      .transaction()
      .execute(async (trx) => {
        await sql`delete from "a"`.execute(trx);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect(ofA()).toBeGreaterThan(a2);

    // A statement whose target is not plain (a CTE) moves every table.
    const [a3, b3] = [ofA(), ofB()];
    await sql`with x as (select 1) insert into "b" ("v") select 'z' from x`.execute(db);
    expect(ofA()).toBeGreaterThan(a3);
    expect(ofB()).toBeGreaterThan(b3);
    await handle.close();
  });

  it('are absent on a transaction’s handle', async () => {
    const handle = openDatabase({ sqliteFile: ':memory:' });
    await handle.db.transaction().execute(async (trx) => {
      expect(writeEpochOf(trx)).toBeUndefined();
    });
    await handle.close();
  });
});

describe('group commit and open transactions', () => {
  const settled = () => new Promise((resolve) => setTimeout(resolve, 10));

  /** A SQLite file whose log fsyncs wait until the test lets them finish. */
  function heldDisk() {
    const dir = mkdtempSync(join(tmpdir(), 'rekindle-held-'));
    const fsyncs: (() => void)[] = [];
    const handle = openDatabase({
      sqliteFile: join(dir, 'rekindle.db'),
      syncLog: async (fsync) => {
        await new Promise<void>((resolve) => fsyncs.push(resolve));
        await fsync();
      },
    });
    const durable = handle.durable;
    if (!durable) throw new Error('a SQLite file has group commit');
    return {
      handle,
      durable,
      fsyncs,
      /** Asks for a flush and lets it finish. */
      flush: async () => {
        const flushed = durable();
        await settled();
        fsyncs.shift()?.();
        await flushed;
      },
      close: async () => {
        for (const release of fsyncs) release();
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }

  it('does not count a flush that began before a transaction committed as covering it', async () => {
    const disk = heldDisk();
    try {
      const { db } = disk.handle;
      await sql`create table t (id integer primary key, v text)`.execute(db);
      await disk.flush();

      // Another request's write has committed, not yet flushed.
      await sql`insert into "t" ("v") values ('outside')`.execute(db);
      let commit: () => void = () => {};
      const transaction = db.transaction().execute(async (trx) => {
        await sql`insert into "t" ("v") values ('inside')`.execute(trx);
        await new Promise<void>((resolve) => (commit = resolve));
      });
      await settled();
      // That other request asks for its flush while the transaction is open.
      const other = disk.durable();
      await settled();
      expect(disk.fsyncs).toHaveLength(1);

      commit();
      await transaction;
      disk.fsyncs.shift()?.();
      await other;

      // The transaction committed after that flush began: its answer waits for another.
      let answered = false;
      const mine = disk.durable().then(() => {
        answered = true;
      });
      await settled();
      expect(answered).toBe(false);
      expect(disk.fsyncs).toHaveLength(1);
      disk.fsyncs.shift()?.();
      await mine;
      expect(answered).toBe(true);
    } finally {
      await disk.close();
    }
  });

  it('needs no flush after a read, and one after a write', async () => {
    const disk = heldDisk();
    try {
      const { db } = disk.handle;
      await sql`create table t (id integer primary key, v text)`.execute(db);
      await disk.flush();
      await sql`select * from "t"`.execute(db);
      await disk.durable();
      expect(disk.fsyncs).toHaveLength(0);
      await sql`insert into "t" ("v") values ('x')`.execute(db);
      const flushed = disk.durable();
      await settled();
      expect(disk.fsyncs).toHaveLength(1);
      disk.fsyncs.shift()?.();
      await flushed;
      await disk.durable();
      expect(disk.fsyncs).toHaveLength(0);
    } finally {
      await disk.close();
    }
  });
});
