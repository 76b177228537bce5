/**
 * `npm run bench`: HTTP throughput and latency of Rekindle's hot paths,
 * compared with a bare Fastify hello-world measured in the same run.
 *
 * Each server runs as its own child process, one at a time (the machine has
 * two cores: one for the server, one for autocannon, which runs here in the
 * parent). Every scenario (scenarios.ts) gets a warm-up, then a measured run;
 * the table, the goals and bench/results/latest.json come out at the end.
 *
 * Exit code: 0 when every server started and every response was 2xx, even if
 * a goal is missed (this is a benchmark, not a test); 1 otherwise.
 *
 * Environment (all optional):
 *   BENCH_DURATION     measured seconds per scenario (default 10)
 *   BENCH_WARMUP       warm-up seconds per scenario (default 2)
 *   BENCH_CONNECTIONS  concurrent connections (default 50)
 *   BENCH_ROUNDS       repeat the whole sequence this many times and report, per
 *                      scenario, the round with the median req/s (default 1)
 *   BENCH_FILTER       only scenarios whose name contains this text
 *   BENCH_PROFILE      '1': CPU-profile the server during each measured
 *                      scenario, into bench/results/profiles/ (slows it down)
 *   BENCH_SEED_USERS   other people seeded into the app's database (default 2000)
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuBetween, load, othersLoad, processCpuMs } from './load';
import {
  evaluateGoals,
  failuresOf,
  fmt,
  goalLines,
  P99_GOAL_MS,
  resultsTable,
  type ScenarioResult,
} from './report';
import { type AppSession, type ServerName, scenarios, setUpApp } from './scenarios';
import { StartError, startServer, stopServer, toggleProfiler } from './servers';

const RESULTS_DIR = fileURLToPath(new URL('results', import.meta.url));
const RESULTS_FILE = join(RESULTS_DIR, 'latest.json');
const PROFILE_DIR = join(RESULTS_DIR, 'profiles');
const DURATION_S = positiveNumber('BENCH_DURATION', 10);
const WARMUP_S = positiveNumber('BENCH_WARMUP', 2);
const CONNECTIONS = Math.round(positiveNumber('BENCH_CONNECTIONS', 50));
const ROUNDS = Math.round(positiveNumber('BENCH_ROUNDS', 1));
const FILTER = process.env.BENCH_FILTER ?? '';
const PROFILE = process.env.BENCH_PROFILE === '1';

const selected = scenarios.filter((s) => s.name.includes(FILTER));
/** Every server start, for the JSON: which, round, start time, the app's seed counts. */
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

/** Starts one server, runs its scenarios (warm-up, then measured), stops it. */
async function runServer(serverName: ServerName, round: number): Promise<ScenarioResult[]> {
  process.stdout.write(
    `\n▶ ${ROUNDS > 1 ? `round ${round}/${ROUNDS}: ` : ''}starting the ${serverName} server… `,
  );
  const startedAt = performance.now();
  const server = await startServer(serverName, PROFILE ? PROFILE_DIR : undefined);
  const startMs = Math.round(performance.now() - startedAt);
  process.stdout.write(`port ${server.port} in ${fmt(startMs)} ms\n`);
  if (server.info.seed) process.stdout.write(`  seeded: ${JSON.stringify(server.info.seed)}\n`);
  serversStarted.push({ server: serverName, round, startMs, ...server.info });

  const results: ScenarioResult[] = [];
  try {
    const session: AppSession | undefined =
      serverName === 'app' ? await setUpApp(`http://127.0.0.1:${server.port}`) : undefined;
    for (const scenario of selected.filter((s) => s.server === serverName)) {
      const request =
        scenario.server === 'app' ? scenario.request(session as AppSession) : scenario.request();
      process.stdout.write(`  ${scenario.name}: warm-up ${WARMUP_S} s… `);
      const warmup = await load(server.port, request, WARMUP_S, CONNECTIONS);
      process.stdout.write(`measuring ${DURATION_S} s… `);
      if (PROFILE) await toggleProfiler(server, true);
      const cpuBefore = processCpuMs(server.child.pid);
      const measured = await load(server.port, request, DURATION_S, CONNECTIONS);
      const cpu = cpuBetween(cpuBefore, processCpuMs(server.child.pid), measured.requests);
      let profile: string | undefined;
      if (PROFILE) {
        const written = await toggleProfiler(server, false);
        profile = join(
          PROFILE_DIR,
          `${slug(scenario.name)}${ROUNDS > 1 ? `-${round}` : ''}.cpuprofile`,
        );
        renameSync(written, profile);
      }
      const result: ScenarioResult = {
        name: scenario.name,
        server: serverName,
        round,
        ...(scenario.server === 'app' ? { minShareOfHello: scenario.minShareOfHello } : {}),
        warmup,
        measured,
        ...(cpu ? { cpu } : {}),
        ratioToHello: null,
        ...(profile ? { profile } : {}),
      };
      process.stdout.write(
        `${fmt(measured.reqPerSecMean)} req/s, p99 ${fmt(measured.p99Ms, 2)} ms` +
          `${cpu ? `, server CPU ${fmt(cpu.usPerRequest)} µs/req (${fmt(cpu.userUsPerRequest)} user + ${fmt(cpu.systemUsPerRequest)} sys)` : ''}` +
          `${failuresOf(result) > 0 ? `, status codes ${JSON.stringify(measured.statusCodes)}` : ''}\n`,
      );
      results.push(result);
    }
  } finally {
    await stopServer(server);
  }
  return results;
}

async function main(): Promise<number> {
  if (selected.length === 0) throw new Error(`no scenario matches BENCH_FILTER="${FILTER}"`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  if (PROFILE) mkdirSync(PROFILE_DIR, { recursive: true });
  process.stdout.write(
    `Rekindle bench: ${CONNECTIONS} connections, ${WARMUP_S} s warm-up + ${DURATION_S} s per scenario` +
      `${ROUNDS > 1 ? `, ${ROUNDS} rounds (median)` : ''}, node ${process.version}, ${availableParallelism()} cores` +
      `${PROFILE ? ', CPU profiling ON (numbers are slower)' : ''}\n`,
  );
  const othersCpu = await othersLoad(1000);
  if (othersCpu !== undefined) {
    process.stdout.write(
      `Other processes used ${(othersCpu * 100).toFixed(0)}% of the machine's CPU just before the run` +
        `${othersCpu > 0.1 ? ' — numbers will be lower and noisier than on a quiet machine' : ''}.\n`,
    );
  }

  const all: ScenarioResult[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    for (const serverName of new Set(selected.map((s) => s.server))) {
      all.push(...(await runServer(serverName, round)));
    }
  }

  // Per scenario, the round with the median req/s; failures count from every round.
  const failures = new Map<string, number>();
  for (const r of all) failures.set(r.name, (failures.get(r.name) ?? 0) + failuresOf(r));
  const results: ScenarioResult[] = [];
  for (const name of new Set(all.map((r) => r.name))) {
    const rounds = all
      .filter((r) => r.name === name)
      .sort((a, b) => a.measured.reqPerSecMean - b.measured.reqPerSecMean);
    results.push(rounds[Math.floor((rounds.length - 1) / 2)] as ScenarioResult);
  }
  const baseline = results.find((r) => r.server === 'hello');
  for (const r of results) {
    if (baseline && r !== baseline)
      r.ratioToHello = r.measured.reqPerSecMean / baseline.measured.reqPerSecMean;
  }
  const goals = evaluateGoals(results, CONNECTIONS);

  process.stdout.write(`\n${resultsTable(results, failures)}\n\nGoals:\n${goalLines(goals)}`);

  const report = {
    date: new Date().toISOString(),
    machine: { node: process.version, cores: availableParallelism(), cpu: cpus()[0]?.model },
    settings: {
      connections: CONNECTIONS,
      durationS: DURATION_S,
      warmupS: WARMUP_S,
      rounds: ROUNDS,
      filter: FILTER,
      profile: PROFILE,
      othersCpuBeforeRun: othersCpu,
    },
    servers: serversStarted,
    goals: { p99Ms: P99_GOAL_MS, results: goals },
    scenarios: results,
    ...(ROUNDS > 1 ? { allRounds: all } : {}),
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\nResults written to ${RESULTS_FILE}\n`);

  const failed = results.filter((r) => (failures.get(r.name) ?? 0) > 0);
  if (failed.length > 0) {
    process.stderr.write(
      `\nNon-2xx responses or errors in: ${failed.map((r) => r.name).join(', ')} — exiting with 1.\n`,
    );
    return 1;
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
