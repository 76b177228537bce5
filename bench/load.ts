/**
 * Load and measurement: one autocannon run (with sub-millisecond latency
 * percentiles collected here), and CPU time from Linux /proc, both the
 * server's per request and the whole machine's as a noise warning.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { BenchRequest } from './scenarios';

export interface LoadResult {
  requests: number;
  reqPerSecMean: number;
  p50Ms: number;
  p99Ms: number;
  p999Ms: number;
  maxMs: number;
  /** autocannon's own (whole-millisecond) p99, for comparison. */
  autocannonP99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

/** One autocannon run of `seconds` against 127.0.0.1:`port`. */
export function load(
  port: number,
  request: BenchRequest,
  seconds: number,
  connections: number,
): Promise<LoadResult> {
  let samples = new Float64Array(1 << 20);
  let count = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}${request.path}`,
        method: request.method,
        connections,
        duration: seconds,
        ...(request.headers ? { headers: request.headers } : {}),
        ...(request.body !== undefined ? { body: request.body } : {}),
      },
      (error, result) => {
        if (error) return reject(error);
        const sorted = samples.subarray(0, count).sort();
        const statusCodes: Record<string, number> = {};
        for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
          statusCodes[code] = (stats as { count: number }).count;
        }
        resolve({
          requests: result.requests.total,
          reqPerSecMean: result.requests.average,
          p50Ms: percentile(sorted, 50),
          p99Ms: percentile(sorted, 99),
          p999Ms: percentile(sorted, 99.9),
          maxMs: count > 0 ? (sorted[count - 1] as number) : Number.NaN,
          autocannonP99Ms: result.latency.p99,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          statusCodes,
        });
      },
    );
    instance.on(
      'response',
      (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
        if (count === samples.length) {
          const bigger = new Float64Array(samples.length * 2);
          bigger.set(samples);
          samples = bigger;
        }
        samples[count++] = responseTime;
      },
    );
  });
}

export interface CpuTime {
  user: number;
  system: number;
}

/** CPU time (ms) a process has used, all threads (Linux /proc; undefined elsewhere). */
export function processCpuMs(pid: number | undefined): CpuTime | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return { user: Number(fields[11]) * 10, system: Number(fields[12]) * 10 };
  } catch {
    return undefined;
  }
}

export interface ServerCpu {
  userMs: number;
  systemMs: number;
  /** Server CPU (user + system, every thread) per completed request. */
  usPerRequest: number;
  userUsPerRequest: number;
  systemUsPerRequest: number;
}

export function cpuBetween(
  before: CpuTime | undefined,
  after: CpuTime | undefined,
  requests: number,
): ServerCpu | undefined {
  if (!before || !after || requests === 0) return undefined;
  const userMs = after.user - before.user;
  const systemMs = after.system - before.system;
  return {
    userMs,
    systemMs,
    usPerRequest: ((userMs + systemMs) * 1000) / requests,
    userUsPerRequest: (userMs * 1000) / requests,
    systemUsPerRequest: (systemMs * 1000) / requests,
  };
}

/** Busy and total CPU time of the whole machine so far, in clock ticks (Linux /proc/stat). */
function machineTicks(): { busy: number; total: number } | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const values = line.trim().split(/\s+/).slice(1).map(Number);
    const total = values.reduce((a, b) => a + b, 0);
    const idle = (values[3] ?? 0) + (values[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

/** Share of the machine's CPU that other processes used over `ms`: a noise warning. */
export async function othersLoad(ms: number): Promise<number | undefined> {
  const before = machineTicks();
  const self = process.cpuUsage();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = machineTicks();
  if (!before || !after || after.total === before.total) return undefined;
  const mine = process.cpuUsage(self);
  const mineTicks = (mine.user + mine.system) / 10_000;
  return Math.max(0, (after.busy - before.busy - mineTicks) / (after.total - before.total));
}
