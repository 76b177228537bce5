/**
 * What the run screen shows at a moment, from the server's times alone: the
 * count-in, the step under way with its time left, and the pacer's phase.
 * Both phones compute it from the same start time, so they stay in step.
 */
import {
  type PacerMoment,
  pacerAt,
  pacerAtPace,
  type StepMoment,
  stepAt,
} from '../../../core/exercises';
import type { Run } from '../../../shared/exercises-api';

export type RunMoment =
  | { kind: 'count-in'; secondsLeft: number }
  | {
      kind: 'step';
      step: StepMoment & { text: string; count: number };
      /** Only during a paced step. */
      pacer: PacerMoment | null;
    }
  | { kind: 'over' };

/**
 * How far this device's clock is behind the server's, in ms, from a server
 * time read at `receivedAt` (local ms). Added to Date.now() it gives server time.
 */
export function clockOffset(serverNow: string, receivedAt: number): number {
  return Date.parse(serverNow) - receivedAt;
}

/** The moment of a started run at `now` (server time in ms); null when it has not started. */
export function momentAt(
  run: Pick<Run, 'startedAt' | 'pace' | 'exercise'>,
  now: number,
): RunMoment | null {
  if (run.startedAt === null) return null;
  const elapsed = (now - Date.parse(run.startedAt)) / 1000;
  if (elapsed < 0) return { kind: 'count-in', secondsLeft: Math.ceil(-elapsed - 1e-9) };
  const { steps, pacer } = run.exercise;
  const at = stepAt(steps, elapsed);
  const step = at === null ? undefined : steps[at.index];
  if (at === null || step === undefined) return { kind: 'over' };
  return {
    kind: 'step',
    step: { ...at, text: step.text, count: steps.length },
    pacer: step.paced && pacer ? pacerAt(pacerAtPace(pacer, run.pace), at.intoStep) : null,
  };
}

/** Minutes and seconds, as a clock shows them: 4:05. */
export function clockText(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  const minutes = Math.floor(whole / 60);
  return `${minutes}:${String(whole % 60).padStart(2, '0')}`;
}
