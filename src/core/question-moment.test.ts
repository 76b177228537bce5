import { describe, expect, it } from 'vitest';
import type { Depth } from '../shared/api';
import {
  ANSWERED_DAYS_THAT_MATTER,
  DEPTH_OPENS_AFTER,
  type DepthChoice,
  depthsToDraw,
  nextDepthToOpen,
  openDepths,
} from './question-moment';

const DEEPER = DEPTH_OPENS_AFTER.deeper;
const DEEPEST = DEPTH_OPENS_AFTER.deepest;

describe('openDepths and nextDepthToOpen', () => {
  it.each<[number, Depth[], { depth: Depth; after: number } | null]>([
    [0, ['light'], { depth: 'deeper', after: DEEPER }],
    [DEEPER - 1, ['light'], { depth: 'deeper', after: DEEPER }],
    [DEEPER, ['light', 'deeper'], { depth: 'deepest', after: DEEPEST }],
    [DEEPEST - 1, ['light', 'deeper'], { depth: 'deepest', after: DEEPEST }],
    [DEEPEST, ['light', 'deeper', 'deepest'], null],
    [DEEPEST + 40, ['light', 'deeper', 'deepest'], null],
  ])('after %i answered days: open %j, next %j', (days, open, next) => {
    expect(openDepths(days)).toEqual(open);
    expect(nextDepthToOpen(days)).toEqual(next);
  });

  it('starts light and opens the deeper ones only after a handful of days, the deepest later', () => {
    expect(DEPTH_OPENS_AFTER.light).toBe(0);
    expect(DEEPER).toBeGreaterThanOrEqual(3);
    expect(DEEPEST).toBeGreaterThan(DEEPER);
    expect(ANSWERED_DAYS_THAT_MATTER).toBe(DEEPEST);
  });
});

/** The first wanted depth over `days` days given. */
function firstChoices(choice: DepthChoice, answered: number, days: number): Depth[] {
  return Array.from({ length: days }, (_, i) => depthsToDraw(choice, answered, i)[0] as Depth);
}

describe('depthsToDraw', () => {
  it.each<DepthChoice>(['lighter', 'as-it-comes', 'deeper'])(
    'gives only light questions in the first days, whatever is chosen (%s)',
    (choice) => {
      for (let answered = 0; answered < DEEPER; answered++)
        expect(depthsToDraw(choice, answered, answered)).toEqual(['light']);
    },
  );

  it('never draws from a depth that is not open yet', () => {
    for (const choice of ['lighter', 'as-it-comes', 'deeper'] as const)
      for (let answered = 0; answered < DEEPEST; answered++)
        for (let day = 0; day < 8; day++)
          expect(depthsToDraw(choice, answered, day)).not.toContain('deepest');
  });

  it('"lighter" keeps to light questions; "deeper" goes as deep as use has opened', () => {
    expect(firstChoices('lighter', DEEPEST, 6)).toEqual(Array(6).fill('light'));
    expect(firstChoices('deeper', DEEPER, 4)).toEqual(Array(4).fill('deeper'));
    expect(firstChoices('deeper', DEEPEST, 4)).toEqual(Array(4).fill('deepest'));
  });

  it('"as it comes" mixes what is open, leaning on the middle once all is open', () => {
    expect(new Set(firstChoices('as-it-comes', DEEPER, 4))).toEqual(new Set(['light', 'deeper']));
    const mixed = firstChoices('as-it-comes', DEEPEST, 8);
    expect(new Set(mixed)).toEqual(new Set(['light', 'deeper', 'deepest']));
    const count = (d: Depth) => mixed.filter((m) => m === d).length;
    expect(count('deeper')).toBeGreaterThan(count('deepest'));
  });

  it('lists every open depth, nearest first, as fallbacks', () => {
    expect(depthsToDraw('deeper', DEEPEST, 0)).toEqual(['deepest', 'deeper', 'light']);
    expect(depthsToDraw('lighter', DEEPEST, 0)).toEqual(['light', 'deeper', 'deepest']);
    expect(depthsToDraw('as-it-comes', DEEPEST, 1)).toEqual(['deeper', 'light', 'deepest']);
  });
});
