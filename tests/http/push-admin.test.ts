/**
 * The push keys and the admin command, as child processes on a SQLite
 * DATA_DIR: `doctor` says where the keys are and whether they are a valid
 * P-256 pair (as it reports the mail server), and `backup` carries the kept
 * keys, mode 0600, so a restored server reaches the same devices. PostgreSQL
 * keeps them in the database (tests in src/server/push-keys.test.ts), which
 * pg_dump carries. `doctor` also opens a connection to each push service the
 * devices use (here a TLS server on loopback), without printing a device's
 * own address.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';
import { newVapidKeys } from '../../src/server/lib/vapid';
import { filePushKeys, PUSH_KEYS_NAME } from '../../src/server/push-keys';
import { freePort, rekindle, tempDir } from '../support/admin-cli';

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

describe('rekindle doctor and the push services the devices use (SQLite)', () => {
  let dataDir: string;
  let certificate: string;
  let service: TlsServer;
  let port = 0;
  /** A port nothing listens on. */
  let closed = 0;

  beforeAll(async () => {
    dataDir = await migratedDataDir('push-services');
    filePushKeys(dataDir);
    // A push service on loopback with a certificate of its own, trusted only where the test says so.
    const dir = tempDir('push-service-tls');
    certificate = join(dir, 'cert.pem');
    execFileSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      certificate,
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ]);
    service = createTlsServer(
      { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(certificate) },
      (socket) => {
        socket.on('error', () => {});
        socket.end();
      },
    );
    service.on('tlsClientError', () => {});
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    const address = service.address();
    port = typeof address === 'object' && address ? address.port : 0;
    closed = await freePort();
  });
  afterAll(async () => {
    await new Promise((resolve) => service?.close(resolve));
  });

  function addDevices(endpoints: string[]): void {
    const db = new Database(join(dataDir, 'rekindle.db'));
    try {
      const now = new Date().toISOString();
      const userId = `doctor-${Math.random().toString(36).slice(2, 10)}`;
      db.prepare(
        'insert into users (id, email, password_hash, display_name, time_zone, couple_id, created_at) values (?, ?, ?, ?, ?, null, ?)',
      ).run(userId, `${userId}@example.com`, 'not a hash', 'Devices', 'UTC', now);
      const insert = db.prepare(
        'insert into push_subscriptions (id, user_id, endpoint, p256dh, auth, label, created_at) values (?, ?, ?, ?, ?, ?, ?)',
      );
      for (const [n, endpoint] of endpoints.entries()) {
        insert.run(
          `${userId}-${n}`,
          userId,
          endpoint,
          `B${'a'.repeat(86)}`,
          'a'.repeat(22),
          'Firefox on Linux',
          now,
        );
      }
    } finally {
      db.close();
    }
  }

  it('says when no device has push turned on yet', async () => {
    const result = await rekindle(['doctor'], { ...base, DATA_DIR: dataDir });
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain(
      'ok    no device has push notifications turned on yet: no push service to reach',
    );
  });

  it('connects to each push service, checks its certificate, and never prints a device’s address', async () => {
    addDevices([
      `https://127.0.0.1:${port}/push/device-secret-one`,
      `https://127.0.0.1:${port}/push/device-secret-two`,
      `https://127.0.0.1:${closed}/wpush/device-secret-three`,
    ]);
    const env = { ...base, DATA_DIR: dataDir, NODE_EXTRA_CA_CERTS: certificate };
    const result = await rekindle(['doctor'], env);
    expect(result.code, result.stdout).toBe(1);
    expect(result.stdout).toContain(`ok    the push service 127.0.0.1:${port} answers (2 devices)`);
    expect(result.stdout).toContain(
      `fail  the push service 127.0.0.1:${closed} cannot be reached, so reminders do not reach 1 device: connect ECONNREFUSED`,
    );
    expect(result.stdout).toMatch(/1 problem\(s\) to fix/);
    expect(result.stdout).not.toContain('device-secret');

    // Without trust in its certificate, the service counts as unreachable: so would a push.
    const untrusted = await rekindle(['doctor'], { ...base, DATA_DIR: dataDir });
    expect(untrusted.code).toBe(1);
    expect(untrusted.stdout).toMatch(
      new RegExp(
        `fail  the push service 127\\.0\\.0\\.1:${port} cannot be reached, so reminders do not reach 2 devices: .*certificate`,
      ),
    );

    const db = new Database(join(dataDir, 'rekindle.db'));
    db.prepare('delete from push_subscriptions where endpoint like ?').run(`%:${closed}/%`);
    db.close();
    const healthy = await rekindle(['doctor'], env);
    expect(healthy.code, healthy.stdout).toBe(0);
    expect(healthy.stdout).toContain(
      `ok    the push service 127.0.0.1:${port} answers (2 devices)`,
    );
  });
});
