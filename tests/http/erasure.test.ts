/**
 * Deleting an account leaves nothing the person wrote in the SQLite files:
 * the database, its write-ahead log and shared memory are scanned byte by byte.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';
import { createTestApp } from '../support/test-app';

function filesContain(file: string, marker: string): string[] {
  const needle = Buffer.from(marker, 'utf8');
  return [file, `${file}-wal`, `${file}-shm`, `${file}-journal`].filter(
    (f) => existsSync(f) && readFileSync(f).includes(needle),
  );
}

describe('erasure on SQLite', () => {
  it('leaves no trace of the words in the database files after DELETE /api/me', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rekindle-erase-')), 'rekindle.db');
    const handle = openDatabase({ sqliteFile: file });
    await migrateToLatest(handle.db);
    const t = await createTestApp('sqlite', {
      database: { handle, schema: undefined, drop: () => handle.close() },
    });
    try {
      const marker = `zq-${Math.random().toString(36).slice(2)}-unique-marker`;
      const { a, b } = await t.buildCouple();
      const today = (await a.request('GET', '/api/questions/today')).json();
      const answer = (text: string) =>
        a.request('PUT', `/api/questions/${today.question.id}/answer`, { text });
      // Edited several times, so older versions of the page exist in the log.
      for (const n of [1, 2, 3])
        expect((await answer(`${marker} draft ${n}`)).statusCode).toBe(200);
      const cards = (await a.request('GET', '/api/primer')).json().cards as { id: string }[];
      const reflected = await a.request('PUT', `/api/primer/${cards[0]?.id}`, {
        reflection: `${marker} reflection`,
      });
      expect(reflected.statusCode).toBe(200);
      await b.request('PUT', `/api/questions/${today.question.id}/answer`, {
        text: 'words that stay',
      });
      expect(filesContain(file, marker).length).toBeGreaterThan(0);

      expect((await a.request('DELETE', '/api/me', { password: a.password })).statusCode).toBe(204);
      expect(filesContain(file, marker)).toEqual([]);
      expect(filesContain(file, a.email)).toEqual([]);
      expect(filesContain(file, 'words that stay').length).toBeGreaterThan(0);
    } finally {
      await t.close();
      await handle.close().catch(() => {});
    }
  });
});
