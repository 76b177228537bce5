/**
 * Deleting an account leaves nothing the person wrote in the decks in the
 * SQLite files (card answers, own questions), while the partner's words stay.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../tests/support/test-app';
import { openDatabase } from '../../db/database';
import { migrateToLatest } from '../../db/migrate';

function filesContain(file: string, marker: string): string[] {
  const needle = Buffer.from(marker, 'utf8');
  return [file, `${file}-wal`, `${file}-shm`, `${file}-journal`].filter(
    (f) => existsSync(f) && readFileSync(f).includes(needle),
  );
}

describe('decks erasure on SQLite', () => {
  it('leaves no trace of a deleted person’s card answers or own questions', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rekindle-decks-erase-')), 'rekindle.db');
    const handle = openDatabase({ sqliteFile: file });
    await migrateToLatest(handle.db);
    const t = await createTestApp('sqlite', {
      database: { handle, schema: undefined, drop: () => handle.close() },
    });
    try {
      const marker = `deck-${Math.random().toString(36).slice(2)}-unique-marker`;
      const { a, b } = await t.buildCouple();
      const card = (await a.request('POST', '/api/decks/gratitude/draw', {})).json();
      for (const n of [1, 2])
        await a.request('PUT', `/api/deck-cards/${card.id}/answer`, { text: `${marker} ${n}` });
      await b.request('PUT', `/api/deck-cards/${card.id}/answer`, { text: 'partner words stay' });
      await a.request('POST', '/api/decks/own/questions', { text: `${marker} question` });
      expect(filesContain(file, marker).length).toBeGreaterThan(0);

      expect((await a.request('DELETE', '/api/me', { password: a.password })).statusCode).toBe(204);
      expect(filesContain(file, marker)).toEqual([]);
      expect(filesContain(file, 'partner words stay').length).toBeGreaterThan(0);
    } finally {
      await t.close();
      await handle.close().catch(() => {});
    }
  });
});
