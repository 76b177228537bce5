/**
 * The bench servers as child processes: started one at a time with tsx, each
 * prints `PORT=<n>` once it listens; SIGTERM stops it, SIGUSR2 toggles its
 * CPU profiler when profiling is on (see profiler.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ServerName } from './scenarios';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const START_TIMEOUT_MS = 60_000;

const SERVER_SCRIPTS: Record<ServerName, string> = {
  hello: join(BENCH_DIR, 'hello-server.ts'),
  app: join(BENCH_DIR, 'app-server.ts'),
};

export interface RunningServer {
  name: ServerName;
  child: ChildProcess;
  port: number;
  /** Resolves with the next stdout line that starts with `prefix`. */
  nextLine(prefix: string, timeoutMs: number): Promise<string>;
  /** What the server reported at start (the app: `seed`, from its `SEED=` line). */
  info: Record<string, unknown>;
}

/** A server did not start or died: reported without a stack, exit code 1. */
export class StartError extends Error {}

/** Starts a server; `profileDir` turns on its SIGUSR2 profiler. */
export async function startServer(
  name: ServerName,
  profileDir: string | undefined,
): Promise<RunningServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  if (profileDir) env.BENCH_PROFILE_DIR = profileDir;
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_SCRIPTS[name]], {
    cwd: join(BENCH_DIR, '..'),
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const waiters: { prefix: string; resolve: (line: string) => void }[] = [];
  const info: Record<string, unknown> = {};
  let exited: string | undefined;
  const rejecters = new Set<(error: Error) => void>();

  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    if (line.startsWith('SEED=')) info.seed = JSON.parse(line.slice(5));
    const index = waiters.findIndex((w) => line.startsWith(w.prefix));
    if (index >= 0) {
      const [waiter] = waiters.splice(index, 1);
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

  const nextLine = (prefix: string, timeoutMs: number): Promise<string> =>
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

  const server: RunningServer = { name, child, port: 0, nextLine, info };
  try {
    server.port = Number(await nextLine('PORT=', START_TIMEOUT_MS));
    if (!Number.isInteger(server.port) || server.port <= 0)
      throw new StartError(`the ${name} server printed a bad port`);
    return server;
  } catch (error) {
    await stopServer(server);
    throw error;
  }
}

export async function stopServer(server: RunningServer): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
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
