import { describe, expect, it } from 'vitest';
import {
  type AgreementHistory,
  agreementStatus,
  agreementsToReview,
  type CheckinStep,
  checkinIsNear,
  currentCheckin,
  endOfLocalDay,
  isNoteRevealed,
  moveStep,
  type NoteKey,
  nextDayOnWeekday,
  staleConcerns,
  type Weekday,
  weekdayOf,
  weekNumber,
  zonedInstant,
} from './checkin';

describe('zonedInstant: the local time stays, the UTC instant moves', () => {
  it.each([
    // Berlin: CET (+1) until 29 March 2026, CEST (+2) after; back on 25 October.
    ['2026-03-22', '19:00', 'Europe/Berlin', '2026-03-22T18:00:00.000Z'],
    ['2026-03-29', '19:00', 'Europe/Berlin', '2026-03-29T17:00:00.000Z'],
    ['2026-10-18', '19:00', 'Europe/Berlin', '2026-10-18T17:00:00.000Z'],
    ['2026-10-25', '19:00', 'Europe/Berlin', '2026-10-25T18:00:00.000Z'],
    // 02:30 does not exist on the spring-forward night: it moves forward to 03:30 CEST.
    ['2026-03-29', '02:30', 'Europe/Berlin', '2026-03-29T01:30:00.000Z'],
    ['2026-03-29', '02:00', 'Europe/Berlin', '2026-03-29T01:00:00.000Z'],
    ['2026-03-29', '03:00', 'Europe/Berlin', '2026-03-29T01:00:00.000Z'],
    // 02:30 happens twice on the fall-back night: the first one (still CEST).
    ['2026-10-25', '02:30', 'Europe/Berlin', '2026-10-25T00:30:00.000Z'],
    // New York: EST (−5) until 8 March 2026, EDT (−4) after; back on 1 November.
    ['2026-03-07', '20:00', 'America/New_York', '2026-03-08T01:00:00.000Z'],
    ['2026-03-08', '20:00', 'America/New_York', '2026-03-09T00:00:00.000Z'],
    ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
    ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'],
    ['2026-11-01', '20:00', 'America/New_York', '2026-11-02T01:00:00.000Z'],
    // No daylight saving, half-hour and far-east offsets.
    ['2026-03-02', '09:15', 'Asia/Kolkata', '2026-03-02T03:45:00.000Z'],
    ['2026-03-02', '00:00', 'UTC', '2026-03-02T00:00:00.000Z'],
    ['2026-03-02', '08:00', 'Pacific/Kiritimati', '2026-03-01T18:00:00.000Z'],
  ])('%s %s in %s is %s', (day, time, zone, expected) => {
    expect(zonedInstant(day, time, zone).toISOString()).toBe(expected);
  });

  it('ends a day at the next midnight, or what stands for it when midnight is skipped', () => {
    expect(endOfLocalDay('2026-03-28', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-28T23:00:00.000Z',
    );
    expect(endOfLocalDay('2026-03-29', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    );
    // Havana moves its clocks at midnight: 8 March starts at 01:00.
    expect(endOfLocalDay('2026-03-07', 'America/Havana').toISOString()).toBe(
      '2026-03-08T05:00:00.000Z',
    );
  });
});

describe('weekdays and weeks', () => {
  it.each([
    ['2026-03-02', 1],
    ['2026-03-07', 6],
    ['2026-03-08', 7],
    ['2026-12-31', 4],
  ] as const)('%s is weekday %i', (day, weekday) => {
    expect(weekdayOf(day)).toBe(weekday);
  });

  it.each([
    ['2026-03-02', 1, '2026-03-02'],
    ['2026-03-02', 7, '2026-03-08'],
    ['2026-03-08', 1, '2026-03-09'],
    ['2026-12-30', 5, '2027-01-01'],
  ] as const)('from %s the next weekday %i is %s', (from, weekday, expected) => {
    expect(nextDayOnWeekday(from, weekday as Weekday)).toBe(expected);
  });

  it('counts ISO weeks in a row, across a year end', () => {
    expect(weekNumber('2026-03-08') - weekNumber('2026-03-02')).toBe(0);
    expect(weekNumber('2026-03-09') - weekNumber('2026-03-08')).toBe(1);
    expect(weekNumber('2027-01-04') - weekNumber('2026-12-31')).toBe(1);
  });
});

describe('currentCheckin', () => {
  const sundayEvening = { weekday: 7 as Weekday, time: '19:00' };
  const base = {
    schedule: sundayEvening,
    timeZone: 'Europe/Berlin',
    lastFinishedDay: null,
    inProgressDay: null,
  };
  it.each([
    [
      'the coming Sunday, across the change to summer time',
      '2026-03-27T10:00:00Z',
      {},
      '2026-03-29',
      '2026-03-29T17:00:00.000Z',
    ],
    [
      'the day itself, after the planned time',
      '2026-03-29T21:30:00Z',
      {},
      '2026-03-29',
      '2026-03-29T17:00:00.000Z',
    ],
    [
      'next week once the day has ended locally',
      '2026-03-29T22:30:00Z',
      {},
      '2026-04-05',
      '2026-04-05T17:00:00.000Z',
    ],
    [
      'next week once this one is finished',
      '2026-03-29T18:00:00Z',
      { lastFinishedDay: '2026-03-29' },
      '2026-04-05',
      '2026-04-05T17:00:00.000Z',
    ],
    [
      'one under way stays current all day',
      '2026-03-29T20:00:00Z',
      { inProgressDay: '2026-03-29' },
      '2026-03-29',
      '2026-03-29T17:00:00.000Z',
    ],
    [
      'one begun early is current before its day',
      '2026-03-28T20:00:00Z',
      { inProgressDay: '2026-03-29' },
      '2026-03-29',
      '2026-03-29T17:00:00.000Z',
    ],
    [
      'one left under way is over once its day ends',
      '2026-03-30T08:00:00Z',
      { inProgressDay: '2026-03-29' },
      '2026-04-05',
      '2026-04-05T17:00:00.000Z',
    ],
    [
      'winter time again in late October',
      '2026-10-24T12:00:00Z',
      {},
      '2026-10-25',
      '2026-10-25T18:00:00.000Z',
    ],
  ])('%s', (_label, now, extra, day, at) => {
    const current = currentCheckin({ ...base, ...extra, now: new Date(now) });
    expect(current.day).toBe(day);
    expect(current.at.toISOString()).toBe(at);
  });

  it('keeps the couple’s local time in New York across both changes', () => {
    const nyc = {
      ...base,
      timeZone: 'America/New_York',
      schedule: { weekday: 6 as Weekday, time: '09:30' },
    };
    const times = ['2026-03-05', '2026-03-12', '2026-10-29', '2026-11-05'].map((from) =>
      currentCheckin({ ...nyc, now: new Date(`${from}T12:00:00Z`) }).at.toISOString(),
    );
    expect(times).toEqual([
      '2026-03-07T14:30:00.000Z',
      '2026-03-14T13:30:00.000Z',
      '2026-10-31T13:30:00.000Z',
      '2026-11-07T14:30:00.000Z',
    ]);
  });

  it.each([
    ['2026-03-08', '2026-03-08', 'today'],
    ['2026-03-09', '2026-03-08', 'tomorrow'],
    ['2026-03-10', '2026-03-08', null],
  ] as const)('a check-in on %s seen on %s is %s', (day, today, near) => {
    expect(checkinIsNear(day, today)).toBe(near);
  });
});

describe('focus mode', () => {
  it.each([
    ['waiting', 'next', 'appreciations'],
    ['appreciations', 'next', 'successes'],
    ['successes', 'next', 'concerns'],
    ['concerns', 'next', 'goals'],
    ['goals', 'next', 'agreements'],
    ['agreements', 'next', 'done'],
    ['done', 'next', 'done'],
    ['done', 'back', 'done'],
    ['appreciations', 'back', 'appreciations'],
    ['waiting', 'back', 'waiting'],
    ['goals', 'back', 'concerns'],
  ] as const)('%s, %s → %s', (from, direction, to) => {
    expect(moveStep(from, direction)).toBe(to);
  });

  const cases: [NoteKey, CheckinStep, boolean, boolean][] = [
    ['appreciation', 'waiting', false, false],
    ['appreciation', 'appreciations', false, true],
    ['success', 'appreciations', false, false],
    ['success', 'successes', false, true],
    ['appreciation', 'goals', false, true],
    ['concern', 'successes', false, false],
    ['concern', 'concerns', false, true],
    ['concern', 'concerns', true, false],
    ['concern', 'done', true, false],
    ['goals', 'concerns', false, false],
    ['goals', 'goals', false, true],
    ['goals', 'done', false, true],
  ];
  it.each(cases)('%s at %s (kept private: %s) is revealed: %s', (note, step, kept, revealed) => {
    expect(isNoteRevealed(note, step, kept)).toBe(revealed);
  });
});

describe('agreements carry over', () => {
  const made = (id: string, madeDay: string, reviews: AgreementHistory['reviews'] = []) => ({
    id,
    madeDay,
    reviews,
  });
  it.each([
    ['made this week: not reviewed yet', [made('a', '2026-03-08')], '2026-03-08', []],
    [
      'made last week: back for review',
      [made('a', '2026-03-01')],
      '2026-03-08',
      [{ id: 'a', outcome: null }],
    ],
    [
      'reviewed here: shown with its outcome',
      [made('a', '2026-03-01', [{ day: '2026-03-08', outcome: 'kept' }])],
      '2026-03-08',
      [{ id: 'a', outcome: 'kept' }],
    ],
    [
      'kept last week: rests',
      [made('a', '2026-02-22', [{ day: '2026-03-01', outcome: 'kept' }])],
      '2026-03-08',
      [],
    ],
    [
      '"partly" carries again',
      [made('a', '2026-02-22', [{ day: '2026-03-01', outcome: 'partly' }])],
      '2026-03-08',
      [{ id: 'a', outcome: null }],
    ],
    [
      '"not yet" carries again, and again',
      [
        made('a', '2026-02-15', [
          { day: '2026-02-22', outcome: 'not-yet' },
          { day: '2026-03-01', outcome: 'not-yet' },
        ]),
      ],
      '2026-03-08',
      [{ id: 'a', outcome: null }],
    ],
    [
      'a skipped week does not lose it',
      [made('a', '2026-02-15')],
      '2026-03-08',
      [{ id: 'a', outcome: null }],
    ],
    [
      'a later review does not change an earlier week',
      [made('a', '2026-02-22', [{ day: '2026-03-08', outcome: 'kept' }])],
      '2026-03-01',
      [{ id: 'a', outcome: null }],
    ],
  ] as const)('%s', (_label, agreements, day, expected) => {
    expect(agreementsToReview(agreements, day)).toEqual(expected);
  });

  it('reads the status from the latest review', () => {
    expect(agreementStatus(made('a', '2026-02-15'))).toBe('open');
    expect(
      agreementStatus(
        made('a', '2026-02-15', [
          { day: '2026-03-01', outcome: 'kept' },
          { day: '2026-02-22', outcome: 'not-yet' },
        ]),
      ),
    ).toBe('kept');
  });
});

describe('a concern left open three weeks in a row', () => {
  it.each([
    [
      'two weeks is not yet',
      [
        ['c', '2026-03-01'],
        ['c', '2026-03-08'],
      ],
      [],
    ],
    [
      'three weeks in a row',
      [
        ['c', '2026-03-01'],
        ['c', '2026-03-08'],
        ['c', '2026-03-15'],
      ],
      ['c'],
    ],
    [
      'a moved day is still the next week',
      [
        ['c', '2026-03-01'],
        ['c', '2026-03-04'],
        ['c', '2026-03-14'],
      ],
      ['c'],
    ],
    [
      'twice in one week counts once',
      [
        ['c', '2026-03-02'],
        ['c', '2026-03-08'],
        ['c', '2026-03-15'],
      ],
      [],
    ],
    [
      'a gap breaks the run',
      [
        ['c', '2026-03-01'],
        ['c', '2026-03-08'],
        ['c', '2026-03-22'],
      ],
      [],
    ],
    [
      'a later run of three counts',
      [
        ['c', '2026-02-01'],
        ['c', '2026-03-01'],
        ['c', '2026-03-08'],
        ['c', '2026-03-15'],
      ],
      ['c'],
    ],
    [
      'different concerns do not add up',
      [
        ['a', '2026-03-01'],
        ['b', '2026-03-08'],
        ['a', '2026-03-15'],
      ],
      [],
    ],
    [
      'across a year end',
      [
        ['c', '2026-12-20'],
        ['c', '2026-12-27'],
        ['c', '2027-01-03'],
      ],
      ['c'],
    ],
  ] as const)('%s', (_label, rows, expected) => {
    const carried = rows.map(([concernId, day]) => ({ concernId, day }));
    expect(staleConcerns(carried)).toEqual(expected);
  });
});
