/** The benchmark's verdicts and printing: the goals, the table, number formatting. */
import type { LoadResult, ServerCpu } from './load';
import type { ServerName } from './scenarios';

export const P99_GOAL_MS = 20;

export interface ScenarioResult {
  name: string;
  server: ServerName;
  round: number;
  /** App scenarios: the goal, as a share of hello-world req/s. */
  minShareOfHello?: number;
  warmup: LoadResult;
  measured: LoadResult;
  cpu?: ServerCpu;
  /** req/s over hello-world's req/s; null for hello-world itself or without it. */
  ratioToHello: number | null;
  profile?: string;
}

export interface GoalResult {
  goal: string;
  scenario: string;
  value: string;
  pass: boolean;
}

/** Non-2xx responses and errors, warm-up included. */
export const failuresOf = (r: ScenarioResult): number =>
  r.measured.non2xx + r.measured.errors + r.warmup.non2xx + r.warmup.errors;

/** Every app scenario: its share of hello-world req/s, and p99 under the limit. */
export function evaluateGoals(results: ScenarioResult[], connections: number): GoalResult[] {
  const goals: GoalResult[] = [];
  const baselineCpu = results.find((r) => r.server === 'hello')?.cpu?.usPerRequest;
  for (const r of results) {
    if (r.server === 'hello' || r.minShareOfHello === undefined) continue;
    const target = r.minShareOfHello;
    // The same ratio from server CPU per request: steadier when other processes share the machine.
    const byCpu =
      baselineCpu && r.cpu
        ? ` (by server CPU per request: ${((100 * baselineCpu) / r.cpu.usPerRequest).toFixed(1)}%)`
        : '';
    goals.push({
      goal: `≥ ${target * 100}% of hello-world req/s`,
      scenario: r.name,
      value:
        r.ratioToHello === null ? 'no baseline' : `${(r.ratioToHello * 100).toFixed(1)}%${byCpu}`,
      pass: r.ratioToHello !== null && r.ratioToHello >= target,
    });
    goals.push({
      goal: `p99 < ${P99_GOAL_MS} ms at ${connections} connections`,
      scenario: r.name,
      value: `${r.measured.p99Ms.toFixed(2)} ms`,
      pass: r.measured.p99Ms < P99_GOAL_MS,
    });
  }
  return goals;
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

/** The results table; `failures` counts non-2xx and errors per scenario over every round. */
export function resultsTable(results: ScenarioResult[], failures: Map<string, number>): string {
  return table(
    [
      'scenario',
      'req/s (mean)',
      'p50 ms',
      'p99 ms',
      'non-2xx',
      'vs hello-world',
      'server CPU µs/req',
    ],
    results.map((r) => [
      r.name,
      fmt(r.measured.reqPerSecMean),
      fmt(r.measured.p50Ms, 2),
      fmt(r.measured.p99Ms, 2),
      String(failures.get(r.name) ?? 0),
      r.ratioToHello === null ? '—' : `${(r.ratioToHello * 100).toFixed(1)}%`,
      r.cpu ? fmt(r.cpu.usPerRequest) : '—',
    ]),
    [false, true, true, true, true, true, true],
  );
}

export function goalLines(goals: GoalResult[]): string {
  return goals
    .map((g) => `  ${g.pass ? 'PASS' : 'FAIL'}  ${g.goal} — ${g.scenario}: ${g.value}\n`)
    .join('');
}
