/**
 * The admin command (`rekindle`, `npm run admin --`), run as a child process
 * on a temporary DATA_DIR (SQLite) and on a database of its own (PostgreSQL):
 * usage and exit codes, migrate, users list and delete, doctor, and what
 * backup and restore say on PostgreSQL.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';
import { createPostgresEventBus } from '../../src/server/plugins/events';
import { rekindle, seedThroughApp, tempDir } from '../support/admin-cli';
import { postgresUrl } from '../support/databases';
import { createTestApp, TEST_SECRET, type TestApp } from '../support/test-app';

// Every step is a child process (and, here and there, a real server): slow on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/** A test app on a real SQLite file in DATA_DIR, as the server would open it. */
async function appOnDataDir(dataDir: string): Promise<TestApp> {
  const handle = openDatabase({ sqliteFile: join(dataDir, 'rekindle.db') });
  await migrateToLatest(handle.db);
  const t = await createTestApp('sqlite', {
    database: { handle, schema: undefined, drop: () => handle.close() },
  });
  const close = t.close;
  return {
    ...t,
    close: async () => {
      await close();
      await handle.close();
    },
  };
}

describe('rekindle: the command line', () => {
  it('prints its usage: on help (0), without a command or with an unknown one (2)', async () => {
    const [help, none, unknown] = await Promise.all([
      rekindle(['help'], {}),
      rekindle([], {}),
      rekindle(['frobnicate'], {}),
    ]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('users delete <email> --force');
    expect(help.stdout).toContain('Exit codes: 0 done, 1 failed, 2 wrong command line, 3 refused');

    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: rekindle <command>');

    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
  });

  it('refuses wrong arguments with 2 before touching anything', async () => {
    const dataDir = tempDir('usage');
    const env = { DATA_DIR: dataDir };
    const cases: [string[], string][] = [
      [['backup'], 'Missing <file>'],
      [['restore', 'a', 'b'], 'Unexpected argument "b"'],
      [['users'], 'Which users command?'],
      [['users', 'delete'], 'Missing <email>'],
      [['users', 'delete', 'not-an-email', '--force'], 'is not an email address'],
      [['users', 'list', '--yes'], 'Unknown option --yes'],
      [['doctor', 'now'], 'Unexpected argument "now"'],
      [['users', 'reset-password'], 'Missing <email>'],
      [['export-user'], 'Missing <email>'],
      [['export-user', 'a@example.com', '--pdf'], 'Unknown option --pdf'],
    ];
    const results = await Promise.all(cases.map(([args]) => rekindle(args, env)));
    for (const [i, [args, message]] of cases.entries()) {
      expect(results[i]?.code, args.join(' ')).toBe(2);
      expect(results[i]?.stderr).toContain(message);
    }
    expect(existsSync(join(dataDir, 'rekindle.db'))).toBe(false);
  });

  it('stops with 1 and every problem when the configuration is wrong', async () => {
    const result = await rekindle(['users', 'list'], {
      PORT: 'eighty',
      SESSION_SECRET_FILE: '/nonexistent/secret',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Invalid configuration');
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).toContain(
      'SESSION_SECRET_FILE: cannot read /nonexistent/secret (ENOENT)',
    );
  });

  it('does not create a database it was only asked to read', async () => {
    const dataDir = tempDir('missing');
    const result = await rekindle(['users', 'list'], { DATA_DIR: dataDir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`There is no database at ${join(dataDir, 'rekindle.db')}`);
    expect(existsSync(join(dataDir, 'rekindle.db'))).toBe(false);
  });
});

describe('rekindle on SQLite', () => {
  const dataDir = tempDir('admin');
  const env = { DATA_DIR: dataDir };

  it('migrate creates and migrates the database, then finds it up to date', async () => {
    const first = await rekindle(['migrate'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Applied: 2026-11-25-0001-init, /);
    const again = await rekindle(['migrate'], env);
    expect(again.code).toBe(0);
    expect(again.stdout.trim()).toBe('The sqlite database is up to date.');
    // The old name still works.
    expect(
      JSON.parse(execFileSync('npm', ['pkg', 'get', 'scripts'], { encoding: 'utf8' })),
    ).toMatchObject({
      admin: 'node scripts/admin.mjs',
      'db:migrate': 'node scripts/admin.mjs migrate',
    });
  });

  it('users list shows no one, then the accounts; --json for scripts', async () => {
    const empty = await rekindle(['users', 'list'], env);
    expect(empty.code).toBe(0);
    expect(empty.stdout.trim()).toBe('No accounts yet.');

    const t = await appOnDataDir(dataDir);
    try {
      const { a, b, alone } = await seedThroughApp(t);
      const listed = await rekindle(['users', 'list'], env);
      expect(listed.code).toBe(0);
      const lines = listed.stdout.trim().split('\n');
      expect(lines[0]).toMatch(/^EMAIL\s+NAME\s+JOINED\s+COUPLE$/);
      expect(lines.at(-1)).toBe('3 accounts');
      expect(listed.stdout).toMatch(new RegExp(`${a.email}\\s+Robin\\s+2026-03-02\\s+linked`));
      expect(listed.stdout).toMatch(new RegExp(`${alone.email}\\s+Alone\\s+2026-03-02\\s+alone`));

      const json = await rekindle(['users', 'list', '--json'], env);
      expect(json.code).toBe(0);
      const rows = JSON.parse(json.stdout) as { email: string; linked: boolean }[];
      expect(rows.map((r) => [r.email, r.linked]).sort()).toEqual(
        [
          [a.email, true],
          [b.email, true],
          [alone.email, false],
        ].sort(),
      );
      // Nothing secret leaves: no hashes.
      expect(json.stdout).not.toContain('argon2');
    } finally {
      await t.close();
    }
  });

  it('users delete refuses without --force (3), erases with it, even while the app runs', async () => {
    const t = await appOnDataDir(dataDir);
    try {
      const { a, b } = await seedThroughApp(t);
      expect((await a.request('GET', '/api/me')).statusCode).toBe(200);

      const unknown = await rekindle(['users', 'delete', 'nobody@example.com', '--force'], env);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('No account has the email nobody@example.com');

      const asked = await rekindle(['users', 'delete', a.email.toUpperCase()], env);
      expect(asked.code).toBe(3);
      expect(asked.stderr).toContain('Nothing was changed: add --force');
      expect((await a.request('GET', '/api/me')).statusCode).toBe(200);

      const done = await rekindle(['users', 'delete', a.email, '--force'], env);
      expect(done.code, done.stderr).toBe(0);
      expect(done.stdout).toContain(`Deleted the account ${a.email}`);
      expect(done.stdout).toContain('their partner was unlinked');

      const db = t.database.handle.db;
      expect(await db.selectFrom('users').select('id').where('id', '=', a.id).execute()).toEqual(
        [],
      );
      expect(
        await db.selectFrom('sessions').select('id').where('user_id', '=', a.id).execute(),
      ).toEqual([]);
      expect(
        await db.selectFrom('answers').select('id').where('user_id', '=', a.id).execute(),
      ).toEqual([]);
      // The partner's own answer stays theirs.
      expect(
        await db.selectFrom('answers').select('text').where('user_id', '=', b.id).execute(),
      ).toEqual([{ text: 'words of b' }]);
      // The running app sees the change made by another process: the session is gone.
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect((await a.request('GET', '/api/me')).statusCode).toBe(401);
      const partner = (await b.request('GET', '/api/me')).json();
      expect(partner.couple).toBeNull();
      const notice = await b.request('GET', '/api/couple/notice');
      expect(notice.body).toContain('unlinked');
    } finally {
      await t.close();
    }
  });

  it('users reset-password prints a one-time link that sets a new password once', async () => {
    const t = await appOnDataDir(dataDir);
    try {
      const { a } = await seedThroughApp(t);
      const result = await rekindle(['users', 'reset-password', a.email], {
        ...env,
        SESSION_SECRET: TEST_SECRET,
        PUBLIC_URL: 'https://rekindle.example',
      });
      expect(result.code, result.stderr).toBe(0);
      const link = result.stdout.trim();
      expect(link).toMatch(/^https:\/\/rekindle\.example\/reset-password#[A-Za-z0-9_-]{43}$/);
      expect(result.stderr).toContain('It works once, for 30 minutes');
      const token = link.split('#')[1];
      const password = 'a brand new calm passphrase';
      const used = await t.anonymous('POST', '/api/auth/reset', { token, password });
      expect(used.statusCode, used.body).toBe(200);
      expect((await a.request('GET', '/api/me')).statusCode).toBe(401);
      const login = await t.anonymous('POST', '/api/auth/login', { email: a.email, password });
      expect(login.statusCode).toBe(200);
      const again = await t.anonymous('POST', '/api/auth/reset', {
        token,
        password: `${password}!`,
      });
      expect(again.statusCode).toBe(400);

      const nobody = await rekindle(['users', 'reset-password', 'nobody@example.com'], env);
      expect(nobody.code).toBe(1);
      expect(nobody.stderr).toContain('No account has the email nobody@example.com');
    } finally {
      await t.close();
    }
  });

  it('export-user writes what the person would download, and only theirs', async () => {
    const t = await appOnDataDir(dataDir);
    try {
      const { a } = await seedThroughApp(t);
      const file = join(tempDir('export'), 'a.json');
      const result = await rekindle(['export-user', a.email, file], env);
      expect(result.code, result.stderr).toBe(0);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const doc = JSON.parse(readFileSync(file, 'utf8'));
      expect(doc.format).toBe('rekindle-export');
      expect(doc.person.email).toBe(a.email);
      const texts = (doc.writings as { text: string }[]).map((w) => w.text);
      expect(texts).toEqual(expect.arrayContaining(['words of a', 'a reflection']));
      // The partner's words belong to the partner's own export.
      expect(JSON.stringify(doc)).not.toContain('words of b');

      const again = await rekindle(['export-user', a.email, file], env);
      expect(again.code).toBe(3);
      const html = await rekindle(['export-user', a.email, '--html'], env);
      expect(html.code).toBe(0);
      expect(html.stdout).toMatch(/^<!doctype html>/i);
      expect(html.stdout).toContain('words of a');
    } finally {
      await t.close();
    }
  });

  it('doctor says ok for a healthy installation, and warns about what is missing', async () => {
    const healthy = await rekindle(['doctor'], {
      ...env,
      PUBLIC_URL: 'https://rekindle.example',
      SESSION_SECRET: 's'.repeat(40),
    });
    expect(healthy.code, healthy.stdout).toBe(0);
    expect(healthy.stdout).toContain('ok    the configuration is valid');
    expect(healthy.stdout).toMatch(/ok {4}SQLite at .* answers/);
    expect(healthy.stdout).toMatch(/ok {4}all \d+ migrations applied/);
    expect(healthy.stdout).toMatch(
      /ok {4}[\d.]+ [MG]iB free of [\d.]+ [MG]iB on the disk of DATA_DIR/,
    );
    expect(healthy.stdout).toContain('ok    the session secret comes from SESSION_SECRET');
    expect(healthy.stdout).toMatch(/No problems/);

    const fresh = await rekindle(['doctor'], { DATA_DIR: tempDir('fresh') });
    expect(fresh.code).toBe(0);
    expect(fresh.stdout).toContain('warn  PUBLIC_URL is not set');
    expect(fresh.stdout).toContain('the server creates it at first start');

    const broken = await rekindle(['doctor'], { ...env, DB_POOL_SIZE: 'many' });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('fail  configuration: DB_POOL_SIZE');
    expect(broken.stdout).toMatch(/1 problem\(s\) to fix/);
  });

  describe('doctor and mail', () => {
    let smtp: Server;
    let port = 0;
    beforeAll(async () => {
      // A mail server that greets as SMTP servers do, and says goodbye to QUIT.
      smtp = createServer((socket) => {
        socket.write('220 mail.test ESMTP ready\r\n');
        socket.on('data', () => socket.end('221 bye\r\n'));
        socket.on('error', () => {});
      });
      await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
      const address = smtp.address();
      port = typeof address === 'object' && address ? address.port : 0;
    });
    afterAll(async () => {
      await new Promise((resolve) => smtp.close(resolve));
    });

    it('greets the mail server when SMTP_URL is set (also from SMTP_URL_FILE)', async () => {
      const secretFile = join(tempDir('smtp'), 'smtp_url');
      writeFileSync(secretFile, `smtp://user:pw@127.0.0.1:${port}\n`);
      const result = await rekindle(['doctor'], {
        ...env,
        PUBLIC_URL: 'https://rekindle.example',
        SMTP_URL_FILE: secretFile,
        MAIL_FROM: 'Rekindle <rekindle@example.org>',
      });
      expect(result.code, result.stdout).toBe(0);
      expect(result.stdout).toContain(
        `ok    the mail server at 127.0.0.1:${port} greets (220 mail.test`,
      );
      // The password in the URL is never printed.
      expect(result.stdout).not.toContain('pw@');
    });

    it('fails when the mail server cannot be reached', async () => {
      const closed = await new Promise<number>((resolve) => {
        const probe = createServer();
        probe.listen(0, '127.0.0.1', () => {
          const address = probe.address();
          probe.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
        });
      });
      const result = await rekindle(['doctor'], {
        ...env,
        PUBLIC_URL: 'https://rekindle.example',
        SMTP_URL: `smtp://127.0.0.1:${closed}`,
        MAIL_FROM: 'rekindle@example.org',
      });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        `fail  the mail server at 127.0.0.1:${closed} cannot be reached`,
      );
    });
  });
});

const pgSuite = postgresUrl ? describe : describe.skip;

pgSuite('rekindle on PostgreSQL (a database of its own)', () => {
  const name = `rk_admin_${randomBytes(5).toString('hex')}`;
  const admin = new URL(postgresUrl ?? 'postgres://localhost/test');
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const env = { DATABASE_URL: databaseUrl, DATA_DIR: tempDir('pg') };

  async function query(connectionString: string, text: string): Promise<void> {
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await query(admin.toString(), `CREATE DATABASE ${name}`);
  });
  afterAll(async () => {
    await query(admin.toString(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('migrates, lists and deletes; open streams on every instance hear of it', async () => {
    expect((await rekindle(['migrate'], env)).code).toBe(0);
    const doctor = await rekindle(['doctor'], env);
    expect(doctor.stdout).toContain(`ok    PostgreSQL at ${url.host} answers`);
    expect(doctor.code, doctor.stdout).toBe(0);

    const handle = openDatabase({ databaseUrl });
    const t = await createTestApp('postgres', {
      database: { handle, schema: undefined, drop: () => handle.close() },
    });
    const listener = await createPostgresEventBus(databaseUrl);
    try {
      const { a, b } = await seedThroughApp(t);
      const listed = await rekindle(['users', 'list', '--json'], env);
      expect(listed.code).toBe(0);
      expect((JSON.parse(listed.stdout) as { email: string }[]).map((r) => r.email)).toEqual(
        expect.arrayContaining([a.email, b.email]),
      );

      const heard: string[] = [];
      listener.subscribe(a.id, (message) => heard.push(message.kind));
      const done = await rekindle(['users', 'delete', a.email, '--force'], env);
      expect(done.code, done.stderr).toBe(0);
      expect((await a.request('GET', '/api/me')).statusCode).toBe(401);
      expect((await b.request('GET', '/api/me')).json().couple).toBeNull();
      await expect.poll(() => heard).toContain('recheck');
    } finally {
      await listener.close();
      await t.close();
      await handle.close();
    }
  });

  it('backup and restore point to pg_dump and pg_restore (3), and the printed command works', async () => {
    const dir = tempDir('pgdump');
    const file = join(dir, 'rekindle.dump');
    const backup = await rekindle(['backup', file], env);
    expect(backup.code).toBe(3);
    const command = backup.stdout.split('\n').find((line) => line.trim().startsWith('pg_dump'));
    expect(command?.trim()).toBe(
      `pg_dump --format=custom --no-owner --file=${JSON.stringify(file)} "$DATABASE_URL"`,
    );
    execFileSync('sh', ['-c', command ?? 'false'], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    expect(existsSync(file)).toBe(true);
    const listed = execFileSync('pg_restore', ['--list', file], { encoding: 'utf8' });
    expect(listed).toContain('instance_settings');

    const restore = await rekindle(['restore', file], env);
    expect(restore.code).toBe(3);
    expect(restore.stdout).toContain(
      'pg_restore --no-owner --exit-on-error --dbname="$DATABASE_URL"',
    );
  });
});
