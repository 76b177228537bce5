/**
 * The push keys and the admin command, as child processes on a SQLite
 * DATA_DIR: `doctor` says where the keys are and whether they are a valid
 * P-256 pair (as it reports the mail server), and `backup` carries the kept
 * keys, mode 0600, so a restored server reaches the same devices. PostgreSQL
 * keeps them in the database (tests in src/server/push-keys.test.ts), which
 * pg_dump carries.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';
import { newVapidKeys } from '../../src/server/lib/vapid';
import { filePushKeys, PUSH_KEYS_NAME } from '../../src/server/push-keys';
import { rekindle, tempDir } from '../support/admin-cli';

// Every step is a child process: slow on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

async function migratedDataDir(prefix: string): Promise<string> {
  const dir = tempDir(prefix);
  const handle = openDatabase({ sqliteFile: join(dir, 'rekindle.db') });
  await migrateToLatest(handle.db);
  await handle.close();
  return dir;
}

const base = { PUBLIC_URL: 'https://rekindle.example', SESSION_SECRET: 's'.repeat(40) };

describe('rekindle doctor and backup with push keys (SQLite)', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await migratedDataDir('push-doctor');
  });

  it('doctor warns before the first start, then finds the kept keys valid', async () => {
    const before = await rekindle(['doctor'], { ...base, DATA_DIR: dataDir });
    expect(before.code, before.stdout).toBe(0);
    expect(before.stdout).toContain(
      'warn  no push keys yet: they are generated at first start and kept in DATA_DIR',
    );
    const keys = filePushKeys(dataDir);
    const after = await rekindle(['doctor'], { ...base, DATA_DIR: dataDir });
    expect(after.code, after.stdout).toBe(0);
    expect(after.stdout).toContain(
      `ok    the push keys are valid, kept in DATA_DIR/${PUSH_KEYS_NAME} (include it in backups); push services are given https://rekindle.example`,
    );
    expect(after.stdout).not.toContain(keys.privateKey);
  });

  it('backup carries the kept keys with their mode', async () => {
    const keys = readFileSync(join(dataDir, PUSH_KEYS_NAME), 'utf8');
    const file = join(tempDir('push-backup'), 'rekindle.tar.gz');
    const backup = await rekindle(['backup', file], { ...base, DATA_DIR: dataDir });
    expect(backup.code, backup.stderr).toBe(0);
    const manifest = JSON.parse(
      execFileSync('tar', ['-xzOf', file, 'rekindle-backup.json'], { encoding: 'utf8' }),
    ) as { files: { name: string; mode: number }[] };
    expect(manifest.files).toContainEqual(
      expect.objectContaining({ name: PUSH_KEYS_NAME, mode: 0o600 }),
    );
    expect(execFileSync('tar', ['-xzOf', file, PUSH_KEYS_NAME], { encoding: 'utf8' })).toBe(keys);
  });

  it('doctor fails on damaged keys, without printing them', async () => {
    const dir = await migratedDataDir('push-damaged');
    const keys = filePushKeys(dir);
    writeFileSync(
      join(dir, PUSH_KEYS_NAME),
      JSON.stringify({ publicKey: keys.publicKey, privateKey: keys.privateKey.slice(0, 30) }),
    );
    const result = await rekindle(['doctor'], { ...base, DATA_DIR: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `fail  The kept push keys (${PUSH_KEYS_NAME}) are damaged: the private key must be 32 bytes.`,
    );
    expect(result.stdout).not.toContain(keys.publicKey);
    expect(result.stdout).not.toContain(keys.privateKey.slice(0, 30));
  });

  it('doctor takes keys from the environment, and fails on a pair that does not belong together', async () => {
    const keys = newVapidKeys();
    const given = await rekindle(['doctor'], {
      ...base,
      DATA_DIR: dataDir,
      VAPID_PUBLIC_KEY: keys.publicKey,
      VAPID_PRIVATE_KEY: keys.privateKey,
      VAPID_SUBJECT: 'mailto:ops@example.org',
    });
    expect(given.code, given.stdout).toBe(0);
    expect(given.stdout).toContain(
      'ok    the push keys come from VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY; push services are given mailto:ops@example.org',
    );
    const other = newVapidKeys();
    const mismatch = await rekindle(['doctor'], {
      ...base,
      DATA_DIR: dataDir,
      VAPID_PUBLIC_KEY: keys.publicKey,
      VAPID_PRIVATE_KEY: other.privateKey,
    });
    expect(mismatch.code).toBe(1);
    expect(mismatch.stdout).toContain(
      'fail  configuration: VAPID_PRIVATE_KEY: the public key does not belong to the private key',
    );
    expect(mismatch.stdout).not.toContain(other.privateKey);
  });
});
