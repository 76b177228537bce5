/**
 * The synchronous SQLite transaction (database.ts `atOnceOf`): it commits what
 * its work wrote, writes nothing when the work throws, stands aside while
 * another transaction is open on the one connection, moves the write epochs
 * like any write, and does not exist on PostgreSQL.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, postgresUrl } from '../../../tests/support/databases';
import {
  atOnceOf,
  type DatabaseHandle,
  directReaderOf,
  openDatabase,
  personEpochOf,
  writeEpochOf,
} from './database';
import { migrateToLatest } from './migrate';
import { prepareQuery, slot } from './prepared';
import { closeWriteScope, runInWriteScope, writeScope } from './write-scope';

const handles: DatabaseHandle[] = [];
afterEach(async () => {
  for (const handle of handles.splice(0)) await handle.close();
});

async function withTable(): Promise<DatabaseHandle> {
  const handle = openDatabase({ sqliteFile: ':memory:' });
  handles.push(handle);
  await sql`create table notes (id text primary key, body text not null)`.execute(handle.db);
  return handle;
}

async function bodies(handle: DatabaseHandle): Promise<string[]> {
  const { rows } = await sql<{ body: string }>`select body from notes order by id`.execute(
    handle.db,
  );
  return rows.map((row) => row.body);
}

describe('a synchronous SQLite transaction', () => {
  it('commits what its work wrote and answers what the work returned', async () => {
    const handle = await withTable();
    const atOnce = atOnceOf(handle.db);
    expect(atOnce).toBeTypeOf('function');
    const result = atOnce?.((run) => {
      run('insert into notes (id, body) values (?, ?)', ['1', 'first']);
      return run('select count(*) as n from notes', [])[0];
    });
    expect(result?.value).toEqual({ n: 1 });
    await result?.committed;
    expect(await bodies(handle)).toEqual(['first']);
  });

  it('writes nothing when its work throws, and passes the error on', async () => {
    const handle = await withTable();
    expect(() =>
      atOnceOf(handle.db)?.((run) => {
        run('insert into notes (id, body) values (?, ?)', ['1', 'first']);
        throw new Error('changed my mind');
      }),
    ).toThrow('changed my mind');
    expect(await bodies(handle)).toEqual([]);
    // The connection is free again.
    expect(atOnceOf(handle.db)?.(() => 'again')?.value).toBe('again');
  });

  it('stands aside while another transaction is open on the connection', async () => {
    const handle = await withTable();
    let inside: unknown = 'not run';
    await handle.db.transaction().execute(async (trx) => {
      await sql`insert into notes (id, body) values ('1', 'kysely')`.execute(trx);
      inside = atOnceOf(handle.db)?.((run) => {
        run('insert into notes (id, body) values (?, ?)', ['2', 'inside']);
        return 'ran';
      });
    });
    expect(inside).toBeUndefined();
    expect(await bodies(handle)).toEqual(['kysely']);
  });

  it('moves the write epochs, and the epoch of the people whose request wrote', async () => {
    const handle = await withTable();
    const tables = writeEpochOf(handle.db);
    const people = personEpochOf(handle.db);
    const tableBefore = tables?.(['notes']);
    const mineBefore = people?.('me');
    const otherBefore = people?.('someone else');
    const scope = writeScope(['me']);
    await new Promise<void>((resolve) =>
      runInWriteScope(scope, () => {
        atOnceOf(handle.db)?.((run) => {
          run('insert into notes (id, body) values (?, ?)', ['1', 'mine']);
        });
        resolve();
      }),
    );
    closeWriteScope(scope);
    expect(tables?.(['notes'])).toBeGreaterThan(tableBefore ?? Number.POSITIVE_INFINITY);
    expect(people?.('me')).toBeGreaterThan(mineBefore ?? Number.POSITIVE_INFINITY);
    expect(people?.('someone else')).toBe(otherBefore);
  });

  it('runs a prepared query inline with the values given', async () => {
    const handle = openDatabase({ sqliteFile: ':memory:' });
    handles.push(handle);
    await migrateToLatest(handle.db);
    const assign = prepareQuery((db) =>
      db.insertInto('daily_questions').values({
        scope: slot('scope'),
        day: slot('day'),
        question_id: slot('questionId'),
        created_at: slot('now'),
      }),
    );
    const values = { scope: 'u:a', day: '2026-12-01', questionId: 'q1', now: 'now' };
    atOnceOf(handle.db)?.((run) => {
      assign.inline(handle.db, run, values);
    });
    const rows = await handle.db.selectFrom('daily_questions').select('question_id').execute();
    expect(rows).toEqual([{ question_id: 'q1' }]);
  });
});

describe('write batches (a SQLite file, with group commit)', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const handle of handles.splice(0)) await handle.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  async function fileWithTable(): Promise<DatabaseHandle> {
    const dir = mkdtempSync(join(tmpdir(), 'rekindle-batch-'));
    dirs.push(dir);
    const handle = openDatabase({ sqliteFile: join(dir, 'rekindle.db') });
    handles.push(handle);
    await sql`create table notes (id text primary key, body text not null)`.execute(handle.db);
    return handle;
  }

  const insert = (handle: DatabaseHandle, id: string, body: string) =>
    atOnceOf(handle.db)?.((run) => {
      run('insert into notes (id, body) values (?, ?)', [id, body]);
      return id;
    });

  it('puts the work of one turn of the loop in one transaction, committed after that turn', async () => {
    const handle = await fileWithTable();
    const first = insert(handle, '1', 'one');
    const second = insert(handle, '2', 'two');
    expect(first?.value).toBe('1');
    expect(second?.committed).toBe(first?.committed);
    // Until the commit, nothing reads straight from the connection.
    expect(directReaderOf(handle.db)?.('select body from notes', [])).toBeUndefined();
    await first?.committed;
    expect(directReaderOf(handle.db)?.('select body from notes order by id', [])).toEqual([
      { body: 'one' },
      { body: 'two' },
    ]);
    // The next turn opens a batch of its own.
    const third = insert(handle, '3', 'three');
    expect(third?.committed).not.toBe(first?.committed);
    await third?.committed;
    expect(await bodies(handle)).toEqual(['one', 'two', 'three']);
  });

  it('makes a read through Kysely wait for the open batch, never see it half-written', async () => {
    const handle = await fileWithTable();
    insert(handle, '1', 'one');
    const read = bodies(handle);
    insert(handle, '2', 'two');
    expect(await read).toEqual(['one', 'two']);
  });

  it('undoes only the work that throws; the rest of the batch commits', async () => {
    const handle = await fileWithTable();
    const kept = insert(handle, '1', 'kept');
    expect(() =>
      atOnceOf(handle.db)?.((run) => {
        run('insert into notes (id, body) values (?, ?)', ['2', 'undone']);
        throw new Error('changed my mind');
      }),
    ).toThrow('changed my mind');
    const after = insert(handle, '3', 'also kept');
    await kept?.committed;
    await after?.committed;
    expect(await bodies(handle)).toEqual(['kept', 'also kept']);
  });

  it('fails every work of a batch whose commit fails, and writes none of it', async () => {
    const handle = await fileWithTable();
    await sql`create table parents (id text primary key)`.execute(handle.db);
    await sql`create table children (id text primary key, parent text references parents (id) deferrable initially deferred)`.execute(
      handle.db,
    );
    const fine = insert(handle, '1', 'written with a bad neighbour');
    const orphan = atOnceOf(handle.db)?.((run) => {
      run('insert into children (id, parent) values (?, ?)', ['c', 'nobody']);
    });
    // A read asked while that batch is open never sees what it then undoes.
    const read = bodies(handle);
    await expect(fine?.committed).rejects.toThrow(/FOREIGN KEY/);
    await expect(orphan?.committed).rejects.toThrow(/FOREIGN KEY/);
    expect(await read).toEqual([]);
    expect(await bodies(handle)).toEqual([]);
    // The connection is free and batches go on.
    const next = insert(handle, '2', 'next');
    await next?.committed;
    expect(await bodies(handle)).toEqual(['next']);
  });

  it("fails the whole batch when a work's error ends the transaction itself", async () => {
    const handle = await fileWithTable();
    await sql`create trigger no_boom before insert on notes when new.body = 'boom' begin select raise(rollback, 'no boom'); end`.execute(
      handle.db,
    );
    const before = insert(handle, '1', 'written before the boom');
    expect(() => insert(handle, '2', 'boom')).toThrow('no boom');
    await expect(before?.committed).rejects.toThrow('no boom');
    const after = insert(handle, '3', 'after');
    expect(after?.committed).not.toBe(before?.committed);
    await after?.committed;
    expect(await bodies(handle)).toEqual(['after']);
  });

  it('stands aside while Kysely holds the connection, and opens no batch then', async () => {
    const handle = await fileWithTable();
    let inside: unknown = 'not run';
    await handle.db.connection().execute(async () => {
      inside = insert(handle, '1', 'inside');
    });
    expect(inside).toBeUndefined();
    await handle.db.transaction().execute(async (trx) => {
      await sql`insert into notes (id, body) values ('2', 'kysely')`.execute(trx);
      inside = insert(handle, '3', 'inside');
    });
    expect(inside).toBeUndefined();
    expect(await bodies(handle)).toEqual(['kysely']);
  });

  it('is flushed by the group commit once committed', async () => {
    const handle = await fileWithTable();
    const written = insert(handle, '1', 'durable');
    await written?.committed;
    await handle.durable?.();
    await handle.close();
    handles.splice(handles.indexOf(handle), 1);
    const again = openDatabase({ sqliteFile: join(dirs[0] ?? '', 'rekindle.db') });
    handles.push(again);
    expect(await bodies(again)).toEqual(['durable']);
  });
});

describe.skipIf(!postgresUrl)('on PostgreSQL', () => {
  it('there is none: repositories take their transaction path', async () => {
    const database = await createTestDatabase('postgres');
    try {
      expect(atOnceOf(database.handle.db)).toBeUndefined();
    } finally {
      await database.drop();
    }
  });
});
