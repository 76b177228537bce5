/**
 * The bench servers as child processes. Hello-world is bench/hello-server.ts;
 * the app is src/server/main.ts started as `npm start` starts it (production,
 * the default log level, metrics on their loopback listener), on a fresh
 * database that prepare-app.ts migrated and seeded first. SIGTERM stops a
 * server; SIGUSR2 toggles its CPU profiler when profiling is on (profiler.ts).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { ServerName } from './scenarios';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(BENCH_DIR, '..');
const START_TIMEOUT_MS = 60_000;

export interface RunningServer {
  name: ServerName;
  child: ChildProcess;
  port: number;
  /** Resolves with the next stdout line that starts with `prefix`. */
  nextLine(prefix: string, timeoutMs: number): Promise<string>;
  /** What the server reported at start (the app: its seed counts and database). */
  info: Record<string, unknown>;
  /** Removes what the server was started with (its data directory, its database). */
  cleanUp: () => Promise<void>;
}

/** A server did not start or died: reported without a stack, exit code 1. */
export class StartError extends Error {}

export interface AppOptions {
  /** A PostgreSQL server's URL (any database on it): the app gets a fresh database there. */
  postgresUrl?: string | undefined;
  /** The app's LOG_LEVEL; unset means the default, as shipped. */
  logLevel?: string | undefined;
  seedUsers: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Only what a server needs: nothing from the bench's own environment leaks in (say, a DATABASE_URL). */
function baseEnv(profileDir: string | undefined): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    ...(profileDir ? { BENCH_PROFILE_DIR: profileDir } : {}),
  };
}

export async function postgresDatabase(
  url: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `rekindle_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

function watch(name: ServerName, child: ChildProcess) {
  const waiters: { prefix: string; resolve: (line: string) => void }[] = [];
  const rejecters = new Set<(error: Error) => void>();
  let exited: string | undefined;
  // Every line is read (the app logs to stdout as shipped); only ours are kept.
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    const at = waiters.findIndex((w) => line.startsWith(w.prefix));
    if (at >= 0) {
      const [waiter] = waiters.splice(at, 1);
      waiter?.resolve(line.slice(waiter.prefix.length));
    }
  });
  const fail = (reason: string) => {
    exited = reason;
    for (const reject of rejecters) reject(new StartError(reason));
  };
  child.on('exit', (code, signal) =>
    fail(`the ${name} server exited (code ${code}, signal ${signal})`),
  );
  child.on('error', (error) => fail(`the ${name} server could not be spawned: ${error.message}`));
  return (prefix: string, timeoutMs: number): Promise<string> =>
    new Promise((resolve, reject) => {
      if (exited) return reject(new StartError(exited));
      const timer = setTimeout(() => {
        rejecters.delete(reject);
        reject(
          new StartError(`the ${name} server printed no "${prefix}" line within ${timeoutMs} ms`),
        );
      }, timeoutMs);
      rejecters.add(reject);
      waiters.push({
        prefix,
        resolve: (line) => {
          clearTimeout(timer);
          rejecters.delete(reject);
          resolve(line);
        },
      });
    });
}

async function waitUntilHealthy(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new StartError(`the app exited while starting (code ${child.exitCode})`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new StartError(`the app did not answer /healthz within ${START_TIMEOUT_MS} ms`);
}

/** Hello-world (hello-server.ts), or the floor of the answer write (floor-server.ts, which seeds first). */
export async function startReference(
  name: 'hello' | 'floor',
  profileDir: string | undefined,
): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(BENCH_DIR, `${name}-server.ts`)], {
    cwd: ROOT,
    env: baseEnv(profileDir),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const nextLine = watch(name, child);
  const server: RunningServer = {
    name,
    child,
    port: 0,
    nextLine,
    info: {},
    cleanUp: async () => {},
  };
  try {
    server.port = Number(await nextLine('PORT=', START_TIMEOUT_MS));
    return server;
  } catch (error) {
    await stopServer(server);
    throw error;
  }
}

/** The app, started as `npm start` starts it, on a fresh seeded database. */
export async function startApp(
  profileDir: string | undefined,
  options: AppOptions,
): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rekindle-bench-'));
  const database = options.postgresUrl ? await postgresDatabase(options.postgresUrl) : undefined;
  const cleanUp = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  };
  const [port, metricsPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...baseEnv(profileDir),
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    METRICS_PORT: String(metricsPort),
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...(options.logLevel ? { LOG_LEVEL: options.logLevel } : {}),
  };
  const prepared = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(BENCH_DIR, 'prepare-app.ts')],
    {
      cwd: ROOT,
      env: { ...env, BENCH_SEED_USERS: String(options.seedUsers) },
      encoding: 'utf8',
    },
  );
  const seedLine = prepared.stdout?.split('\n').find((l) => l.startsWith('SEED='));
  if (prepared.status !== 0 || !seedLine) {
    await cleanUp();
    throw new StartError(`seeding the app's database failed:\n${prepared.stderr}`);
  }
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', join(BENCH_DIR, 'preload.ts'), 'src/server/main.ts'],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const server: RunningServer = {
    name: 'app',
    child,
    port,
    nextLine: watch('app', child),
    info: { seed: JSON.parse(seedLine.slice(5)), logLevel: options.logLevel ?? 'default (info)' },
    cleanUp,
  };
  try {
    await waitUntilHealthy(port, child);
    return server;
  } catch (error) {
    await stopServer(server);
    throw error;
  }
}

export async function stopServer(server: RunningServer): Promise<void> {
  const { child } = server;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  await server.cleanUp();
}

/**
 * Starts (`start`) or stops the server's profiler with SIGUSR2 and waits for it
 * to say so; on stop, resolves with the .cpuprofile file it wrote.
 */
export async function toggleProfiler(server: RunningServer, start: boolean): Promise<string> {
  const line = server.nextLine('PROFILE=', 30_000);
  server.child.kill('SIGUSR2');
  const value = await line;
  if (start !== (value === 'started')) throw new Error(`profiler: unexpected "PROFILE=${value}"`);
  return value;
}
