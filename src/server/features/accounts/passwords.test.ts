/**
 * The production password hasher is argon2id at OWASP cost, and it is what
 * buildApp uses unless a test passes another; the cheap test hasher lives in
 * tests/support and nothing under src/ or bench/ reaches it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cheapPasswordHasher } from '../../../../tests/support/cheap-password-hasher';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/databases';
import { testCatalog, testConfig } from '../../../../tests/support/test-app';
import { buildApp } from '../../app';
import { createLocalEventBus } from '../../plugins/events';
import { PRODUCTION_ARGON2ID_COST, productionPasswordHasher } from './passwords';

/** OWASP's minimum is m=19456 (19 MiB), t=2, p=1; production spends t=3. */
const PRODUCTION_PREFIX = '$argon2id$v=19$m=19456,t=3,p=1$';
/** An import (static or dynamic) of the cheap hasher or of anything under tests/support. */
const importsTestSupport =
  /(?:from|import)\s*\(?\s*['"][^'"]*(?:cheap-password-hasher|tests\/support\/)/;
const root = fileURLToPath(new URL('../../../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

describe('production password hasher', () => {
  it('hashes with argon2id at no less than the OWASP parameters', async () => {
    expect(PRODUCTION_ARGON2ID_COST.memoryCost).toBeGreaterThanOrEqual(19456);
    expect(PRODUCTION_ARGON2ID_COST.timeCost).toBeGreaterThanOrEqual(2);
    expect(PRODUCTION_ARGON2ID_COST.parallelism).toBe(1);
    const hash = await productionPasswordHasher.hash('a calm and long passphrase');
    expect(hash.startsWith(PRODUCTION_PREFIX), hash).toBe(true);
    expect(hash).not.toContain('a calm and long passphrase');
  });

  it('verifies the right password only, and answers false for an unreadable hash', async () => {
    const hash = await productionPasswordHasher.hash('a calm and long passphrase');
    expect(await productionPasswordHasher.verify(hash, 'a calm and long passphrase')).toBe(true);
    expect(await productionPasswordHasher.verify(hash, 'a calm and long passphrasE')).toBe(false);
    expect(await productionPasswordHasher.verify('not-a-hash', 'anything')).toBe(false);
    await expect(productionPasswordHasher.verifyDummy('anything')).resolves.toBeUndefined();
  });
});

describe('buildApp without a password hasher', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    app = await buildApp({
      config: testConfig,
      database: database.handle,
      catalog: testCatalog(),
      bus: createLocalEventBus(),
      logger: false,
    });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('stores production-cost argon2id hashes', async () => {
    const signup = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: {
        email: 'default.hasher@example.com',
        password: 'a calm and long passphrase',
        displayName: 'Dana',
      },
    });
    expect(signup.statusCode, signup.body).toBe(201);
    const row = await database.handle.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', signup.json().user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash.startsWith(PRODUCTION_PREFIX), row.password_hash).toBe(true);
  });
});

describe('cheap test hasher', () => {
  it('is still argon2id, only at the smallest cost', async () => {
    const hash = await cheapPasswordHasher.hash('a calm and long passphrase');
    expect(hash.startsWith('$argon2id$v=19$m=8,t=1,p=1$'), hash).toBe(true);
    expect(await cheapPasswordHasher.verify(hash, 'a calm and long passphrase')).toBe(true);
    expect(await cheapPasswordHasher.verify(hash, 'another passphrase')).toBe(false);
  });

  it('is reachable from tests only: nothing in src/ or bench/ imports it', () => {
    const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'bench'))].filter(
      (file) => !file.endsWith('.test.ts') && !file.endsWith('.matrix.ts'),
    );
    expect(files.length).toBeGreaterThan(50);
    const offenders = files
      .filter((file) => importsTestSupport.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
    // Nor does anything there build a hasher of its own cost.
    const builders = files
      .filter((file) => !file.endsWith('passwords.ts'))
      .filter((file) => readFileSync(file, 'utf8').includes('createArgon2idHasher'))
      .map((file) => relative(root, file));
    expect(builders).toEqual([]);
  });

  it('is never passed by the production entry points', () => {
    const main = readFileSync(join(root, 'src/server/main.ts'), 'utf8');
    expect(main).toContain('buildApp(');
    expect(main).not.toContain('passwordHasher');
    // The bench runs main.ts itself, as npm start does.
    expect(readFileSync(join(root, 'bench/servers.ts'), 'utf8')).toContain("'src/server/main.ts'");
  });
});
