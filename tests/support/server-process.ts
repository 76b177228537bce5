/**
 * The real server as a child process (`node --import tsx src/server/main.ts`),
 * for tests that need a process of its own: a kill -9, or several instances.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { ensurePostgresSchema } from '../../src/server/db/database';

const root = new URL('../..', import.meta.url).pathname;

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
}

/** Starts the server on a free port; resolves once it is listening and ready. */
export function startServerProcess(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/server/main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      METRICS_PORT: 'off',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      DATABASE_URL: '',
      SESSION_SECRET: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start: ${output}`));
    }, 60_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/Server listening at (http:\/\/127\.0\.0\.1:\d+)/);
      if (match?.[1] && output.includes('Rekindle is ready')) {
        clearTimeout(timer);
        // Keep draining the pipes so the child never blocks on a full one.
        child.stdout?.removeListener('data', collect);
        child.stdout?.resume();
        resolve({ child, url: match[1], exited });
      }
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited early (${code}): ${output}`));
    });
  });
}

/** Kills the process at once (SIGKILL) and waits until it is gone. */
export async function killHard(server: ServerProcess): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) {
    server.child.kill('SIGKILL');
  }
  await server.exited;
}

/** A fresh PostgreSQL schema and a DATABASE_URL that puts the server in it. */
export async function postgresSchemaForServer(
  postgresUrl: string,
): Promise<{ databaseUrl: string; drop(): Promise<void> }> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await ensurePostgresSchema(postgresUrl, schema);
  const options = encodeURIComponent(`-c search_path=${schema}`);
  return {
    databaseUrl: `${postgresUrl}${postgresUrl.includes('?') ? '&' : '?'}options=${options}`,
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** A small cookie-carrying client for a server on a real port. */
export interface HttpPerson {
  email: string;
  password: string;
  cookie: string;
  call(method: string, path: string, body?: unknown): Promise<Response>;
}

export function httpPerson(baseUrl: () => string, email: string, password: string): HttpPerson {
  const person: HttpPerson = {
    email,
    password,
    cookie: '',
    call: (method, path, body) =>
      fetch(`${baseUrl()}${path}`, {
        method,
        headers: {
          ...(person.cookie ? { cookie: `rekindle_session=${person.cookie}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      }),
  };
  return person;
}

/** The session cookie a response sets, if any. */
export function sessionCookieOf(res: Response): string {
  for (const header of res.headers.getSetCookie()) {
    const match = header.match(/^rekindle_session=([^;]*)/);
    if (match?.[1]) return match[1];
  }
  return '';
}
