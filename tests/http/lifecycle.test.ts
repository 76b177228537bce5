/** The real entry point: starts on a fresh data directory, migrates, serves, and drains on SIGTERM. */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { ensurePostgresSchema } from '../../src/server/db/database';

const postgresUrl = process.env.TEST_DATABASE_URL;

const root = new URL('../..', import.meta.url).pathname;

interface Started {
  child: ChildProcess;
  url: string;
  /** The loopback metrics listener's address, from the start-up log. */
  metricsUrl: string | undefined;
}

const MAIN: [string, string[]] = [
  process.execPath,
  ['--import', 'tsx', join(root, 'src/server/main.ts')],
];

function startServer(
  dataDir: string,
  env: Record<string, string> = {},
  [command, args]: [string, string[]] = MAIN,
): Promise<Started> {
  const child = spawn(command, args, {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      METRICS_PORT: '0',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      DATABASE_URL: '',
      SESSION_SECRET: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/Server listening at (http:\/\/127\.0\.0\.1:\d+)/);
      if (match?.[1] && output.includes('Rekindle is ready')) {
        clearTimeout(timer);
        const metrics = output.match(/"metrics":"(http:\/\/127\.0\.0\.1:\d+\/metrics)"/);
        resolve({ child, url: match[1], metricsUrl: metrics?.[1] });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited early (${code}): ${output}`)));
  });
}

async function signUp(url: string, email: string): Promise<string> {
  const signup = await fetch(`${url}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'a long enough passphrase', displayName: 'Lee' }),
  });
  expect(signup.status).toBe(201);
  return signup.headers.get('set-cookie')?.split(';')[0] ?? '';
}

describe('server lifecycle', () => {
  it('starts with nothing configured, keeps data under DATA_DIR, and exits cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rekindle-life-'));
    const { child, url, metricsUrl } = await startServer(dataDir);
    try {
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      // Metrics: on their own loopback listener, not on the app's port.
      expect(metricsUrl).toBeDefined();
      expect(await (await fetch(metricsUrl ?? '')).text()).toContain('route="/healthz"');
      expect(await (await fetch(`${url}/metrics`)).text()).not.toContain('http_request');
      expect(existsSync(join(dataDir, 'rekindle.db'))).toBe(true);
      expect(existsSync(join(dataDir, 'session-secret'))).toBe(true);
      const cookie = await signUp(url, 'life@example.com');
      // An open live stream must not hold the shutdown up.
      const stream = await fetch(`${url}/api/events`, { headers: { cookie } });
      expect(stream.status).toBe(200);
      const exited = new Promise<number | null>((resolve) =>
        child.on('exit', (code) => resolve(code)),
      );
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    // The acknowledged write survived the restart.
    const again = await startServer(dataDir);
    try {
      const login = await fetch(`${again.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'life@example.com', password: 'a long enough passphrase' }),
      });
      expect(login.status).toBe(200);
    } finally {
      again.child.kill('SIGTERM');
    }
  }, 120_000);
});

describe('npm start', () => {
  it('stops the server when npm itself is asked to stop, leaving nothing behind', async () => {
    const { child, url } = await startServer(mkdtempSync(join(tmpdir(), 'rekindle-npm-')), {}, [
      'npm',
      ['start'],
    ]);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    // The server, not only npm, is gone: its port no longer answers.
    await vi.waitFor(() => expect(fetch(`${url}/healthz`)).rejects.toThrow(), {
      timeout: 20_000,
      interval: 250,
    });
  }, 120_000);
});

describe.skipIf(!postgresUrl)('several instances on one PostgreSQL database', () => {
  it('share the generated secret, so a session made on one is known to the other', async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    await ensurePostgresSchema(postgresUrl ?? '', schema);
    const databaseUrl = `${postgresUrl}${postgresUrl?.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const env = { DATABASE_URL: databaseUrl };
    const one = await startServer(mkdtempSync(join(tmpdir(), 'rekindle-one-')), env);
    const two = await startServer(mkdtempSync(join(tmpdir(), 'rekindle-two-')), env);
    try {
      const cookie = await signUp(one.url, 'across@example.com');
      const me = await fetch(`${two.url}/api/me`, { headers: { cookie } });
      expect(me.status).toBe(200);
      expect((await me.json()).user.email).toBe('across@example.com');
      const login = await fetch(`${two.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'across@example.com', password: 'a long enough passphrase' }),
      });
      expect(login.status).toBe(200);
      const cookieTwo = login.headers.get('set-cookie')?.split(';')[0] ?? '';
      expect((await fetch(`${one.url}/api/me`, { headers: { cookie: cookieTwo } })).status).toBe(
        200,
      );
    } finally {
      one.child.kill('SIGTERM');
      two.child.kill('SIGTERM');
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
  }, 180_000);
});
