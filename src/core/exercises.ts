/**
 * Guided exercises for two: where a run stands, which step is on, and where
 * the breathing pacer is, all computed from timestamps. Nothing here ticks:
 * both devices read the same server times and draw the same moment, so an
 * exercise runs in step on two phones without any message per second.
 *
 * A run is invited (one of them is ready), then starting (both are ready; a
 * short count-in so two phones begin together), running, and at last
 * finished, stopped or expired. Either partner may stop at any moment, and
 * stopping an ended run changes nothing.
 */

/** What an exercise is mostly about; the list's filter and its icon follow it. */
export const EXERCISE_CATEGORIES = [
  'breathing',
  'gaze',
  'touch',
  'movement',
  'stillness',
  'conversation',
] as const;
export type ExerciseCategory = (typeof EXERCISE_CATEGORIES)[number];

/** The seconds of one breath's phases, as written for an exercise. */
export interface Pacer {
  inhale: number;
  hold: number;
  exhale: number;
  holdAfter: number;
}

export type PacerPhase = keyof Pacer;

/** The order a breath goes through; phases of zero seconds are passed over. */
export const PACER_PHASES: readonly PacerPhase[] = ['inhale', 'hold', 'exhale', 'holdAfter'];

/** How much slower (positive) or faster (negative) than written a couple may breathe. */
export const PACE_MIN = -2;
export const PACE_MAX = 3;
/** No breath in or out is shorter than this, however fast the pace. */
export const MIN_BREATH_PHASE = 2;

/** A pace kept within bounds (whole steps). */
export function clampPace(pace: number): number {
  return Math.min(PACE_MAX, Math.max(PACE_MIN, Math.round(pace)));
}

/**
 * The pacer at a pace: each step slower adds a second to the breath in and
 * to the breath out; holds stay as written.
 */
export function pacerAtPace(pacer: Pacer, pace: number): Pacer {
  const step = clampPace(pace);
  return {
    inhale: Math.max(MIN_BREATH_PHASE, pacer.inhale + step),
    hold: pacer.hold,
    exhale: Math.max(MIN_BREATH_PHASE, pacer.exhale + step),
    holdAfter: pacer.holdAfter,
  };
}

/** Seconds of one whole breath. */
export function breathSeconds(pacer: Pacer): number {
  return pacer.inhale + pacer.hold + pacer.exhale + pacer.holdAfter;
}

export interface PacerMoment {
  phase: PacerPhase;
  /** Whole seconds left in this phase, counting down to 1 (what a text cue shows). */
  secondsLeft: number;
  /** The phase's length in seconds. */
  phaseSeconds: number;
  /** How far through the phase, from 0 to 1. */
  progress: number;
  /** Which breath this is, from 0. */
  breath: number;
}

/** Where the pacer is `seconds` after it began (negative counts as its very start). */
export function pacerAt(pacer: Pacer, seconds: number): PacerMoment {
  const cycle = breathSeconds(pacer);
  const at = Math.max(0, seconds);
  const breath = Math.floor(at / cycle);
  let into = at - breath * cycle;
  for (const phase of PACER_PHASES) {
    const length = pacer[phase];
    if (length <= 0) continue;
    if (into < length) {
      return {
        phase,
        secondsLeft: Math.max(1, Math.ceil(length - into - 1e-9)),
        phaseSeconds: length,
        progress: into / length,
        breath,
      };
    }
    into -= length;
  }
  // Only reached through rounding at a breath's very end: the next breath begins.
  return {
    phase: 'inhale',
    secondsLeft: pacer.inhale,
    phaseSeconds: pacer.inhale,
    progress: 0,
    breath: breath + 1,
  };
}

export interface TimedStep {
  seconds: number;
}

/** Seconds of all the steps together. */
export function totalSeconds(steps: readonly TimedStep[]): number {
  return steps.reduce((sum, step) => sum + step.seconds, 0);
}

export interface StepMoment {
  index: number;
  /** Seconds since this step began. */
  intoStep: number;
  /** Whole seconds left in this step (rounded up). */
  stepSecondsLeft: number;
  /** Whole seconds left in the whole exercise (rounded up). */
  secondsLeft: number;
}

/**
 * The step under way `elapsed` seconds after the start, or null once every
 * step is over. Before the start, it is the first step, not yet begun.
 */
export function stepAt(steps: readonly TimedStep[], elapsed: number): StepMoment | null {
  const total = totalSeconds(steps);
  const at = Math.max(0, elapsed);
  if (at >= total) return null;
  let begin = 0;
  for (const [index, step] of steps.entries()) {
    if (at < begin + step.seconds) {
      return {
        index,
        intoStep: at - begin,
        stepSecondsLeft: Math.ceil(begin + step.seconds - at - 1e-9),
        secondsLeft: Math.ceil(total - at - 1e-9),
      };
    }
    begin += step.seconds;
  }
  return null;
}

// ---------------------------------------------------------------- a run

/** Seconds between both being ready and the first step, so two phones begin together. */
export const START_LEAD_SECONDS = 3;
/** An invitation nobody joined lapses quietly after this long. */
export const INVITE_MINUTES = 10;

export const RUN_STATUSES = [
  'invited',
  'starting',
  'running',
  'finished',
  'stopped',
  'expired',
] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** A run's times in epoch milliseconds (null: not yet). */
export interface RunTimes {
  invitedAt: number;
  startedAt: number | null;
  stoppedAt: number | null;
  finishedAt: number | null;
  /** The exercise's length when the run began. */
  totalSeconds: number;
}

/** Where a run stands at `now`. */
export function runStatus(run: RunTimes, now: number): RunStatus {
  if (run.stoppedAt !== null) return 'stopped';
  if (run.finishedAt !== null) return 'finished';
  if (run.startedAt === null) {
    return now >= run.invitedAt + INVITE_MINUTES * 60_000 ? 'expired' : 'invited';
  }
  if (now < run.startedAt) return 'starting';
  return now >= run.startedAt + run.totalSeconds * 1000 ? 'finished' : 'running';
}

/** Whether a run still holds the couple's one place (invited, starting or running). */
export function isActive(status: RunStatus): boolean {
  return status === 'invited' || status === 'starting' || status === 'running';
}

/** When an invitation lapses, if nobody joins. */
export function inviteExpiresAt(run: Pick<RunTimes, 'invitedAt'>): number {
  return run.invitedAt + INVITE_MINUTES * 60_000;
}

export type RunAction = 'consent' | 'stop' | 'finish';

/** What an action writes; null when it changes nothing (which is always fine). */
export type RunChange =
  | { startedAt: number }
  | { stoppedAt: number }
  | { finishedAt: number }
  | null;

/**
 * What an action does to a run at `now`:
 * - consent (the second "ready") starts an invited run after the count-in;
 * - stop ends any active run at once, from either partner, for any reason;
 * - finish ("we're done") ends a running run as finished.
 * Anything else, such as stopping twice, is no change at all.
 */
export function applyRunAction(run: RunTimes, action: RunAction, now: number): RunChange {
  const status = runStatus(run, now);
  switch (action) {
    case 'consent':
      return status === 'invited' ? { startedAt: now + START_LEAD_SECONDS * 1000 } : null;
    case 'stop':
      return isActive(status) ? { stoppedAt: now } : null;
    case 'finish':
      return status === 'starting' || status === 'running' ? { finishedAt: now } : null;
  }
}
