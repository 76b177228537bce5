/**
 * The databases the service and http tiers run on: SQLite always, PostgreSQL
 * when TEST_DATABASE_URL is set. With CI=true, PostgreSQL is required.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  type DatabaseHandle,
  type Dialect,
  ensurePostgresSchema,
  openDatabase,
} from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';

const postgresUrl = process.env.TEST_DATABASE_URL;
if (process.env.CI === 'true' && !postgresUrl) {
  throw new Error('CI=true needs TEST_DATABASE_URL: the PostgreSQL tier must run, not skip.');
}

export const dialects: Dialect[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase {
  handle: DatabaseHandle;
  /** PostgreSQL schema of this database, for a second app instance or the event channel. */
  schema: string | undefined;
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own for one test file (a new PostgreSQL schema, or SQLite in memory). */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const handle = openDatabase({ sqliteFile: ':memory:' });
    await migrateToLatest(handle.db);
    return { handle, schema: undefined, drop: () => handle.close() };
  }
  if (!postgresUrl) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await ensurePostgresSchema(postgresUrl, schema);
  const handle = openDatabase({ databaseUrl: postgresUrl, schema, poolSize: 4 });
  await migrateToLatest(handle.db);
  return {
    handle,
    schema,
    drop: async () => {
      await handle.close();
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

export { postgresUrl };
