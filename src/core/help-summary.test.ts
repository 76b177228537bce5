import { describe, expect, it } from 'vitest';
import { parseSections, SUMMARY_SECTIONS, tallyConcerns } from './help-summary';
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
