/** The benchmark's verdicts and printing: per-round results, medians with their spread, the goals, the table. */
import type { LoadResult, ServerCpu } from './load';

export const P99_GOAL_MS = 20;

/** Hello-world measured right before or right after an app scenario. */
export interface HelloRun {
  measured: LoadResult;
  cpu?: ServerCpu;
}

/** One app scenario in one round, between its two hello-world runs. */
export interface RoundResult {
  name: string;
  round: number;
  /** The goal, as a share of hello-world: by server CPU per request. */
  minShareOfHello: number;
  warmup: LoadResult;
  measured: LoadResult;
  cpu?: ServerCpu;
  helloBefore: HelloRun;
  helloAfter: HelloRun;
  /** The scenario's work on the floor server, right after it (scenarios with a floor only). */
  floor?: HelloRun;
  profile?: string;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** A scenario over every round. */
export interface ScenarioSummary {
  name: string;
  minShareOfHello: number;
  rounds: number;
  reqPerSec: Spread;
  p50Ms: Spread;
  p99Ms: Spread;
  /** The app's server CPU per request (user + system, all threads). */
  usPerRequest: Spread | null;
  /** Hello-world's server CPU per request, before and after, every round. */
  helloUsPerRequest: Spread | null;
  /** The gate: hello-world's CPU per request over the scenario's, per round. */
  shareByCpu: Spread | null;
  /** For comparison: the scenario's req/s over hello-world's, per round (moves with the machine's load). */
  shareByReqPerSec: Spread;
  /** The floor server's share by CPU per request, per round: the most this work could reach here. */
  floorShareByCpu: Spread | null;
  failures: number;
}

export interface GoalResult {
  goal: string;
  scenario: string;
  value: string;
  pass: boolean;
}

export function spreadOf(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number };
}

/** Non-2xx responses and errors, warm-up and hello-world runs included. */
export function failuresOf(r: RoundResult): number {
  const bad = (l: LoadResult) => l.non2xx + l.errors;
  return (
    bad(r.measured) +
    bad(r.warmup) +
    bad(r.helloBefore.measured) +
    bad(r.helloAfter.measured) +
    (r.floor ? bad(r.floor.measured) : 0)
  );
}

const mean = (a: number, b: number) => (a + b) / 2;

export function summarize(rounds: RoundResult[]): ScenarioSummary[] {
  const names = [...new Set(rounds.map((r) => r.name))];
  return names.map((name) => {
    const mine = rounds.filter((r) => r.name === name);
    const first = mine[0] as RoundResult;
    const withCpu = mine.filter((r) => r.cpu && r.helloBefore.cpu && r.helloAfter.cpu);
    const helloCpu = (r: RoundResult) =>
      mean(r.helloBefore.cpu?.usPerRequest ?? 0, r.helloAfter.cpu?.usPerRequest ?? 0);
    const helloRps = (r: RoundResult) =>
      mean(r.helloBefore.measured.reqPerSecMean, r.helloAfter.measured.reqPerSecMean);
    const complete = withCpu.length === mine.length;
    return {
      name,
      minShareOfHello: first.minShareOfHello,
      rounds: mine.length,
      reqPerSec: spreadOf(mine.map((r) => r.measured.reqPerSecMean)),
      p50Ms: spreadOf(mine.map((r) => r.measured.p50Ms)),
      p99Ms: spreadOf(mine.map((r) => r.measured.p99Ms)),
      usPerRequest: complete ? spreadOf(mine.map((r) => r.cpu?.usPerRequest ?? 0)) : null,
      helloUsPerRequest: complete
        ? spreadOf(
            mine.flatMap((r) => [
              r.helloBefore.cpu?.usPerRequest ?? 0,
              r.helloAfter.cpu?.usPerRequest ?? 0,
            ]),
          )
        : null,
      shareByCpu: complete
        ? spreadOf(mine.map((r) => helloCpu(r) / (r.cpu?.usPerRequest ?? Number.NaN)))
        : null,
      shareByReqPerSec: spreadOf(mine.map((r) => r.measured.reqPerSecMean / helloRps(r))),
      floorShareByCpu:
        complete && mine.every((r) => r.floor?.cpu)
          ? spreadOf(mine.map((r) => helloCpu(r) / (r.floor?.cpu?.usPerRequest ?? Number.NaN)))
          : null,
      failures: mine.reduce((sum, r) => sum + failuresOf(r), 0),
    };
  });
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const spreadText = (s: Spread, f: (n: number) => string) =>
  `${f(s.median)} (${f(s.min)}–${f(s.max)})`;

/** The gate: the median share by server CPU per request, and the median p99. */
export function evaluateGoals(summaries: ScenarioSummary[], connections: number): GoalResult[] {
  return summaries.flatMap((s) => [
    {
      goal: `≥ ${s.minShareOfHello * 100}% of hello-world by server CPU per request`,
      scenario: s.name,
      value: s.shareByCpu
        ? `${spreadText(s.shareByCpu, pct)}; by req/s ${spreadText(s.shareByReqPerSec, pct)}`
        : 'no CPU figures (not Linux?)',
      pass: s.shareByCpu !== null && s.shareByCpu.median >= s.minShareOfHello,
    },
    {
      goal: `p99 < ${P99_GOAL_MS} ms at ${connections} connections`,
      scenario: s.name,
      value: spreadText(s.p99Ms, (n) => `${n.toFixed(2)} ms`),
      pass: s.p99Ms.median < P99_GOAL_MS,
    },
  ]);
}

export const fmt = (n: number, digits = 0): string =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '—';

function table(headers: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (rightAligned[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (rightAligned[i] ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** Medians over the rounds, with min–max where it tells how steady a figure was. */
export function resultsTable(summaries: ScenarioSummary[]): string {
  return table(
    [
      'scenario',
      'req/s',
      'p50 ms',
      'p99 ms',
      'server µs/req',
      'hello µs/req',
      'share by CPU',
      'share by req/s',
      'non-2xx',
    ],
    summaries.map((s) => [
      s.name,
      fmt(s.reqPerSec.median),
      fmt(s.p50Ms.median, 2),
      spreadText(s.p99Ms, (n) => fmt(n, 1)),
      s.usPerRequest ? spreadText(s.usPerRequest, (n) => fmt(n)) : '—',
      s.helloUsPerRequest ? spreadText(s.helloUsPerRequest, (n) => fmt(n)) : '—',
      s.shareByCpu ? spreadText(s.shareByCpu, pct) : '—',
      spreadText(s.shareByReqPerSec, pct),
      String(s.failures),
    ]),
    [false, true, true, true, true, true, true, true, true],
  );
}

/** Where a scenario was measured beside its floor: the floor's share, for reference (no goal). */
export function floorLines(summaries: ScenarioSummary[]): string {
  return summaries
    .flatMap((s) =>
      s.floorShareByCpu
        ? [
            `  ${s.name}: its floor (bench/floor-server.ts) measured ${spreadText(s.floorShareByCpu, pct)} of hello-world by server CPU per request\n`,
          ]
        : [],
    )
    .join('');
}

export function goalLines(goals: GoalResult[]): string {
  return goals
    .map((g) => `  ${g.pass ? 'PASS' : 'FAIL'}  ${g.goal} — ${g.scenario}: ${g.value}\n`)
    .join('');
}
