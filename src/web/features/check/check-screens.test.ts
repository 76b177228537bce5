import { describe, expect, it } from 'vitest';
import type { CheckDefinition } from '../../../shared/program-api';
import {
  buildScreens,
  type CheckScreen,
  estimateMinutes,
  estimateSeconds,
  MAX_STATEMENTS_PER_SCREEN,
  SECONDS,
  screenOf,
} from './check-screens';

type Kind = CheckDefinition['items'][number]['kind'];

function items(...runs: [Kind, number][]): CheckDefinition['items'] {
  return runs.flatMap(([kind, count]) =>
    Array.from({ length: count }, (_, i) => ({
      id: `${kind}-${i + 1}`,
      kind,
      text: `${kind} ${i}`,
    })),
  );
}

const causes: CheckDefinition['causes'] = Array.from({ length: 9 }, (_, i) => ({
  id: `cause-${i}`,
  group: 'routine',
  label: `Cause ${i}`,
}));
const signs: CheckDefinition['signs'] = Array.from({ length: 4 }, (_, i) => ({
  id: `sign-${i}`,
  label: `Sign ${i}`,
}));

/** The check as it ships: 7 statements of each kind, 9 causes, 4 signs. */
const shipped = {
  items: items(['emotional', 7], ['physical', 7], ['intellectual', 7]),
  causes,
  signs,
};

const sizes = (screens: CheckScreen[]) =>
  screens.map((s) => (s.kind === 'statements' ? `${s.intimacy}:${s.itemIds.length}` : s.kind));

describe('buildScreens', () => {
  it('puts the shipped check on 8 screens: two per kind, then causes, then signs', () => {
    expect(sizes(buildScreens(shipped))).toEqual([
      'emotional:4',
      'emotional:3',
      'physical:4',
      'physical:3',
      'intellectual:4',
      'intellectual:3',
      'causes',
      'signs',
    ]);
  });

  it.each<[number, number[]]>([
    [1, [1]],
    [4, [4]],
    [5, [3, 2]],
    [7, [4, 3]],
    [8, [4, 4]],
    [9, [3, 3, 3]],
    [13, [4, 3, 3, 3]],
  ])('splits %i statements of one kind evenly: %o', (count, expected) => {
    const screens = buildScreens({ items: items(['physical', count]), causes: [], signs: [] });
    expect(screens.map((s) => (s.kind === 'statements' ? s.itemIds.length : 0))).toEqual(expected);
    for (const screen of screens) {
      if (screen.kind !== 'statements') continue;
      expect(screen.itemIds.length).toBeLessThanOrEqual(MAX_STATEMENTS_PER_SCREEN);
      expect(screen.parts).toBe(expected.length);
    }
  });

  it('keeps every statement once, in the definition’s order', () => {
    const definition = { items: items(['emotional', 5], ['intellectual', 2]), causes, signs };
    const ids = buildScreens(definition).flatMap((s) => (s.kind === 'statements' ? s.itemIds : []));
    expect(ids).toEqual(definition.items.map((item) => item.id));
  });

  it('never mixes kinds on a screen, even when the definition interleaves them', () => {
    const screens = buildScreens({
      items: items(['emotional', 1], ['physical', 1], ['emotional', 1]),
      causes: [],
      signs: [],
    });
    expect(sizes(screens)).toEqual(['emotional:1', 'physical:1', 'emotional:1']);
  });

  it('numbers the screens of a kind', () => {
    const screens = buildScreens(shipped).filter((s) => s.kind === 'statements');
    expect(screens.map((s) => (s.kind === 'statements' ? `${s.part}/${s.parts}` : ''))).toEqual([
      '1/2',
      '2/2',
      '1/2',
      '2/2',
      '1/2',
      '2/2',
    ]);
  });

  it('leaves out a causes or signs screen with nothing on it', () => {
    expect(sizes(buildScreens({ items: items(['emotional', 2]), causes: [], signs }))).toEqual([
      'emotional:2',
      'signs',
    ]);
    expect(sizes(buildScreens({ items: [], causes, signs: [] }))).toEqual(['causes']);
  });

  it('finds the screen of a statement', () => {
    const screens = buildScreens(shipped);
    expect(screenOf(screens, 'emotional-1')).toBe(0);
    expect(screenOf(screens, 'emotional-5')).toBe(1);
    expect(screenOf(screens, 'intellectual-7')).toBe(5);
    expect(screenOf(screens, 'gone')).toBe(-1);
  });
});

describe('the time it takes', () => {
  it('adds up what is on each screen', () => {
    const screens = buildScreens(shipped);
    expect(estimateSeconds(screens)).toBe(
      8 * SECONDS.screen + 21 * SECONDS.statement + 9 * SECONDS.cause + 4 * SECONDS.sign,
    );
  });

  it('says about 6 minutes for the shipped check', () => {
    expect(estimateMinutes(buildScreens(shipped))).toBe(6);
  });

  it('rounds up, and never says less than a minute', () => {
    expect(estimateMinutes([{ kind: 'signs', count: 1 }])).toBe(1);
    expect(estimateMinutes([])).toBe(1);
    const justOver: CheckScreen[] = [
      {
        kind: 'statements',
        intimacy: 'emotional',
        itemIds: ['a', 'b', 'c', 'd'],
        part: 1,
        parts: 1,
      },
      { kind: 'statements', intimacy: 'emotional', itemIds: ['e'], part: 1, parts: 1 },
    ];
    // 2 screens and 5 statements: 68 seconds.
    expect(estimateSeconds(justOver)).toBe(68);
    expect(estimateMinutes(justOver)).toBe(2);
  });

  it('grows with the check: more statements, more minutes', () => {
    const longer = {
      ...shipped,
      items: items(['emotional', 14], ['physical', 14], ['intellectual', 14]),
    };
    expect(estimateMinutes(buildScreens(longer))).toBeGreaterThan(
      estimateMinutes(buildScreens(shipped)),
    );
  });
});
