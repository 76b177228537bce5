import { describe, expect, it } from 'vitest';
import {
  CHECKIN_CONCERNS_LISTED,
  type CheckinConcernNote,
  parseSections,
  SUMMARY_SECTIONS,
  tallyCheckinConcerns,
  tallyConcerns,
} from './help-summary';
import type { PrivateWeekAnswers } from './therapy-signals';

type Week = Omit<PrivateWeekAnswers, 'weeksAgo'>;
const week = (w: Partial<Week> = {}): Week => ({
  separation: null,
  conflict: null,
  needs: null,
  ...w,
});

describe('parseSections', () => {
  it.each([
    [undefined, [...SUMMARY_SECTIONS]],
    ['', [...SUMMARY_SECTIONS]],
    ['tried,scores', ['scores', 'tried']],
    ['concerns', ['concerns']],
    [' causes , scores ', ['scores', 'causes']],
    ['scores,partner', null],
    ['everything', null],
  ] as const)('%j → %j', (value, expected) => {
    expect(parseSections(value)).toEqual(expected);
  });
});

describe('tallyConcerns', () => {
  it('counts the weeks each concern was marked, in a fixed order', () => {
    const tally = tallyConcerns([
      week({ conflict: 'yes', needs: ['low-mood'] }),
      week({ conflict: 'yes', separation: 'thoughts', needs: [] }),
      week({ conflict: 'no', separation: 'steps', needs: ['low-mood', 'betrayal'] }),
      week({ separation: 'no' }),
    ]);
    expect(tally).toEqual({
      weeksAnswered: 4,
      items: [
        { id: 'separation', weeks: 2 },
        { id: 'conflict', weeks: 2 },
        { id: 'betrayal', weeks: 1 },
        { id: 'low-mood', weeks: 2 },
      ],
    });
  });

  it('counts "rather not say" and unanswered weeks as nothing', () => {
    const tally = tallyConcerns([
      week({ separation: 'prefer-not', conflict: 'prefer-not', needs: 'prefer-not' }),
      week(),
    ]);
    expect(tally).toEqual({ weeksAnswered: 1, items: [] });
  });

  it('has nothing to say without answers', () => {
    expect(tallyConcerns([])).toEqual({ weeksAnswered: 0, items: [] });
  });
});

describe('tallyCheckinConcerns', () => {
  const note = (concernId: string, text: string, day: string, resolved = false) =>
    ({ concernId, text, day, resolved }) satisfies CheckinConcernNote;

  it('groups a concern carried from week to week, most recurring first, in its latest words', () => {
    const tally = tallyCheckinConcerns([
      note('k1', 'We never talk about money', '2026-03-04'),
      note('k2', 'Your phone at dinner', '2026-03-04'),
      note('k1', 'We still never talk about money', '2026-03-11'),
      note('k1', 'Money, again', '2026-03-18'),
    ]);
    expect(tally).toEqual({
      weeks: 3,
      items: [
        {
          text: 'Money, again',
          weeks: 3,
          firstOn: '2026-03-04',
          lastOn: '2026-03-18',
          resolved: false,
        },
        {
          text: 'Your phone at dinner',
          weeks: 1,
          firstOn: '2026-03-04',
          lastOn: '2026-03-04',
          resolved: false,
        },
      ],
      more: 0,
    });
  });

  it('joins concerns written in the same words in different weeks, and is resolved only when all are', () => {
    const tally = tallyCheckinConcerns([
      note('k1', 'Chores feel one-sided.', '2026-03-02', true),
      note('k2', '  chores feel   one-sided ', '2026-03-16', false),
      note('k3', 'Chores feel one-sided', '2026-03-23', true),
      note('k4', 'Weekends', '2026-03-23', true),
    ]);
    expect(tally.weeks).toBe(3);
    expect(tally.items).toEqual([
      {
        text: 'Chores feel one-sided',
        weeks: 3,
        firstOn: '2026-03-02',
        lastOn: '2026-03-23',
        resolved: false,
      },
      { text: 'Weekends', weeks: 1, firstOn: '2026-03-23', lastOn: '2026-03-23', resolved: true },
    ]);
  });

  it('counts two check-ins in one week once, leaves out empty words, and lists only the first few', () => {
    const many = Array.from({ length: CHECKIN_CONCERNS_LISTED + 3 }, (_, i) =>
      note(`k${i}`, `Concern number ${i}`, '2026-03-03'),
    );
    const tally = tallyCheckinConcerns([
      ...many,
      note('k0', 'Concern number 0', '2026-03-05'),
      note('blank', '   ', '2026-03-30'),
    ]);
    expect(tally.weeks).toBe(1);
    expect(tally.items).toHaveLength(CHECKIN_CONCERNS_LISTED);
    expect(tally.items[0]).toMatchObject({
      text: 'Concern number 0',
      weeks: 1,
      lastOn: '2026-03-05',
    });
    expect(tally.more).toBe(3);
    expect(tallyCheckinConcerns([])).toEqual({ weeks: 0, items: [], more: 0 });
  });
});
