/**
 * The synchronous SQLite transaction (database.ts `atOnceOf`): it commits what
 * its work wrote, writes nothing when the work throws, stands aside while
 * another transaction is open on the one connection, moves the write epochs
 * like any write, and does not exist on PostgreSQL.
 */
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, postgresUrl } from '../../../tests/support/databases';
import {
  atOnceOf,
  type DatabaseHandle,
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
    expect(result).toEqual({ value: { n: 1 } });
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
    expect(atOnceOf(handle.db)?.(() => 'again')).toEqual({ value: 'again' });
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
