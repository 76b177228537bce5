import { describe, expect, it } from 'vitest';
import { clockParts, clockText, pickSome, remainingMs, timerStatus } from './listening-logic';

describe('remainingMs', () => {
  const timer = { turnMs: 120_000, elapsedMs: 30_000, running: true, at: '' };
  it.each([
    ['counts on while running', timer, 1_000, 89_000],
    ['stands still while paused', { ...timer, running: false }, 50_000, 90_000],
    ['never goes below zero', timer, 500_000, 0],
    ['ignores a clock that went back', timer, -5_000, 90_000],
  ] as const)('%s', (_name, t, after, expected) => {
    expect(remainingMs(t, 10_000, 10_000 + after)).toBe(expected);
  });
});

describe('clockText', () => {
  it.each([
    [120_000, '2:00'],
    [119_001, '2:00'],
    [65_000, '1:05'],
    [500, '0:01'],
    [0, '0:00'],
    [-3, '0:00'],
  ])('%s ms → %s', (ms, text) => {
    expect(clockText(ms)).toBe(text);
    const { minutes, seconds } = clockParts(ms);
    expect(`${minutes}:${String(seconds).padStart(2, '0')}`).toBe(text);
  });
});

describe('pickSome', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  it('gives the number asked for, without repeats', () => {
    const picked = pickSome(items, 3);
    expect(picked).toHaveLength(3);
    expect(new Set(picked).size).toBe(3);
  });

  it('shows other ones than last time when it can', () => {
    const first = pickSome(items, 3, [], () => 0.3);
    const next = pickSome(items, 3, first, () => 0.3);
    expect(next.some((item) => first.includes(item))).toBe(false);
  });

  it('falls back to all of them when few are left', () => {
    expect(pickSome(['a', 'b'], 3, ['a'])).toHaveLength(2);
    expect(pickSome([], 3)).toEqual([]);
  });
});

describe('timerStatus', () => {
  const timer = { turnMs: 120_000, elapsedMs: 0, running: false, at: '' };
  it.each([
    ['ready for the speaker', 'ready', false, timer, 'ready'],
    ['running', 'speaking', false, { ...timer, elapsedMs: 5_000, running: true }, 'running'],
    ['paused', 'speaking', true, { ...timer, elapsedMs: 5_000 }, 'paused'],
    ['the whole turn used', 'reflecting', false, { ...timer, elapsedMs: 120_000 }, 'timeUp'],
    [
      'ended early by "I\'m done"',
      'reflecting',
      false,
      { ...timer, elapsedMs: 5_000 },
      'turnEnded',
    ],
    [
      'ended a moment before the end',
      'reflecting',
      false,
      { ...timer, elapsedMs: 119_500 },
      'turnEnded',
    ],
  ] as const)('%s', (_name, phase, paused, t, expected) => {
    expect(timerStatus({ phase, paused, timer: t })).toBe(expected);
  });
});
