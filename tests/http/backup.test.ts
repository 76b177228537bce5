/**
 * Backup and restore on SQLite, as an operator runs them: `rekindle backup
 * FILE` on one DATA_DIR, `rekindle restore FILE --force` into another, with
 * no server running and with the real server running (started as `npm start`
 * starts it). Every table is compared row by row, and a session made before
 * the backup still works on a server started on the restored copy.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';
import { fileSessionSecret } from '../../src/server/session-secret';
import {
  type HttpPerson,
  npmAdmin,
  readTables,
  rekindle,
  type ServerProcess,
  seedThroughApp,
  signUpOverHttp,
  startServerProcess,
  tempDir,
} from '../support/admin-cli';
import { createTestApp } from '../support/test-app';

// Every step is a child process (and, here and there, a real server): slow on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const DB = 'rekindle.db';

function archiveNames(file: string): string[] {
  return execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).trim().split('\n');
}

function manifestOf(file: string): {
  files: { name: string }[];
  database: { tables: Record<string, number> };
} {
  return JSON.parse(
    execFileSync('tar', ['-xzOf', file, 'rekindle-backup.json'], { encoding: 'utf8' }),
  );
}

describe('backup and restore without a server', () => {
  const source = tempDir('source');
  const backups = tempDir('backups');
  const file = join(backups, 'rekindle.tar.gz');

  beforeAll(async () => {
    const handle = openDatabase({ sqliteFile: join(source, DB) });
    await migrateToLatest(handle.db);
    const t = await createTestApp('sqlite', {
      database: { handle, schema: undefined, drop: () => handle.close() },
    });
    await seedThroughApp(t);
    await t.close();
    await handle.close();
    // What the server keeps beside the database: its generated session secret, and an operator's file.
    fileSessionSecret(source);
    writeFileSync(join(source, 'operator-notes.txt'), 'kept with the data\n');
    // Too large to be a secret or a setting: left out, and said so.
    writeFileSync(join(source, 'big.bin'), Buffer.alloc(17 * 1024 * 1024));
  });

  it('backs up into one archive: the manifest first, the database, the secret and the small files', async () => {
    const result = await rekindle(['backup', file], { DATA_DIR: source });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Backed up ${join(source, DB)} to ${file}`);
    expect(result.stderr).toContain('Left out');
    expect(result.stderr).toContain('big.bin');
    expect(archiveNames(file)).toEqual([
      'rekindle-backup.json',
      DB,
      'operator-notes.txt',
      'session-secret',
    ]);
    // It holds secrets and what people wrote: only its owner may read it.
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const manifest = manifestOf(file);
    expect(manifest.database.tables.users).toBe(3);
    expect(manifest.database.tables.answers).toBe(2);
  });

  it('restores into another DATA_DIR with identical data in every table', async () => {
    const target = tempDir('target');
    const result = await rekindle(['restore', file, '--force'], { DATA_DIR: target });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`into ${target}`);

    const before = readTables(join(source, DB));
    const after = readTables(join(target, DB));
    expect(Object.keys(after.tables).length).toBeGreaterThan(20);
    expect(after.schema).toEqual(before.schema);
    for (const name of Object.keys(before.tables)) {
      expect(after.tables[name], name).toEqual(before.tables[name]);
    }
    expect(after.tables).toEqual(before.tables);
    expect(readFileSync(join(target, 'session-secret'), 'utf8')).toBe(
      readFileSync(join(source, 'session-secret'), 'utf8'),
    );
    expect(statSync(join(target, 'session-secret')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(target, 'operator-notes.txt'), 'utf8')).toBe('kept with the data\n');
    expect(existsSync(join(target, 'big.bin'))).toBe(false);
  });

  it('refuses to overwrite without --force (3), and changes nothing', async () => {
    const target = tempDir('occupied');
    expect((await rekindle(['restore', file], { DATA_DIR: target })).code).toBe(0);
    const db = new Database(join(target, DB));
    db.prepare("update users set display_name = 'Changed since'").run();
    db.close();
    const before = readTables(join(target, DB));

    const again = await rekindle(['restore', file], { DATA_DIR: target });
    expect(again.code).toBe(3);
    expect(again.stderr).toContain('already holds a database. Nothing was changed. Add --force');
    expect(readTables(join(target, DB))).toEqual(before);

    // A secret of its own is not replaced silently either.
    const secretOnly = tempDir('secret-only');
    writeFileSync(join(secretOnly, 'session-secret'), 'mine\n');
    const refusedSecret = await rekindle(['restore', file], { DATA_DIR: secretOnly });
    expect(refusedSecret.code).toBe(3);
    expect(refusedSecret.stderr).toContain('already holds session-secret');
    expect(readFileSync(join(secretOnly, 'session-secret'), 'utf8')).toBe('mine\n');
    expect(existsSync(join(secretOnly, DB))).toBe(false);

    const forced = await rekindle(['restore', file, '--force'], { DATA_DIR: target });
    expect(forced.code).toBe(0);
    expect(readTables(join(target, DB)).tables).toEqual(readTables(join(source, DB)).tables);
  });

  it('backup does not overwrite an existing file without --force', async () => {
    const result = await rekindle(['backup', file], { DATA_DIR: source });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('exists already');
    const forced = await rekindle(['backup', file, '--force'], { DATA_DIR: source });
    expect(forced.code).toBe(0);
  });

  it('refuses a damaged archive, a file that is not a backup, and a backup of a newer version', async () => {
    const dir = tempDir('bad');
    const damaged = join(dir, 'damaged.tar.gz');
    const raw = gunzipSync(readFileSync(file));
    // Flip a byte inside the database's data (after the manifest and the database's header).
    const tampered = Buffer.from(raw);
    const at = raw.indexOf(Buffer.from('SQLite format 3')) + 4096;
    tampered[at] = (tampered[at] ?? 0) ^ 0xff;
    writeFileSync(damaged, gzipSync(tampered));
    const notBackup = join(dir, 'notes.txt');
    writeFileSync(notBackup, 'just some words');
    const truncated = join(dir, 'truncated.tar.gz');
    writeFileSync(truncated, readFileSync(file).subarray(0, 2000));

    const [a, b, c] = await Promise.all(
      [damaged, notBackup, truncated].map((f) =>
        rekindle(['restore', f], { DATA_DIR: tempDir('x') }),
      ),
    );
    expect(a?.code).toBe(1);
    expect(a?.stderr).toContain('is damaged (its checksum does not match)');
    expect(b?.code).toBe(1);
    expect(b?.stderr).toContain('cannot be read as a Rekindle backup');
    expect(c?.code).toBe(1);
    expect(c?.stderr).toMatch(/damaged|cut short/);

    // A backup of a database that a later version has migrated further.
    const newer = tempDir('newer');
    const handle = openDatabase({ sqliteFile: join(newer, DB) });
    await migrateToLatest(handle.db);
    await handle.close();
    const db = new Database(join(newer, DB));
    db.prepare(
      "insert into kysely_migration (name, timestamp) values ('2999-01-01-0001-future', '2999-01-01')",
    ).run();
    db.close();
    const newerFile = join(dir, 'newer.tar.gz');
    expect((await rekindle(['backup', newerFile], { DATA_DIR: newer })).code).toBe(0);
    const restored = await rekindle(['restore', newerFile], { DATA_DIR: tempDir('older') });
    expect(restored.code).toBe(1);
    expect(restored.stderr).toContain('was made by a newer version of Rekindle');
  });
});

describe('backup and restore with the real server running', () => {
  const live = tempDir('live');
  const backups = tempDir('live-backups');
  let server: ServerProcess;
  let restored: ServerProcess | undefined;
  let a: HttpPerson;
  let b: HttpPerson;

  beforeAll(async () => {
    server = await startServerProcess({ DATA_DIR: live });
    a = await signUpOverHttp(server.baseUrl, 'Robin');
    b = await signUpOverHttp(server.baseUrl, 'Sam');
    const invite = (await (await a.call('POST', '/api/couple/invites')).json()) as { code: string };
    expect((await b.call('POST', '/api/couple/join', { code: invite.code })).status).toBe(200);
    const today = (await (await a.call('GET', '/api/questions/today')).json()) as {
      question: { id: string };
    };
    await a.call('PUT', `/api/questions/${today.question.id}/answer`, { text: 'said while live' });
  }, 120_000);

  afterAll(async () => {
    await restored?.stop();
    await server.stop();
  });

  it('backs up while it serves (npm run admin), restores identical data, and sessions go on working', async () => {
    // The server generated its session secret and keeps it with the data.
    expect(existsSync(join(live, 'session-secret'))).toBe(true);
    const file = join(backups, 'live.tar.gz');
    const before = readTables(join(live, DB));
    const result = await npmAdmin(['backup', file], { DATA_DIR: live });
    expect(result.code, result.stderr).toBe(0);
    expect(readTables(join(live, DB))).toEqual(before);

    const target = tempDir('live-target');
    const restore = await npmAdmin(['restore', file, '--force'], { DATA_DIR: target });
    expect(restore.code, restore.stderr).toBe(0);
    expect(readTables(join(target, DB))).toEqual(before);

    // A server on the restored copy knows the sessions made before the backup.
    restored = await startServerProcess({ DATA_DIR: target });
    const me = await fetch(`${restored.baseUrl}/api/me`, {
      headers: { cookie: `rekindle_session=${a.cookie}` },
    });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(a.email);
    await restored.stop();
    restored = undefined;
  }, 120_000);

  it('a backup taken during a stream of writes is a consistent snapshot', async () => {
    let writes = 0;
    let writing = true;
    const loop = (async () => {
      while (writing) {
        const res = await b.call('PATCH', '/api/me', { displayName: `Sam ${writes + 1}` });
        expect(res.status).toBe(200);
        writes += 1;
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const file = join(backups, 'busy.tar.gz');
    const result = await rekindle(['backup', file], { DATA_DIR: live });
    writing = false;
    await loop;
    expect(result.code, result.stderr).toBe(0);
    expect(writes).toBeGreaterThan(0);

    const target = tempDir('busy-target');
    expect((await rekindle(['restore', file, '--force'], { DATA_DIR: target })).code).toBe(0);
    const db = new Database(join(target, DB), { readonly: true });
    const names = db.prepare('select display_name from users where email = ?').pluck().all(b.email);
    const counts = db.prepare('select count(*) from users').pluck().get();
    db.close();
    expect(counts).toBe(2);
    expect(names).toHaveLength(1);
    // Whichever moment it caught, it is one of the names that were written, whole.
    const written = new Set(['Sam', ...Array.from({ length: writes }, (_, k) => `Sam ${k + 1}`)]);
    expect(written.has(String(names[0]))).toBe(true);
  }, 120_000);

  it('will not restore into the data of a running server, even with --force (3)', async () => {
    const file = join(backups, 'live.tar.gz');
    const before = readTables(join(live, DB));
    const result = await rekindle(['restore', file, '--force'], { DATA_DIR: live });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('A running Rekindle server (or another process) is using');
    expect(result.stderr).toContain('Nothing was changed');
    expect(readTables(join(live, DB))).toEqual(before);
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
  });

  it('once the server has stopped, backup and restore give identical data too', async () => {
    expect(await server.stop()).toBe(0);
    const file = join(backups, 'stopped.tar.gz');
    expect((await rekindle(['backup', file], { DATA_DIR: live })).code).toBe(0);
    const target = tempDir('stopped-target');
    chmodSync(target, 0o700);
    expect((await rekindle(['restore', file, '--force'], { DATA_DIR: target })).code).toBe(0);
    expect(readTables(join(target, DB))).toEqual(readTables(join(live, DB)));
    // What sessions and devices need: the generated session secret and push keys.
    for (const kept of ['session-secret', 'push-keys']) {
      expect(readFileSync(join(target, kept), 'utf8'), kept).toBe(
        readFileSync(join(live, kept), 'utf8'),
      );
    }
    // Once stopped, its data can be replaced.
    expect((await rekindle(['restore', file, '--force'], { DATA_DIR: live })).code).toBe(0);
  });
});
