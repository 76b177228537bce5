/**
 * Helpers for the admin command's tests: run `rekindle` as a child process
 * with a clean environment, start the real server as a child process, seed a
 * database with the people and writing of a few features, and read every
 * table of a SQLite file for comparison.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { TestApp } from './test-app';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment a command sees: only what the test gives, plus PATH and HOME. */
export function cleanEnv(env: Record<string, string>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    TZ: 'UTC',
    ...env,
  };
}

function run(command: string, args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: cleanEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `rekindle <args>` (the package's bin, scripts/admin.mjs). */
export function rekindle(args: string[], env: Record<string, string>): Promise<CliResult> {
  return run(process.execPath, [join(ROOT, 'scripts/admin.mjs'), ...args], env);
}

/** `npm run --silent admin -- <args>`, exactly as the README says. */
export function npmAdmin(args: string[], env: Record<string, string>): Promise<CliResult> {
  return run('npm', ['run', '--silent', 'admin', '--', ...args], env);
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `rekindle-${prefix}-`));
}

/** A port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  baseUrl: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<number | null>;
}

/** Starts `src/server/main.ts` (what `npm start` runs) on DATA_DIR and waits for /healthz. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: cleanEnv({
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      METRICS_PORT: 'off',
      LOG_LEVEL: 'warn',
      ...env,
    }),
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${output}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not start: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** A person of a real server, driven over HTTP with their session cookie. */
export interface HttpPerson {
  email: string;
  password: string;
  cookie: string;
  call(method: string, path: string, body?: unknown): Promise<Response>;
}

export async function signUpOverHttp(baseUrl: string, name: string): Promise<HttpPerson> {
  const email = `${name.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const password = `a calm and long passphrase for ${name}`;
  const res = await fetch(`${baseUrl}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, displayName: name, timeZone: 'Europe/Berlin' }),
  });
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${await res.text()}`);
  const cookie = /rekindle_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '';
  return {
    email,
    password,
    cookie,
    call: (method, path, body) =>
      fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          cookie: `rekindle_session=${cookie}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
  };
}

/** A couple with a little of everything: an answer each, a reflection, a check, a pulse, an invite. */
export async function seedThroughApp(t: TestApp) {
  const { a, b } = await t.buildCouple();
  const alone = await t.signUp('Alone');
  await alone.request('POST', '/api/couple/invites');
  const today = (await a.request('GET', '/api/questions/today')).json();
  await a.request('PUT', `/api/questions/${today.question.id}/answer`, { text: 'words of a' });
  await b.request('PUT', `/api/questions/${today.question.id}/answer`, { text: 'words of b' });
  const card = (await a.request('GET', '/api/primer')).json().cards[0].id;
  await a.request('PUT', `/api/primer/${card}`, { reflection: 'a reflection' });
  await a.request('POST', '/api/check/responses', {
    items: { 'check-phy-1': { now: 2, wish: 9 } },
    causes: { arguments: 3 },
    signs: ['less-talk'],
  });
  await a.request('PUT', '/api/sharing/check', { share: true });
  await b.request('POST', '/api/pulse', { emotional: 5, physical: 6, intellectual: 7, talk: 8 });
  return { a, b, alone };
}

export type Tables = Record<string, unknown[]>;

/** Every table's schema and rows (in a stable order), read from a SQLite file. */
export function readTables(file: string): { schema: string[]; tables: Tables } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const schema = db
      .prepare(
        "select type || ' ' || name || ': ' || coalesce(sql, '') from sqlite_master where name not like 'sqlite_%' order by type, name",
      )
      .pluck()
      .all() as string[];
    const names = db
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .pluck()
      .all() as string[];
    const tables: Tables = {};
    for (const name of names) {
      const rows = db.prepare(`select * from "${name}"`).all();
      tables[name] = rows.map((row) => JSON.stringify(row)).sort();
    }
    return { schema, tables };
  } finally {
    db.close();
  }
}
