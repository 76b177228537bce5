import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dialects, type TestDatabase } from '../../../tests/support/databases';
import { prepareQuery, slot } from './prepared';

describe.each(dialects)('prepared queries (%s)', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    const { db } = database.handle;
    await db
      .insertInto('couples')
      .values([
        { id: 'c1', time_zone: 'UTC', created_at: '2026-01-01', ended_at: null },
        { id: 'c2', time_zone: 'Asia/Tokyo', created_at: '2026-01-02', ended_at: null },
      ])
      .execute();
  });
  afterAll(() => database.drop());

  const byId = prepareQuery((db) =>
    db
      .selectFrom('couples')
      .select(['id', 'time_zone'])
      .where('id', '=', slot('id'))
      .where('ended_at', 'is', null),
  );

  it('compiles once and runs with new values each time', async () => {
    const { db } = database.handle;
    expect(await byId(db, { id: 'c1' })).toEqual([{ id: 'c1', time_zone: 'UTC' }]);
    expect(await byId(db, { id: 'c2' })).toEqual([{ id: 'c2', time_zone: 'Asia/Tokyo' }]);
    expect(await byId(db, { id: 'nope' })).toEqual([]);
  });

  it('fills slots inside strings, and works inside transactions', async () => {
    const { db } = database.handle;
    const like = prepareQuery((d) =>
      d
        .selectFrom('couples')
        .select('id')
        .where('time_zone', '=', `Asia/${slot('city')}`),
    );
    await db.transaction().execute(async (trx) => {
      expect(await like(trx, { city: 'Tokyo' })).toEqual([{ id: 'c2' }]);
    });
  });

  it('refuses to run without a value for every slot', async () => {
    await expect(byId(database.handle.db, {})).rejects.toThrow(/No value for slot "id"/);
  });

  it('refuses a query that would put a slot into its SQL text', async () => {
    const unsafe = prepareQuery((d) =>
      d.selectFrom('couples').select('id').orderBy(slot<'id'>('column')),
    );
    await expect(unsafe(database.handle.db, { column: 'id' })).rejects.toThrow(
      /inside its SQL text/,
    );
  });
});

describe.skipIf(!dialects.includes('postgres'))('named statements on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
  });
  afterAll(() => database.drop());

  it('are parsed once per connection: the hot queries are named, any other query is not', async () => {
    const { db } = database.handle;
    const hot = prepareQuery((d) =>
      d.selectFrom('couples').select('id').where('id', '=', slot('id')),
    );
    // One connection, so the statements it knows are the ones this test sent.
    await db.connection().execute(async (conn) => {
      await hot(conn, { id: 'a' });
      await hot(conn, { id: 'b' });
      await conn.selectFrom('couples').select('time_zone').where('id', '=', 'x').execute();
      const { rows } = await sql<{
        statement: string;
      }>`SELECT statement FROM pg_prepared_statements WHERE name LIKE 'rekindle_%'`.execute(conn);
      expect(rows.map((r) => r.statement)).toEqual(['select "id" from "couples" where "id" = $1']);
    });
  });
});

describe('hot reads on SQLite', () => {
  it('run at once outside a transaction, and never see another request’s uncommitted writes', async () => {
    const database = await createTestDatabase('sqlite');
    const { db } = database.handle;
    const byId = prepareQuery((d) =>
      d.selectFrom('couples').select('id').where('id', '=', slot('id')),
    );
    let release = (): void => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inserted = (): void => {};
    const insertedYet = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    // A transaction writes, then waits (as a request awaiting something would) and rolls back.
    const writer = db
      .transaction()
      .execute(async (trx) => {
        await trx
          .insertInto('couples')
          .values({ id: 'uncommitted', time_zone: 'UTC', created_at: '2026-01-01', ended_at: null })
          .execute();
        inserted();
        await held;
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await insertedYet;
    const read = byId(db, { id: 'uncommitted' });
    release();
    expect(await read).toEqual([]);
    await writer;
    await db
      .insertInto('couples')
      .values({ id: 'committed', time_zone: 'UTC', created_at: '2026-01-01', ended_at: null })
      .execute();
    expect(await byId(db, { id: 'committed' })).toEqual([{ id: 'committed' }]);
    await database.drop();
  });
});
