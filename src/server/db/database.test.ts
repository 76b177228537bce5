import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database';

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
