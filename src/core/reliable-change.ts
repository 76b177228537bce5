/**
 * Honest change reporting (Jacobson & Truax): a change counts only when it is
 * larger than what measurement noise alone would produce.
 * threshold = 2.77 × SD × √(1 − r). SD and r come from a versioned config.
 */

export interface ReliabilityConfig {
  version: string;
  sd: number;
  r: number;
}

export type ChangeVerdict = 'went-up' | 'usual-range' | 'went-down' | 'not-enough-data';

/** The smallest difference between two windows that counts as a reliable change. */
export function reliableChangeThreshold(config: Pick<ReliabilityConfig, 'sd' | 'r'>): number {
  return 2.77 * config.sd * Math.sqrt(1 - config.r);
}

export interface ChangeSummary {
  verdict: ChangeVerdict;
  /** Mean of the first readings (2–3). */
  baseline: number | null;
  /** Mean of the last 4 readings. */
  current: number | null;
  /** The shaded "usual range" around the baseline. */
  band: { low: number; high: number } | null;
}

const BASELINE_SIZE = 3;
const CURRENT_SIZE = 4;
const MIN_BASELINE = 2;

/**
 * Compares the current window (mean of the last 4 readings) with the baseline
 * (mean of the first 2–3). Needs at least 2 baseline readings and 2 later ones.
 */
export function summarizeChange(
  readings: readonly number[],
  config: ReliabilityConfig,
): ChangeSummary {
  const baselineReadings = readings.slice(
    0,
    Math.min(BASELINE_SIZE, Math.max(MIN_BASELINE, readings.length - 2)),
  );
  const later = readings.slice(baselineReadings.length);
  if (baselineReadings.length < MIN_BASELINE || later.length < 2) {
    const baseline = baselineReadings.length >= MIN_BASELINE ? average(baselineReadings) : null;
    return {
      verdict: 'not-enough-data',
      baseline,
      current: null,
      band: baseline === null ? null : bandAround(baseline, config),
    };
  }
  const baseline = average(baselineReadings);
  const current = average(later.slice(-CURRENT_SIZE));
  const band = bandAround(baseline, config);
  const verdict: ChangeVerdict =
    current >= band.high ? 'went-up' : current <= band.low ? 'went-down' : 'usual-range';
  return { verdict, baseline, current, band };
}

function average(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function bandAround(baseline: number, config: ReliabilityConfig): { low: number; high: number } {
  const threshold = reliableChangeThreshold(config);
  return { low: baseline - threshold, high: baseline + threshold };
}
