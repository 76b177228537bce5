/**
 * The push keys' store: generated once and kept with the data (DATA_DIR for
 * SQLite, mode 0600; the database for PostgreSQL, shared by every instance),
 * or taken from the environment; damaged keys stop the start instead of being
 * replaced, which would silence every device.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dialects, type TestDatabase } from '../../tests/support/databases';
import { ConfigError, loadConfig } from './config';
import {
  defaultVapidSubject,
  isVapidSubject,
  newVapidKeys,
  privateKeyProblem,
  publicKeyOf,
  publicKeyProblem,
  vapidKeyProblems,
} from './lib/vapid';
import { filePushKeys, PUSH_KEYS_NAME, parsePushKeys, resolvePushKeys } from './push-keys';

function dataDir(): string {
  return mkdtempSync(join(tmpdir(), 'rekindle-push-keys-'));
}

describe('VAPID keys', () => {
  it('are a P-256 pair: a 65-byte uncompressed public key and a 32-byte private key, base64url', () => {
    for (let i = 0; i < 20; i += 1) {
      const keys = newVapidKeys();
      expect(keys.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
      expect(keys.privateKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(keys.publicKey, 'base64url')).toHaveLength(65);
      expect(Buffer.from(keys.publicKey, 'base64url')[0]).toBe(4);
      expect(Buffer.from(keys.privateKey, 'base64url')).toHaveLength(32);
      expect(publicKeyOf(keys.privateKey)).toBe(keys.publicKey);
      expect(vapidKeyProblems(keys)).toEqual([]);
    }
  });

  it('names what is wrong with a key, never repeating it', () => {
    const keys = newVapidKeys();
    const other = newVapidKeys();
    const compressed = Buffer.from(keys.publicKey, 'base64url').subarray(0, 33);
    compressed[0] = 2;
    const offCurve = Buffer.from(keys.publicKey, 'base64url');
    offCurve[64] = (offCurve[64] ?? 0) ^ 1;
    expect(publicKeyProblem(compressed.toString('base64url'))).toContain('65 bytes');
    expect(publicKeyProblem(offCurve.toString('base64url'))).toContain('not a point');
    expect(publicKeyProblem(`${keys.publicKey}=`)).toContain('base64url');
    expect(privateKeyProblem(keys.privateKey.slice(0, 40))).toContain('32 bytes');
    expect(privateKeyProblem(Buffer.alloc(32).toString('base64url'))).toContain('not a valid');
    const mismatch = vapidKeyProblems({ publicKey: keys.publicKey, privateKey: other.privateKey });
    expect(mismatch).toEqual(['the public key does not belong to the private key']);
    expect(mismatch.join()).not.toContain(other.privateKey);
  });

  it('give push services a contact: VAPID_SUBJECT, else MAIL_FROM, else PUBLIC_URL', () => {
    expect(defaultVapidSubject('Rekindle <rekindle@example.org>', 'https://r.example')).toBe(
      'mailto:rekindle@example.org',
    );
    expect(defaultVapidSubject('ops@example.org', 'https://r.example')).toBe(
      'mailto:ops@example.org',
    );
    expect(defaultVapidSubject(undefined, 'https://r.example/')).toBe('https://r.example');
    expect(defaultVapidSubject(undefined, 'http://localhost:3000')).toBe(
      'mailto:rekindle@localhost',
    );
    for (const good of ['mailto:ops@example.org', 'https://r.example/contact'])
      expect(isVapidSubject(good), good).toBe(true);
    for (const bad of ['http://r.example', 'ops@example.org', 'mailto:nobody', ''])
      expect(isVapidSubject(bad), bad).toBe(false);
  });
});

describe('the push keys in the configuration', () => {
  const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
    try {
      loadConfig(env);
      return [];
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
  };

  it('are null unless both are given, and then must be a valid pair', () => {
    const keys = newVapidKeys();
    expect(loadConfig({}).vapidKeys).toBeNull();
    expect(
      loadConfig({ VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey })
        .vapidKeys,
    ).toEqual(keys);
    expect(problemsOf({ VAPID_PUBLIC_KEY: keys.publicKey }).join()).toContain('together');
    const other = newVapidKeys();
    const mismatch = problemsOf({
      VAPID_PUBLIC_KEY: keys.publicKey,
      VAPID_PRIVATE_KEY: other.privateKey,
    });
    expect(mismatch).toEqual([
      'VAPID_PRIVATE_KEY: the public key does not belong to the private key',
    ]);
    expect(mismatch.join()).not.toContain(other.privateKey);
    expect(
      problemsOf({ VAPID_PUBLIC_KEY: 'short', VAPID_PRIVATE_KEY: keys.privateKey }).join(),
    ).toContain('65 bytes');
  });

  it('come from VAPID_*_FILE too', () => {
    const keys = newVapidKeys();
    const dir = dataDir();
    writeFileSync(join(dir, 'public'), `${keys.publicKey}\n`);
    writeFileSync(join(dir, 'private'), `${keys.privateKey}\n`);
    const config = loadConfig({
      VAPID_PUBLIC_KEY_FILE: join(dir, 'public'),
      VAPID_PRIVATE_KEY_FILE: join(dir, 'private'),
    });
    expect(config.vapidKeys).toEqual(keys);
  });

  it('have a contact: VAPID_SUBJECT when given (mailto: or https:), else one made from MAIL_FROM', () => {
    expect(loadConfig({}).vapidSubject).toBe('mailto:rekindle@localhost');
    expect(loadConfig({ VAPID_SUBJECT: 'mailto:ops@example.org' }).vapidSubject).toBe(
      'mailto:ops@example.org',
    );
    expect(
      loadConfig({
        SMTP_URL: 'smtp://mail.example:587',
        MAIL_FROM: 'Rekindle <rekindle@example.org>',
        PUBLIC_URL: 'https://rekindle.example',
      }).vapidSubject,
    ).toBe('mailto:rekindle@example.org');
    expect(problemsOf({ VAPID_SUBJECT: 'http://example.org' }).join()).toContain('VAPID_SUBJECT');
  });
});

describe('the push keys kept in DATA_DIR (SQLite)', () => {
  it('are made once, with mode 0600, and the same ones come back', () => {
    const dir = dataDir();
    const keys = filePushKeys(dir);
    const file = join(dir, PUSH_KEYS_NAME);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(keys);
    expect(vapidKeyProblems(keys)).toEqual([]);
    expect(filePushKeys(dir)).toEqual(keys);
  });

  it('refuse damaged keys rather than replace them, without quoting them', () => {
    const dir = dataDir();
    const keys = filePushKeys(dir);
    const file = join(dir, PUSH_KEYS_NAME);
    writeFileSync(file, JSON.stringify({ ...keys, privateKey: keys.privateKey.slice(0, 30) }));
    expect(() => filePushKeys(dir)).toThrow(/damaged: the private key must be 32 bytes/);
    writeFileSync(file, 'not json');
    expect(() => filePushKeys(dir)).toThrow(/damaged/);
    try {
      parsePushKeys(JSON.stringify({ publicKey: keys.publicKey, privateKey: 'x'.repeat(43) }));
    } catch (error) {
      expect(String(error)).not.toContain(keys.publicKey);
    }
    // Still there, for a backup to restore.
    expect(readFileSync(file, 'utf8')).toBe('not json');
  });
});

describe.each(dialects)('resolvePushKeys (%s)', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
  });
  afterAll(() => database.drop());

  it('takes VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY when given, and keeps nothing', async () => {
    const dir = dataDir();
    const keys = newVapidKeys();
    expect(await resolvePushKeys({ vapidKeys: keys, dataDir: dir }, database.handle)).toEqual(keys);
    expect(() => statSync(join(dir, PUSH_KEYS_NAME))).toThrow();
  });

  it('otherwise keeps one pair with the data, which every start (every instance) gets back', async () => {
    const dir = dataDir();
    const first = await resolvePushKeys({ vapidKeys: null, dataDir: dir }, database.handle);
    const again = await Promise.all([
      resolvePushKeys({ vapidKeys: null, dataDir: dir }, database.handle),
      resolvePushKeys({ vapidKeys: null, dataDir: dataDir() }, database.handle),
    ]);
    expect(vapidKeyProblems(first)).toEqual([]);
    if (dialect === 'sqlite') {
      expect(again[0]).toEqual(first);
      expect(JSON.parse(readFileSync(join(dir, PUSH_KEYS_NAME), 'utf8'))).toEqual(first);
    } else {
      // PostgreSQL: in the database, whatever DATA_DIR each instance has.
      expect(again).toEqual([first, first]);
      expect(() => statSync(join(dir, PUSH_KEYS_NAME))).toThrow();
    }
  });
});
