import { describe, expect, it } from 'vitest';
import {
  ABANDONED_AFTER_MS,
  type ActorRole,
  applyAction,
  clampTurnSeconds,
  elapsedAt,
  isPaused,
  type ListeningAction,
  type ListeningState,
  listenerAverage,
  mayChooseTopic,
  mayRate,
  newListeningState,
  type ReceivedRating,
  remainingAt,
  roleIn,
  roundToHalf,
  settle,
  type Turn,
} from './listening';

const T0 = new Date('2026-03-02T12:00:00.000Z');
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const TWO_MINUTES = 120_000;

/** A session moved along by the speaker's and listener's presses, at the given seconds after T0. */
function run(steps: [ListeningAction, Turn, ActorRole, number][], seconds = 120): ListeningState {
  let state = newListeningState(seconds, T0);
  for (const [action, turn, role, s] of steps) {
    const outcome = applyAction(state, { action, turn }, role, later(s));
    if (outcome.kind !== 'changed') throw new Error(`${action} at ${s}s: ${outcome.kind}`);
    state = outcome.state;
  }
  return state;
}

const speaking = () => run([['start', 1, 'speaker', 0]]);
const paused = () =>
  run([
    ['start', 1, 'speaker', 0],
    ['pause', 1, 'listener', 30],
  ]);
const reflecting1 = () =>
  run([
    ['start', 1, 'speaker', 0],
    ['reflect', 1, 'speaker', 60],
  ]);
const ready2 = () =>
  run([
    ['start', 1, 'speaker', 0],
    ['reflect', 1, 'speaker', 60],
    ['swap', 1, 'listener', 90],
  ]);
const reflecting2 = () =>
  run([
    ['start', 1, 'speaker', 0],
    ['reflect', 1, 'speaker', 60],
    ['swap', 1, 'listener', 90],
    ['start', 2, 'speaker', 100],
    ['reflect', 2, 'speaker', 150],
  ]);
const ended = () => run([['end', 1, 'listener', 10]]);

describe('clampTurnSeconds', () => {
  it.each([
    [60, 120],
    [120, 120],
    [180, 180],
    [300, 300],
    [900, 300],
    [150.4, 150],
    [Number.NaN, 120],
  ])('%s s → %s s', (input, expected) => {
    expect(clampTurnSeconds(input)).toBe(expected);
  });
});

describe('applyAction', () => {
  const fresh = () => newListeningState(120, T0);
  type Row = [
    name: string,
    from: () => ListeningState,
    action: ListeningAction,
    turn: Turn,
    role: ActorRole,
    expected: 'changed' | 'unchanged' | 'refused:role' | 'refused:phase',
    phase: ListeningState['phase'],
  ];
  const rows: Row[] = [
    ['the speaker starts their turn', fresh, 'start', 1, 'speaker', 'changed', 'speaking'],
    ['the listener cannot start it', fresh, 'start', 1, 'listener', 'refused:role', 'ready'],
    ['one shared device starts it', fresh, 'start', 1, 'both', 'changed', 'speaking'],
    ['a second start is a duplicate', speaking, 'start', 1, 'speaker', 'unchanged', 'speaking'],
    ['nothing to pause before the start', fresh, 'pause', 1, 'listener', 'refused:phase', 'ready'],
    ['the listener pauses', speaking, 'pause', 1, 'listener', 'changed', 'speaking'],
    ['the speaker pauses', speaking, 'pause', 1, 'speaker', 'changed', 'speaking'],
    ['a second pause is a duplicate', paused, 'pause', 1, 'speaker', 'unchanged', 'speaking'],
    ['either resumes', paused, 'resume', 1, 'listener', 'changed', 'speaking'],
    ['resume while running: nothing', speaking, 'resume', 1, 'speaker', 'unchanged', 'speaking'],
    ['the speaker finishes early', speaking, 'reflect', 1, 'speaker', 'changed', 'reflecting'],
    ['even when paused', paused, 'reflect', 1, 'speaker', 'changed', 'reflecting'],
    [
      'the listener cannot cut it short',
      speaking,
      'reflect',
      1,
      'listener',
      'refused:role',
      'speaking',
    ],
    ['no reflection before speaking', fresh, 'reflect', 1, 'speaker', 'refused:phase', 'ready'],
    ['no swap while speaking', speaking, 'swap', 1, 'listener', 'refused:phase', 'speaking'],
    ['either swaps after the reflection', reflecting1, 'swap', 1, 'listener', 'changed', 'ready'],
    ['a late swap of turn 1 is a duplicate', ready2, 'swap', 1, 'speaker', 'unchanged', 'ready'],
    [
      'no swap after the second turn',
      reflecting2,
      'swap',
      2,
      'speaker',
      'refused:phase',
      'reflecting',
    ],
    [
      'no finish after the first turn',
      reflecting1,
      'finish',
      1,
      'speaker',
      'refused:phase',
      'reflecting',
    ],
    ['either finishes after the second', reflecting2, 'finish', 2, 'listener', 'changed', 'ended'],
    ['a pause meant for turn 1 in turn 2', ready2, 'pause', 1, 'listener', 'unchanged', 'ready'],
    ['either ends before the start', fresh, 'end', 1, 'listener', 'changed', 'ended'],
    ['either ends while speaking', speaking, 'end', 1, 'listener', 'changed', 'ended'],
    ['end works whatever turn it names', ready2, 'end', 1, 'speaker', 'changed', 'ended'],
    ['a second end is a duplicate', ended, 'end', 1, 'speaker', 'unchanged', 'ended'],
    ['nothing moves an ended session', ended, 'start', 1, 'speaker', 'unchanged', 'ended'],
  ];
  it.each(rows)('%s', (_name, from, action, turn, role, expected, phase) => {
    const state = from();
    const soon = new Date(new Date(state.updatedAt).getTime() + 5000);
    const outcome = applyAction(state, { action, turn }, role, soon);
    const kind = outcome.kind === 'refused' ? `refused:${outcome.reason}` : outcome.kind;
    expect(kind).toBe(expected);
    expect(outcome.state.phase).toBe(phase);
  });

  it('leaves the stored state as it was when nothing changes', () => {
    const state = paused();
    const outcome = applyAction(state, { action: 'pause', turn: 1 }, 'listener', later(40));
    expect(outcome.state).toEqual(state);
  });
});

describe('the timer', () => {
  it('counts down from the turn length while running, and stands still while paused', () => {
    const state = speaking();
    expect(remainingAt(state, later(0))).toBe(TWO_MINUTES);
    expect(remainingAt(state, later(30))).toBe(90_000);
    const held = paused();
    expect(isPaused(held)).toBe(true);
    expect(held.pausedAt).toBe(later(30).toISOString());
    expect(remainingAt(held, later(30))).toBe(90_000);
    expect(remainingAt(held, later(600))).toBe(90_000);
    const resumed = applyAction(held, { action: 'resume', turn: 1 }, 'speaker', later(100));
    expect(remainingAt(resumed.state, later(110))).toBe(80_000);
  });

  it('gives every device the same reading from the stored values alone', () => {
    const state = paused();
    const copy = JSON.parse(JSON.stringify(state)) as ListeningState;
    expect(elapsedAt(copy, later(500))).toBe(elapsedAt(state, later(500)));
  });

  it('moves to the reflection when the time is up, from the moment it ran out', () => {
    const state = settle(speaking(), later(121));
    expect(state.phase).toBe('reflecting');
    expect(state.updatedAt).toBe(later(120).toISOString());
    expect(remainingAt(state, later(121))).toBe(0);
    // A pause pressed just after the time ran out changes nothing.
    expect(applyAction(speaking(), { action: 'pause', turn: 1 }, 'listener', later(125)).kind).toBe(
      'unchanged',
    );
  });

  it('counts the paused stretch out of the time', () => {
    const state = run([
      ['start', 1, 'speaker', 0],
      ['pause', 1, 'listener', 60],
      ['resume', 1, 'listener', 600],
    ]);
    expect(settle(state, later(650)).phase).toBe('speaking');
    expect(settle(state, later(660)).phase).toBe('reflecting');
  });

  it('resets for the second speaker, at the same length', () => {
    const state = ready2();
    expect(state.turn).toBe(2);
    expect(remainingAt(state, later(95))).toBe(TWO_MINUTES);
  });

  it('ends a session left untouched, from the moment it was left', () => {
    const state = paused();
    const left = settle(state, new Date(later(30).getTime() + ABANDONED_AFTER_MS));
    expect(left.phase).toBe('ended');
    expect(left.completed).toBe(false);
    expect(settle(state, new Date(later(29).getTime() + ABANDONED_AFTER_MS)).phase).toBe(
      'speaking',
    );
  });
});

describe('completion, topics and ratings', () => {
  it.each([
    ['ended before anyone spoke', () => newListeningState(120, T0), false],
    ['ended in the second reflection', reflecting2, true],
    ['ended during the first turn', speaking, false],
  ] as const)('%s', (_name, from, completed) => {
    const outcome = applyAction(from(), { action: 'end', turn: 2 }, 'listener', later(200));
    expect(outcome.state.completed).toBe(completed);
  });

  it.each([
    ['before anyone spoke', () => newListeningState(120, T0), [true, true], [false, false]],
    ['while the first speaks', speaking, [false, true], [false, false]],
    ['ready for the second', ready2, [false, true], [false, false]],
    [
      'ended early, after one turn',
      () => applyAction(reflecting1(), { action: 'end', turn: 1 }, 'speaker', later(100)).state,
      [false, false],
      [true, false],
    ],
    [
      'ended after both turns',
      () => applyAction(reflecting2(), { action: 'finish', turn: 2 }, 'speaker', later(200)).state,
      [false, false],
      [true, true],
    ],
  ] as const)('topic and rating %s', (_name, from, topic, rate) => {
    const state = from();
    expect([mayChooseTopic(state, 1), mayChooseTopic(state, 2)]).toEqual(topic);
    expect([mayRate(state, 1), mayRate(state, 2)]).toEqual(rate);
  });

  it.each([
    [1, 'a', 'speaker'],
    [1, 'b', 'listener'],
    [2, 'a', 'listener'],
    [2, 'b', 'speaker'],
    [1, 'c', null],
  ] as const)('turn %s: %s is the %s', (turn, person, role) => {
    expect(roleIn(turn, person, { first: 'a', second: 'b' })).toBe(role);
  });
});

describe('the listener’s average', () => {
  const WEEK = '2026-03-09';
  const r = (rating: number, day: string, at = `${day}T10:00:00Z`): ReceivedRating => ({
    rating,
    day,
    at,
  });

  it.each([
    [4.24, 4],
    [4.25, 4.5],
    [4.74, 4.5],
    [4.75, 5],
    [1, 1],
  ])('rounds %s to %s', (value, expected) => {
    expect(roundToHalf(value)).toBe(expected);
  });

  it.each([
    ['nothing before three ratings', [r(5, '2026-03-02'), r(4, '2026-03-03')], null],
    ['three before this week', [r(5, '2026-03-02'), r(4, '2026-03-03'), r(4, '2026-03-04')], 4.5],
    [
      'not the ones given this week',
      [r(5, '2026-03-02'), r(4, '2026-03-03'), r(4, '2026-03-09'), r(2, '2026-03-10')],
      null,
    ],
    [
      'whole steps of three, oldest first',
      [r(5, '2026-02-23'), r(5, '2026-02-24'), r(5, '2026-02-25'), r(1, '2026-03-02')],
      5,
    ],
    [
      'six make two steps',
      [
        r(5, '2026-02-23'),
        r(5, '2026-02-24'),
        r(5, '2026-02-25'),
        r(1, '2026-03-02'),
        r(1, '2026-03-03'),
        r(1, '2026-03-04'),
      ],
      3,
    ],
  ] as const)('%s', (_name, ratings, expected) => {
    expect(listenerAverage(ratings, WEEK)).toBe(expected);
  });

  it('never changes with one new rating, in its week or the next, until a step is whole', () => {
    const before = [r(5, '2026-02-23'), r(4, '2026-02-24'), r(5, '2026-02-25')];
    const shown = listenerAverage(before, '2026-03-02');
    for (const value of [1, 2, 3, 4, 5]) {
      const after = [...before, r(value, '2026-03-03')];
      // The week it was given, and the weeks after while it is the only new one.
      expect(listenerAverage(after, '2026-03-02')).toBe(shown);
      expect(listenerAverage(after, '2026-03-09')).toBe(shown);
      expect(listenerAverage(after, '2026-04-06')).toBe(shown);
      // A second new one still changes nothing.
      expect(listenerAverage([...after, r(5, '2026-03-04')], '2026-03-09')).toBe(shown);
    }
  });

  it('orders ratings of one day by the time they were given', () => {
    const ratings = [
      r(1, '2026-03-02', '2026-03-02T18:00:00Z'),
      r(5, '2026-03-02', '2026-03-02T08:00:00Z'),
      r(5, '2026-03-02', '2026-03-02T09:00:00Z'),
      r(5, '2026-03-02', '2026-03-02T10:00:00Z'),
    ];
    expect(listenerAverage(ratings, WEEK)).toBe(5);
  });
});
