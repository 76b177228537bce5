import { describe, expect, it } from 'vitest';
import {
  applyRunAction,
  breathSeconds,
  clampPace,
  INVITE_MINUTES,
  inviteExpiresAt,
  isActive,
  type Pacer,
  pacerAt,
  pacerAtPace,
  type RunAction,
  type RunStatus,
  type RunTimes,
  runStatus,
  START_LEAD_SECONDS,
  stepAt,
  totalSeconds,
} from './exercises';

const steps = [{ seconds: 30 }, { seconds: 120 }, { seconds: 45 }];
const fourSix: Pacer = { inhale: 4, hold: 0, exhale: 6, holdAfter: 0 };
const box: Pacer = { inhale: 4, hold: 4, exhale: 4, holdAfter: 4 };

describe('stepAt: the step under way and the time left, from the seconds since the start', () => {
  it.each([
    [-3, { index: 0, intoStep: 0, stepSecondsLeft: 30, secondsLeft: 195 }],
    [0, { index: 0, intoStep: 0, stepSecondsLeft: 30, secondsLeft: 195 }],
    [0.4, { index: 0, intoStep: 0.4, stepSecondsLeft: 30, secondsLeft: 195 }],
    [29.5, { index: 0, intoStep: 29.5, stepSecondsLeft: 1, secondsLeft: 166 }],
    [30, { index: 1, intoStep: 0, stepSecondsLeft: 120, secondsLeft: 165 }],
    [100, { index: 1, intoStep: 70, stepSecondsLeft: 50, secondsLeft: 95 }],
    [150, { index: 2, intoStep: 0, stepSecondsLeft: 45, secondsLeft: 45 }],
    [194.1, { index: 2, intoStep: 44.1, stepSecondsLeft: 1, secondsLeft: 1 }],
  ])('%s s → %o', (elapsed, expected) => {
    const moment = stepAt(steps, elapsed);
    expect(moment).not.toBeNull();
    expect(moment?.index).toBe(expected.index);
    expect(moment?.intoStep).toBeCloseTo(expected.intoStep, 6);
    expect(moment?.stepSecondsLeft).toBe(expected.stepSecondsLeft);
    expect(moment?.secondsLeft).toBe(expected.secondsLeft);
  });

  it.each([195, 196, 10_000])('%s s → over', (elapsed) => {
    expect(stepAt(steps, elapsed)).toBeNull();
  });

  it('adds up the steps', () => {
    expect(totalSeconds(steps)).toBe(195);
    expect(totalSeconds([])).toBe(0);
    expect(stepAt([], 0)).toBeNull();
  });
});

describe('pacerAt: the breathing phase from the seconds since the pacer began', () => {
  it.each<[Pacer, number, string, number, number]>([
    // pacer, seconds, phase, whole seconds left, breath
    [fourSix, 0, 'inhale', 4, 0],
    [fourSix, 0.5, 'inhale', 4, 0],
    [fourSix, 1, 'inhale', 3, 0],
    [fourSix, 3.9, 'inhale', 1, 0],
    [fourSix, 4, 'exhale', 6, 0],
    [fourSix, 9.99, 'exhale', 1, 0],
    [fourSix, 10, 'inhale', 4, 1],
    [fourSix, 25, 'exhale', 5, 2],
    [fourSix, -2, 'inhale', 4, 0],
    [box, 4, 'hold', 4, 0],
    [box, 8, 'exhale', 4, 0],
    [box, 12, 'holdAfter', 4, 0],
    [box, 15.5, 'holdAfter', 1, 0],
    [box, 16, 'inhale', 4, 1],
  ])('%o at %s s → %s, %s left, breath %s', (pacer, seconds, phase, left, breath) => {
    const moment = pacerAt(pacer, seconds);
    expect(moment.phase).toBe(phase);
    expect(moment.secondsLeft).toBe(left);
    expect(moment.breath).toBe(breath);
    expect(moment.progress).toBeGreaterThanOrEqual(0);
    expect(moment.progress).toBeLessThan(1);
  });

  it('reports how far through the phase it is', () => {
    expect(pacerAt(fourSix, 2).progress).toBeCloseTo(0.5);
    expect(pacerAt(fourSix, 7).progress).toBeCloseTo(0.5);
    expect(pacerAt(fourSix, 7).phaseSeconds).toBe(6);
  });
});

describe('the pace a couple chooses', () => {
  it.each<[number, Pacer]>([
    [0, fourSix],
    [1, { inhale: 5, hold: 0, exhale: 7, holdAfter: 0 }],
    [3, { inhale: 7, hold: 0, exhale: 9, holdAfter: 0 }],
    [9, { inhale: 7, hold: 0, exhale: 9, holdAfter: 0 }],
    [-1, { inhale: 3, hold: 0, exhale: 5, holdAfter: 0 }],
    [-2, { inhale: 2, hold: 0, exhale: 4, holdAfter: 0 }],
    [-5, { inhale: 2, hold: 0, exhale: 4, holdAfter: 0 }],
  ])('pace %s → %o', (pace, expected) => {
    expect(pacerAtPace(fourSix, pace)).toEqual(expected);
  });

  it('keeps holds as written and never makes a breath shorter than 2 seconds', () => {
    expect(pacerAtPace({ inhale: 3, hold: 2, exhale: 3, holdAfter: 1 }, -2)).toEqual({
      inhale: 2,
      hold: 2,
      exhale: 2,
      holdAfter: 1,
    });
    expect(breathSeconds(pacerAtPace(box, 2))).toBe(20);
  });

  it.each([
    [0, 0],
    [2.4, 2],
    [2.6, 3],
    [10, 3],
    [-10, -2],
  ])('clampPace(%s) → %s', (pace, expected) => {
    expect(clampPace(pace)).toBe(expected);
  });
});

const T0 = Date.parse('2026-03-02T12:00:00Z');
const S = 1000;

function run(overrides: Partial<RunTimes> = {}): RunTimes {
  return {
    invitedAt: T0,
    startedAt: null,
    stoppedAt: null,
    finishedAt: null,
    totalSeconds: 300,
    ...overrides,
  };
}

describe('runStatus: where a run stands', () => {
  const started = T0 + 60 * S;
  it.each<[string, RunTimes, number, RunStatus]>([
    ['waiting for the other', run(), T0 + 30 * S, 'invited'],
    ['invitation about to lapse', run(), T0 + INVITE_MINUTES * 60 * S - 1, 'invited'],
    ['invitation lapsed', run(), T0 + INVITE_MINUTES * 60 * S, 'expired'],
    ['count-in', run({ startedAt: started }), started - 1, 'starting'],
    ['first moment', run({ startedAt: started }), started, 'running'],
    ['late in', run({ startedAt: started }), started + 299 * S, 'running'],
    ['all steps done', run({ startedAt: started }), started + 300 * S, 'finished'],
    // A started run does not lapse like an invitation.
    ['long after', run({ startedAt: started, totalSeconds: 3600 }), T0 + 50 * 60 * S, 'running'],
    [
      'stopped',
      run({ startedAt: started, stoppedAt: started + 5 * S }),
      started + 6 * S,
      'stopped',
    ],
    ['stopped before joining', run({ stoppedAt: T0 + S }), T0 + 2 * S, 'stopped'],
    [
      'done early',
      run({ startedAt: started, finishedAt: started + 9 * S }),
      started + 10 * S,
      'finished',
    ],
  ])('%s → %s', (_label, times, now, expected) => {
    expect(runStatus(times, now)).toBe(expected);
  });

  it.each<[RunStatus, boolean]>([
    ['invited', true],
    ['starting', true],
    ['running', true],
    ['finished', false],
    ['stopped', false],
    ['expired', false],
  ])('%s holds the couple’s one place: %s', (status, active) => {
    expect(isActive(status)).toBe(active);
  });

  it('says when an invitation lapses', () => {
    expect(inviteExpiresAt(run())).toBe(T0 + INVITE_MINUTES * 60 * S);
  });
});

describe('applyRunAction: the state machine', () => {
  const now = T0 + 20 * S;
  const started = run({ startedAt: T0 + 10 * S });
  it.each<[string, RunTimes, RunAction, ReturnType<typeof applyRunAction>]>([
    ['consent to an invitation', run(), 'consent', { startedAt: now + START_LEAD_SECONDS * S }],
    ['consent again while starting', run({ startedAt: now + S }), 'consent', null],
    ['consent while running', started, 'consent', null],
    ['consent to a lapsed invitation', run({ invitedAt: T0 - 60 * 60 * S }), 'consent', null],
    ['consent after a stop', run({ stoppedAt: T0 + S }), 'consent', null],
    ['stop an invitation', run(), 'stop', { stoppedAt: now }],
    ['stop during the count-in', run({ startedAt: now + S }), 'stop', { stoppedAt: now }],
    ['stop while running', started, 'stop', { stoppedAt: now }],
    ['stop twice', run({ startedAt: T0, stoppedAt: T0 + S }), 'stop', null],
    ['stop a finished run', run({ startedAt: T0 - 400 * S }), 'stop', null],
    ['stop a lapsed invitation', run({ invitedAt: T0 - 60 * 60 * S }), 'stop', null],
    ['finish while running', started, 'finish', { finishedAt: now }],
    ['finish during the count-in', run({ startedAt: now + S }), 'finish', { finishedAt: now }],
    ['finish before both are ready', run(), 'finish', null],
    ['finish twice', run({ startedAt: T0, finishedAt: T0 + S }), 'finish', null],
    ['finish after a stop', run({ startedAt: T0, stoppedAt: T0 + S }), 'finish', null],
  ])('%s', (_label, times, action, expected) => {
    expect(applyRunAction(times, action, now)).toEqual(expected);
  });
});
