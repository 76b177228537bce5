/**
 * `npm run bench`: the server CPU and latency of Rekindle's hot paths, as
 * `npm start` ships it, against a bare Fastify hello-world measured right
 * before and right after every scenario.
 *
 * A round starts both servers as child processes (the machine has two cores:
 * one serves, autocannon runs here in the parent on the other; the idle
 * server costs nothing), then for each scenario (scenarios.ts): hello-world,
 * the scenario's warm-up and measured run, hello-world again, and for a
 * scenario with a floor (the answer write) the same work on floor-server.ts,
 * reported for reference beside the goals. The gate is the
 * share by server CPU per request (hello-world's µs over the scenario's, each
 * from /proc): it stays put when other processes load the machine, which
 * req/s does not. Medians over the rounds, with min–max.
 *
 * Exit code: 1 when a server did not start or a response was not 2xx; with
 * BENCH_STRICT=1 also when a goal is missed. Otherwise 0: it is a benchmark,
 * not a test.
 *
 * Environment (all optional):
 *   BENCH_DATABASE     'sqlite' (default) or 'postgres'
 *   BENCH_POSTGRES_URL a PostgreSQL server to create the bench database on
 *                      (default postgres://postgres@127.0.0.1:5432/postgres)
 *   BENCH_DURATION     measured seconds per scenario (default 10)
 *   BENCH_WARMUP       warm-up seconds per scenario (default 2)
 *   BENCH_HELLO        measured seconds of each hello-world run (default 4)
 *   BENCH_CONNECTIONS  concurrent connections (default 50)
 *   BENCH_ROUNDS       rounds (default 3)
 *   BENCH_FILTER       only scenarios whose name contains this text
 *   BENCH_LOG_LEVEL    the app's LOG_LEVEL (default: unset, as shipped)
 *   BENCH_PROFILE      '1': CPU-profile the app during each measured scenario,
 *                      into bench/results/profiles/ (slows it down)
 *   BENCH_SEED_USERS   other people seeded into the app's database (default 2000)
 *   BENCH_STRICT       '1': exit 2 when a goal is missed
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWebIfNeeded } from '../scripts/build-web.mjs';
import { cpuBetween, load, othersLoad, processCpuMs } from './load';
import {
  evaluateGoals,
  failuresOf,
  floorLines,
  fmt,
  goalLines,
  type HelloRun,
  P99_GOAL_MS,
  type RoundResult,
  resultsTable,
  summarize,
} from './report';
import { type BenchRequest, helloRequest, scenarios, setUpApp } from './scenarios';
import {
  type RunningServer,
  StartError,
  startApp,
  startReference,
  stopServer,
  toggleProfiler,
} from './servers';

const RESULTS_DIR = fileURLToPath(new URL('results', import.meta.url));
const PROFILE_DIR = join(RESULTS_DIR, 'profiles');
const DATABASE = process.env.BENCH_DATABASE ?? 'sqlite';
const POSTGRES_URL =
  process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DURATION_S = positiveNumber('BENCH_DURATION', 10);
const WARMUP_S = positiveNumber('BENCH_WARMUP', 2);
const HELLO_S = positiveNumber('BENCH_HELLO', 4);
const CONNECTIONS = Math.round(positiveNumber('BENCH_CONNECTIONS', 50));
const ROUNDS = Math.round(positiveNumber('BENCH_ROUNDS', 3));
const FILTER = process.env.BENCH_FILTER ?? '';
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL || undefined;
const PROFILE = process.env.BENCH_PROFILE === '1';
const STRICT = process.env.BENCH_STRICT === '1';
const SEED_USERS = Math.round(positiveNumber('BENCH_SEED_USERS', 2000));
const RESULTS_FILE = join(RESULTS_DIR, `latest-${DATABASE}.json`);

const selected = scenarios.filter((s) => s.name.includes(FILTER));
/** Every app start, for the JSON: round, start time, seed counts, database. */
const serversStarted: Record<string, unknown>[] = [];

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
}

const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** One measured run, with the server's CPU over exactly that run. */
async function measure(server: RunningServer, request: BenchRequest, seconds: number) {
  const before = processCpuMs(server.child.pid);
  const measured = await load(server.port, request, seconds, CONNECTIONS);
  const cpu = cpuBetween(before, processCpuMs(server.child.pid), measured.requests);
  return { measured, ...(cpu ? { cpu } : {}) };
}

async function helloRun(hello: RunningServer): Promise<HelloRun> {
  await load(hello.port, helloRequest, 1, CONNECTIONS);
  return measure(hello, helloRequest, HELLO_S);
}

const helloText = (h: HelloRun) => (h.cpu ? `${fmt(h.cpu.usPerRequest)} µs/req` : '—');

async function runRound(round: number): Promise<RoundResult[]> {
  process.stdout.write(`\n▶ round ${round}/${ROUNDS}: starting hello-world and the app… `);
  const startedAt = performance.now();
  const hello = await startReference('hello', PROFILE ? PROFILE_DIR : undefined);
  let app: RunningServer | undefined;
  let floor: RunningServer | undefined;
  const results: RoundResult[] = [];
  try {
    app = await startApp(PROFILE ? PROFILE_DIR : undefined, {
      postgresUrl: DATABASE === 'postgres' ? POSTGRES_URL : undefined,
      logLevel: LOG_LEVEL,
      seedUsers: SEED_USERS,
    });
    const startMs = Math.round(performance.now() - startedAt);
    process.stdout.write(`ready in ${fmt(startMs)} ms\n`);
    process.stdout.write(`  seeded: ${JSON.stringify(app.info.seed)}\n`);
    serversStarted.push({ round, startMs, ...app.info });
    const session = await setUpApp(`http://127.0.0.1:${app.port}`);
    if (selected.some((s) => s.floor)) floor = await startReference('floor', undefined);

    for (const scenario of selected) {
      const request = scenario.request(session);
      process.stdout.write(`  ${scenario.name}: hello-world… `);
      const helloBefore = await helloRun(hello);
      process.stdout.write(`${helloText(helloBefore)}; warm-up… `);
      const warmup = await load(app.port, request, WARMUP_S, CONNECTIONS);
      if (PROFILE) await toggleProfiler(app, true);
      const run = await measure(app, request, DURATION_S);
      let profile: string | undefined;
      if (PROFILE) {
        profile = join(PROFILE_DIR, `${DATABASE}-${slug(scenario.name)}-${round}.cpuprofile`);
        renameSync(await toggleProfiler(app, false), profile);
      }
      const helloAfter = await helloRun(hello);
      let floorRun: HelloRun | undefined;
      if (floor && scenario.floor) {
        await load(floor.port, scenario.floor, WARMUP_S, CONNECTIONS);
        floorRun = await measure(floor, scenario.floor, HELLO_S);
      }
      const result: RoundResult = {
        name: scenario.name,
        round,
        minShareOfHello: scenario.minShareOfHello,
        warmup,
        ...run,
        helloBefore,
        helloAfter,
        ...(floorRun ? { floor: floorRun } : {}),
        ...(profile ? { profile } : {}),
      };
      const helloUs =
        helloBefore.cpu && helloAfter.cpu
          ? (helloBefore.cpu.usPerRequest + helloAfter.cpu.usPerRequest) / 2
          : undefined;
      process.stdout.write(
        `${fmt(run.measured.reqPerSecMean)} req/s, p99 ${fmt(run.measured.p99Ms, 2)} ms` +
          `${run.cpu ? `, ${fmt(run.cpu.usPerRequest)} µs/req (${fmt(run.cpu.userUsPerRequest)} user + ${fmt(run.cpu.systemUsPerRequest)} sys)` : ''}` +
          `; hello-world again ${helloText(helloAfter)}` +
          `${run.cpu && helloUs ? ` → ${((100 * helloUs) / run.cpu.usPerRequest).toFixed(1)}%` : ''}` +
          `${floorRun ? `; its floor ${helloText(floorRun)}` : ''}` +
          `${failuresOf(result) > 0 ? `, status codes ${JSON.stringify(run.measured.statusCodes)}` : ''}\n`,
      );
      results.push(result);
    }
  } finally {
    if (floor) await stopServer(floor);
    if (app) await stopServer(app);
    await stopServer(hello);
  }
  return results;
}

async function main(): Promise<number> {
  if (selected.length === 0) throw new Error(`no scenario matches BENCH_FILTER="${FILTER}"`);
  if (DATABASE !== 'sqlite' && DATABASE !== 'postgres')
    throw new Error(`BENCH_DATABASE must be sqlite or postgres, not "${DATABASE}"`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  if (PROFILE) mkdirSync(PROFILE_DIR, { recursive: true });
  buildWebIfNeeded();
  process.stdout.write(
    `Rekindle bench on ${DATABASE}: the app as npm start ships it (LOG_LEVEL ${LOG_LEVEL ?? 'default'}, metrics on), ` +
      `${CONNECTIONS} connections, ${WARMUP_S} s warm-up + ${DURATION_S} s per scenario, ` +
      `hello-world ${HELLO_S} s before and after each, ${ROUNDS} round${ROUNDS > 1 ? 's' : ''}, ` +
      `node ${process.version}, ${availableParallelism()} cores` +
      `${PROFILE ? ', CPU profiling ON (numbers are slower)' : ''}\n`,
  );
  const othersCpu = await othersLoad(1000);
  if (othersCpu !== undefined) {
    process.stdout.write(
      `Other processes used ${(othersCpu * 100).toFixed(0)}% of the machine's CPU just before the run` +
        `${othersCpu > 0.1 ? ' — req/s will be lower and noisier; the CPU shares much less so' : ''}.\n`,
    );
  }

  const all: RoundResult[] = [];
  for (let round = 1; round <= ROUNDS; round++) all.push(...(await runRound(round)));
  const summaries = summarize(all);
  const goals = evaluateGoals(summaries, CONNECTIONS);
  const floors = floorLines(summaries);
  process.stdout.write(
    `\nMedians over ${ROUNDS} round${ROUNDS > 1 ? 's' : ''} (min–max):\n${resultsTable(summaries)}\n\nGoals:\n${goalLines(goals)}` +
      `${floors ? `\nFloors, for reference:\n${floors}` : ''}`,
  );

  const report = {
    date: new Date().toISOString(),
    machine: { node: process.version, cores: availableParallelism(), cpu: cpus()[0]?.model },
    settings: {
      database: DATABASE,
      logLevel: LOG_LEVEL ?? 'default',
      connections: CONNECTIONS,
      durationS: DURATION_S,
      warmupS: WARMUP_S,
      helloS: HELLO_S,
      rounds: ROUNDS,
      filter: FILTER,
      profile: PROFILE,
      seedUsers: SEED_USERS,
      othersCpuBeforeRun: othersCpu,
    },
    servers: serversStarted,
    goals: { p99Ms: P99_GOAL_MS, results: goals },
    scenarios: summaries,
    rounds: all,
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\nResults written to ${RESULTS_FILE}\n`);

  const failed = summaries.filter((s) => s.failures > 0);
  if (failed.length > 0) {
    process.stderr.write(
      `\nNon-2xx responses or errors in: ${failed.map((s) => s.name).join(', ')} — exiting with 1.\n`,
    );
    return 1;
  }
  if (STRICT && goals.some((g) => !g.pass)) {
    process.stderr.write('\nA goal was missed (BENCH_STRICT=1) — exiting with 2.\n');
    return 2;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `\nbench failed: ${error instanceof StartError ? message : ((error as Error)?.stack ?? message)}\n`,
    );
    process.exit(1);
  },
);
