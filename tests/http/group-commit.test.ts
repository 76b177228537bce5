/**
 * Group commit on SQLite: a request that wrote is answered only after the
 * write-ahead log holding its commit has been flushed to disk; reads never wait.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';
import { createTestApp } from '../support/test-app';

describe('group commit on SQLite', () => {
  it('answers a write after its flush, and a read without one', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rekindle-group-')), 'rekindle.db');
    const handle = openDatabase({ sqliteFile: file });
    await migrateToLatest(handle.db);
    const flush = handle.durable;
    expect(flush).toBeDefined();
    const events: string[] = [];
    let release: () => void = () => {};
    let holding = false;
    handle.durable = async () => {
      events.push('flush asked');
      if (holding) await new Promise<void>((resolve) => (release = resolve));
      await flush?.();
      events.push('flushed');
    };
    const t = await createTestApp('sqlite', {
      database: { handle, schema: undefined, drop: () => handle.close() },
    });
    try {
      const p = await t.signUp();
      const today = (await p.request('GET', '/api/questions/today')).json();
      events.length = 0;
      expect((await p.request('GET', '/api/me')).statusCode).toBe(200);
      expect(events).toEqual([]);

      holding = true;
      const answered = p
        .request('PUT', `/api/questions/${today.question.id}/answer`, { text: 'kept safe' })
        .then((res) => {
          events.push(`answered ${res.statusCode}`);
          return res;
        });
      // However slow the machine, the answer waits while its flush is held.
      await vi.waitFor(() => expect(events).toContain('flush asked'), { timeout: 20_000 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(events).toEqual(['flush asked']);
      release();
      await answered;
      expect(events).toEqual(['flush asked', 'flushed', 'answered 200']);
    } finally {
      await t.close();
    }
  });
});
