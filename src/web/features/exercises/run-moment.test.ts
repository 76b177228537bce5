import { describe, expect, it } from 'vitest';
import type { Exercise } from '../../../shared/exercises-api';
import { clockOffset, clockText, momentAt } from './run-moment';

const exercise: Exercise = {
  id: 'ex-test',
  title: 'Test',
  summary: 'A test exercise for the run screen.',
  category: 'breathing',
  kinds: ['physical'],
  minutes: 2,
  distance: false,
  paced: true,
  consent: 'Before you start: either of you can stop.',
  adapt: 'Any position works for this one.',
  steps: [
    { text: 'Settle in.', seconds: 20, paced: false },
    { text: 'Breathe with the circle.', seconds: 60, paced: true },
    { text: 'Rest.', seconds: 20, paced: false },
  ],
  pacer: { inhale: 4, hold: 0, exhale: 6, holdAfter: 0 },
  songs: [],
};
const startedAt = '2026-03-02T12:00:00.000Z';
const T = Date.parse(startedAt);
const run = { startedAt, pace: 0, exercise };

describe('momentAt', () => {
  it('is nothing before both are ready', () => {
    expect(momentAt({ ...run, startedAt: null }, T)).toBeNull();
  });

  it.each([
    [-3000, 3],
    [-2500, 3],
    [-2000, 2],
    [-1, 1],
  ])('counts in at %s ms: %s', (ms, left) => {
    expect(momentAt(run, T + ms)).toEqual({ kind: 'count-in', secondsLeft: left });
  });

  it.each<[number, number, number, string | null, number | null]>([
    // seconds since start, step, seconds left in all, pacer phase, pacer count
    [0, 0, 100, null, null],
    [19.5, 0, 81, null, null],
    [20, 1, 80, 'inhale', 4],
    [23, 1, 77, 'inhale', 1],
    [24, 1, 76, 'exhale', 6],
    [30, 1, 70, 'inhale', 4],
    [80, 2, 20, null, null],
  ])('at %s s: step %s, %s s left, pacer %s %s', (s, index, left, phase, count) => {
    const moment = momentAt(run, T + s * 1000);
    if (moment?.kind !== 'step') throw new Error('expected a step');
    expect(moment.step.index).toBe(index);
    expect(moment.step.secondsLeft).toBe(left);
    expect(moment.step.count).toBe(3);
    expect(moment.pacer?.phase ?? null).toBe(phase);
    expect(moment.pacer?.secondsLeft ?? null).toBe(count);
  });

  it('follows the pace the couple chose', () => {
    const slower = momentAt({ ...run, pace: 2 }, T + 25_000);
    if (slower?.kind !== 'step') throw new Error('expected a step');
    expect(slower.pacer).toMatchObject({ phase: 'inhale', secondsLeft: 1, phaseSeconds: 6 });
  });

  it('is over after the last step', () => {
    expect(momentAt(run, T + 100_000)).toEqual({ kind: 'over' });
  });
});

describe('clocks', () => {
  it('lines a device clock up with the server', () => {
    expect(clockOffset('2026-03-02T12:00:05.000Z', T)).toBe(5000);
    expect(clockOffset('2026-03-02T11:59:58.000Z', T)).toBe(-2000);
  });

  it.each([
    [0, '0:00'],
    [4.2, '0:05'],
    [65, '1:05'],
    [600, '10:00'],
    [-3, '0:00'],
  ])('%s s → %s', (seconds, text) => {
    expect(clockText(seconds)).toBe(text);
  });
});
