import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type PersonEpoch, personEpochOf } from './database';
import { closeWriteScope, outsideWriteScope, runInWriteScope, writeScope } from './write-scope';

describe('person epochs move with the writes that concern them', () => {
  const handle = openDatabase({ sqliteFile: ':memory:' });
  let epochOf: PersonEpoch;
  beforeAll(async () => {
    await sql`create table t (id integer primary key, v text)`.execute(handle.db);
    const found = personEpochOf(handle.db);
    if (!found) throw new Error('SQLite has person epochs');
    epochOf = found;
  });
  afterAll(() => handle.close());

  const write = () => sql`insert into t (v) values ('x')`.execute(handle.db);
  const epochs = () => ['ana', 'ben', 'cai'].map((id) => epochOf(id));
  const inScope = (people: string[], fn: () => Promise<unknown>) =>
    new Promise<void>((done, fail) => {
      const scope = writeScope(people);
      runInWriteScope(scope, () => {
        fn().then(() => {
          closeWriteScope(scope);
          done();
        }, fail);
      });
    });

  it('moves only the scope’s people for a write inside it', async () => {
    const before = epochs();
    await inScope(['ana', 'ben'], write);
    const after = epochs();
    expect(after[0]).toBeGreaterThan(before[0] ?? 0);
    expect(after[1]).toBeGreaterThan(before[1] ?? 0);
    expect(after[2]).toBe(before[2]);
  });

  it('moves everyone for a write outside any scope', async () => {
    const before = epochs();
    await write();
    epochs().forEach((value, i) => {
      expect(value).toBeGreaterThan(before[i] ?? 0);
    });
  });

  it('moves everyone for a write made once the scope is closed', async () => {
    const scope = writeScope(['ana']);
    const before = epochs();
    await new Promise<void>((done, fail) => {
      runInWriteScope(scope, () => {
        closeWriteScope(scope);
        write().then(() => done(), fail);
      });
    });
    expect(epochs()[2]).toBeGreaterThan(before[2] ?? 0);
  });

  it('moves everyone for a timer a scoped request started outside its scope', async () => {
    const before = epochs();
    await inScope(['ana'], () =>
      outsideWriteScope(
        () =>
          new Promise<void>((done, fail) => {
            setImmediate(() => {
              write().then(() => done(), fail);
            });
          }),
      ),
    );
    expect(epochs()[2]).toBeGreaterThan(before[2] ?? 0);
  });

  it('ignores reads', async () => {
    const before = epochs();
    await sql`select count(*) from t`.execute(handle.db);
    expect(epochs()).toEqual(before);
  });
});
