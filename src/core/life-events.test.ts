import { describe, expect, it } from 'vitest';
import {
  activeKinds,
  adjustFocus,
  adjustRhythm,
  combineEffects,
  holdsDuring,
  holdsOn,
  kindBit,
  kindsFromMask,
  LIFE_EVENT_EFFECTS,
  LIFE_EVENT_KINDS,
  type LifeEventKind,
  type LifeEventSpan,
  lastChange,
  NO_EFFECT,
  RECHECK_AFTER_CHANGE_DAYS,
  recheckDue,
} from './life-events';
import { buildPlan, type RhythmEntry } from './plan';
import { type CauseAnswer, scoreCheck } from './scoring';

const entry = (over: Partial<RhythmEntry> & Pick<RhythmEntry, 'id'>): RhythmEntry => ({
  cadence: 'daily',
  timesPerWeek: 7,
  minutes: 5,
  track: 3,
  together: true,
  ...over,
});

const usualRhythm: RhythmEntry[] = [
  entry({ id: 'daily-question', minutes: 5 }),
  entry({ id: 'small-gesture', minutes: 1, track: 4 }),
  entry({ id: 'active-listening', cadence: 'weekly', timesPerWeek: 1, minutes: 20 }),
  entry({ id: 'weekly-checkin', cadence: 'weekly', timesPerWeek: 1, minutes: 20 }),
  entry({ id: 'novelty-challenge', cadence: 'weekly', timesPerWeek: 1, minutes: 30, track: 6 }),
  entry({ id: 'date-or-shared-time', cadence: 'weekly', timesPerWeek: 1, minutes: 90, track: 4 }),
  entry({ id: 'weekly-pulse', cadence: 'weekly', timesPerWeek: 1, minutes: 2, track: 8 }),
];

const shape = (rhythm: RhythmEntry[]) =>
  Object.fromEntries(rhythm.map((r) => [r.id, `${r.timesPerWeek}x${r.minutes}`]));

describe('life event effects', () => {
  it('gives every kind an effect, and only "long distance" asks for versions that work apart', () => {
    for (const kind of LIFE_EVENT_KINDS) {
      expect(LIFE_EVENT_EFFECTS[kind]).toBeDefined();
      expect(LIFE_EVENT_EFFECTS[kind].apart).toBe(kind === 'long-distance');
    }
  });

  it.each<[string, LifeEventKind[], Record<string, string>]>([
    ['no event', [], shape(usualRhythm)],
    [
      'a new job: fewer and shorter, nothing set aside',
      ['new-job'],
      {
        'daily-question': '5x3',
        'small-gesture': '5x1',
        'active-listening': '1x10',
        'weekly-checkin': '1x10',
        'novelty-challenge': '1x20',
        'date-or-shared-time': '1x55',
        'weekly-pulse': '1x2',
      },
    ],
    [
      'a new baby: much lighter, the challenge and listening set aside',
      ['new-baby'],
      {
        'daily-question': '3x3',
        'small-gesture': '3x1',
        'weekly-checkin': '1x10',
        'date-or-shared-time': '1x45',
        'weekly-pulse': '1x2',
      },
    ],
    ['long distance: the same rhythm', ['long-distance'], shape(usualRhythm)],
    [
      'a move and an illness: the heavier load and both pauses',
      ['move', 'illness'],
      {
        'daily-question': '3x3',
        'small-gesture': '3x1',
        'weekly-checkin': '1x10',
        'date-or-shared-time': '1x45',
        'weekly-pulse': '1x2',
      },
    ],
  ])('%s', (_name, kinds, expected) => {
    expect(shape(adjustRhythm(usualRhythm, combineEffects(kinds)))).toEqual(expected);
  });

  it.each<[number, number, string]>([
    // minutes, share → result: long ones to whole five minutes, short ones to whole minutes
    [90, 0.5, '45'],
    [90, 0.6, '55'],
    [20, 0.5, '10'],
    [10, 0.5, '5'],
    [5, 0.6, '3'],
    [2, 0.5, '1'],
    [1, 0.5, '1'],
  ])('shortens %i minutes at %f to %s', (minutes, share, expected) => {
    const load = share === 0.5 ? 'much-lighter' : 'lighter';
    const [out] = adjustRhythm([entry({ id: 'weekly-checkin', minutes })], {
      ...NO_EFFECT,
      load,
    });
    expect(String(out?.minutes)).toBe(expected);
  });

  it('never changes the weekly pulse or the support entry', () => {
    const steady = [
      entry({ id: 'weekly-pulse', cadence: 'weekly', timesPerWeek: 1, minutes: 2 }),
      entry({ id: 'support-resources', cadence: 'weekly', timesPerWeek: 1, minutes: 5 }),
    ];
    const effect = { ...NO_EFFECT, load: 'much-lighter' as const, pause: steady.map((s) => s.id) };
    expect(adjustRhythm(steady, effect)).toEqual(steady);
  });

  it('combines several events: heaviest load, favourites in canonical order, apart if any is', () => {
    expect(combineEffects(['long-distance', 'new-job'])).toEqual({
      load: 'lighter',
      favour: [3, 5],
      pause: [],
      apart: true,
    });
    expect(combineEffects(['bereavement', 'new-baby'])).toEqual({
      load: 'much-lighter',
      favour: [4, 5, 7],
      pause: ['novelty-challenge', 'active-listening'],
      apart: false,
    });
    expect(combineEffects([])).toEqual(NO_EFFECT);
  });

  it.each<[number[], LifeEventKind[], number[]]>([
    [[3, 5, 8], [], [3, 5, 8]],
    [[3, 5, 8], ['new-baby'], [4, 5, 3]],
    [[6, 4, 3], ['bereavement'], [5, 7, 6]],
    [[3, 4, 8], ['other'], [3, 4, 8]],
  ])('focus %j with %j becomes %j', (focus, kinds, expected) => {
    expect(adjustFocus(focus as never, combineEffects(kinds))).toEqual(expected);
  });
});

describe('when an event holds', () => {
  const baby: LifeEventSpan = { kind: 'new-baby', startsOn: '2026-03-02', endedOn: null };
  const move: LifeEventSpan = { kind: 'move', startsOn: '2026-02-10', endedOn: '2026-03-01' };

  it.each<[LifeEventSpan, string, boolean]>([
    [baby, '2026-03-01', false],
    [baby, '2026-03-02', true],
    [baby, '2027-01-01', true],
    [move, '2026-02-10', true],
    [move, '2026-02-28', true],
    // The day it was over, it no longer holds.
    [move, '2026-03-01', false],
  ])('%j on %s: %s', (event, day, expected) => {
    expect(holdsOn(event, day)).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ['2026-02-02', '2026-02-08', false],
    ['2026-02-09', '2026-02-15', true],
    ['2026-02-23', '2026-03-01', true],
    ['2026-03-02', '2026-03-08', false],
  ])('the move during %s – %s: %s', (from, to, expected) => {
    expect(holdsDuring(move, from, to)).toBe(expected);
  });

  it('lists the kinds that hold in canonical order, each once', () => {
    const events: LifeEventSpan[] = [
      { kind: 'other', startsOn: '2026-01-01', endedOn: null },
      baby,
      { kind: 'new-baby', startsOn: '2026-01-05', endedOn: null },
      move,
    ];
    expect(activeKinds(events, '2026-03-05')).toEqual(['new-baby', 'other']);
    expect(activeKinds(events, '2026-02-20')).toEqual(['new-baby', 'move', 'other']);
  });

  it.each<[string, string | null]>([
    ['2026-02-09', null],
    ['2026-02-10', '2026-02-10'],
    ['2026-03-01', '2026-03-01'],
    ['2026-03-05', '2026-03-02'],
  ])('the last change on or before %s is %s', (day, expected) => {
    expect(lastChange([baby, move], day)).toBe(expected);
  });
});

describe('the re-check after a change', () => {
  const lastCheckAt = '2026-03-02T12:00:00.000Z';
  const usualDue = '2026-04-06T12:00:00.000Z'; // 35 days later

  it.each<[string, string | null, string | null]>([
    ['no change', null, usualDue],
    ['a change before the last check', '2026-02-20', usualDue],
    ['a change on the day of the check, before it', '2026-03-02', usualDue],
    ['a change three days after: four weeks after it', '2026-03-05', '2026-04-02T00:00:00.000Z'],
    ['a change three weeks after: the usual one comes first', '2026-03-23', usualDue],
  ])('%s', (_name, lastChangeDay, expected) => {
    expect(recheckDue({ usualDue, lastCheckAt, lastChangeDay })).toBe(expected);
  });

  it('asks for no re-check before a first check', () => {
    expect(recheckDue({ usualDue: null, lastCheckAt: null, lastChangeDay: '2026-03-05' })).toBe(
      null,
    );
    expect(RECHECK_AFTER_CHANGE_DAYS).toBe(28);
  });
});

describe('kinds as a bit mask', () => {
  it('round-trips every set of kinds in canonical order', () => {
    for (let mask = 0; mask < 2 ** LIFE_EVENT_KINDS.length; mask += 37) {
      const kinds = kindsFromMask(mask);
      expect(kinds.reduce((sum, k) => sum + kindBit(k), 0)).toBe(mask);
    }
    expect(kindsFromMask(kindBit('move') + kindBit('new-baby'))).toEqual(['new-baby', 'move']);
  });
});

describe('the plan with life events', () => {
  const busy = (): ReturnType<typeof scoreCheck> => {
    const causes: CauseAnswer[] = [{ cause: 'x', group: 'routine', weight: 3 }];
    return scoreCheck([], causes, []);
  };

  it('is reshaped and says what for; the individual track is left as it is', () => {
    const usual = buildPlan({ mine: busy(), partner: null, linked: true, route: 'together' });
    const adjusted = buildPlan({
      mine: busy(),
      partner: null,
      linked: true,
      route: 'together',
      lifeEvents: ['new-baby'],
    });
    expect(usual.adjustedFor).toEqual([]);
    expect(usual.rhythm.map((r) => r.id)).toContain('novelty-challenge');
    expect(adjusted.adjustedFor).toEqual(['new-baby']);
    expect(adjusted.rhythm.map((r) => r.id)).not.toContain('novelty-challenge');
    expect(adjusted.focus[0]).toBe(4);
    const total = (p: typeof usual) => p.rhythm.reduce((s, r) => s + r.minutes * r.timesPerWeek, 0);
    expect(total(adjusted)).toBeLessThan(total(usual) / 2);

    const individual = buildPlan({
      mine: busy(),
      partner: null,
      linked: true,
      route: 'individual',
      lifeEvents: ['new-baby'],
    });
    expect(individual.adjustedFor).toEqual([]);
    expect(individual.focus).toEqual([7, 1]);
  });
});
