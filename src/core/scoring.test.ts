import { describe, expect, it } from 'vitest';
import { type CauseAnswer, type ItemAnswer, scoreCheck, widestGap } from './scoring';

const items = (kind: ItemAnswer['kind'], pairs: [number, number][]): ItemAnswer[] =>
  pairs.map(([now, wish]) => ({ kind, now, wish }));

describe('scoreCheck', () => {
  it.each([
    ['all tens', [[10, 10]], 100, 100, 0],
    ['all zeros', [[0, 0]], 0, 0, 0],
    [
      'mean of several',
      [
        [4, 8],
        [6, 8],
      ],
      50,
      80,
      30,
    ],
    ['wanting less than now', [[9, 6]], 90, 60, -30],
    [
      'rounding',
      [
        [7, 9],
        [6, 9],
        [6, 9],
      ],
      63,
      90,
      27,
    ],
  ] as [string, [number, number][], number, number, number][])(
    '%s',
    (_n, pairs, score, wish, gap) => {
      const result = scoreCheck(items('emotional', pairs), [], []);
      expect(result.kinds[0]).toEqual({ kind: 'emotional', score, wish, gap });
    },
  );

  it('leaves a kind with no answers as null instead of zero', () => {
    const result = scoreCheck(items('physical', [[5, 5]]), [], []);
    expect(result.kinds.find((k) => k.kind === 'intellectual')).toEqual({
      kind: 'intellectual',
      score: null,
      wish: null,
      gap: null,
    });
  });

  it('ranks cause groups by the weight the person gave them', () => {
    const causes: CauseAnswer[] = [
      { cause: 'work-hours', group: 'busy-lives', weight: 1 },
      { cause: 'caregiving', group: 'busy-lives', weight: 1 },
      { cause: 'arguments', group: 'communication', weight: 3 },
      { cause: 'same-days', group: 'routine', weight: 0 },
    ];
    const result = scoreCheck([], causes, ['less-talk', 'less-talk']);
    expect(result.causes).toEqual([
      { group: 'communication', weight: 3, items: ['arguments'] },
      { group: 'busy-lives', weight: 2, items: ['work-hours', 'caregiving'] },
    ]);
    expect(result.signs).toEqual(['less-talk']);
  });

  it('breaks ties with communication first', () => {
    const result = scoreCheck(
      [],
      [
        { cause: 'same-days', group: 'routine', weight: 2 },
        { cause: 'avoided', group: 'communication', weight: 2 },
      ],
      [],
    );
    expect(result.causes.map((c) => c.group)).toEqual(['communication', 'routine']);
  });
});

describe('widestGap', () => {
  it.each([
    [[[5, 9]], [[5, 6]], 'emotional'],
    [[[5, 6]], [[2, 9]], 'physical'],
    [[[8, 5]], [[8, 8]], null],
  ] as [[number, number][], [number, number][], string | null][])(
    '%j / %j → %s',
    (emo, phy, expected) => {
      expect(
        widestGap(scoreCheck([...items('emotional', emo), ...items('physical', phy)], [], [])),
      ).toBe(expected);
    },
  );
});
