/**
 * How the check is laid out on screens, and how long it takes. Statements of
 * one kind share a screen, a few at a time, each with its two ratings side by
 * side; then one screen of causes and one of signs. The step count and the
 * time on the introduction both come from this one list, so they always match
 * what the person will see.
 */
import type { IntimacyKind } from '../../../shared/api';
import type { CheckDefinition } from '../../../shared/program-api';

/** At most this many statements on one screen (each has two ratings). */
export const MAX_STATEMENTS_PER_SCREEN = 4;

export type CheckScreen =
  | {
      kind: 'statements';
      intimacy: IntimacyKind;
      itemIds: readonly string[];
      /** This screen's place among the screens of its kind, from 1. */
      part: number;
      parts: number;
    }
  | { kind: 'causes'; count: number }
  | { kind: 'signs'; count: number };

type Layout = Pick<CheckDefinition, 'items' | 'causes' | 'signs'>;

/** Splits `count` into `parts` sizes that differ by at most one, larger first (7 → 4, 3). */
function balancedSizes(count: number, parts: number): number[] {
  const base = Math.floor(count / parts);
  return Array.from({ length: parts }, (_, index) => base + (index < count % parts ? 1 : 0));
}

/** Runs of consecutive statements of the same kind, in the definition's order. */
function runsByKind(items: Layout['items']): { intimacy: IntimacyKind; ids: string[] }[] {
  const runs: { intimacy: IntimacyKind; ids: string[] }[] = [];
  for (const item of items) {
    const last = runs[runs.length - 1];
    if (last && last.intimacy === item.kind) last.ids.push(item.id);
    else runs.push({ intimacy: item.kind, ids: [item.id] });
  }
  return runs;
}

/** Every screen after the introduction, in order. */
export function buildScreens(definition: Layout): CheckScreen[] {
  const screens: CheckScreen[] = [];
  for (const run of runsByKind(definition.items)) {
    const parts = Math.ceil(run.ids.length / MAX_STATEMENTS_PER_SCREEN);
    let start = 0;
    balancedSizes(run.ids.length, parts).forEach((size, index) => {
      screens.push({
        kind: 'statements',
        intimacy: run.intimacy,
        itemIds: run.ids.slice(start, start + size),
        part: index + 1,
        parts,
      });
      start += size;
    });
  }
  if (definition.causes.length > 0)
    screens.push({ kind: 'causes', count: definition.causes.length });
  if (definition.signs.length > 0) screens.push({ kind: 'signs', count: definition.signs.length });
  return screens;
}

/**
 * Seconds a calm first-time reader takes: reading a statement and choosing its
 * two ratings, answering one cause, considering one sign, and moving on from a screen.
 */
export const SECONDS = { statement: 12, cause: 4, sign: 3, screen: 4 } as const;

export function estimateSeconds(screens: readonly CheckScreen[]): number {
  return screens.reduce((total, screen) => {
    const answers =
      screen.kind === 'statements'
        ? screen.itemIds.length * SECONDS.statement
        : screen.kind === 'causes'
          ? screen.count * SECONDS.cause
          : screen.count * SECONDS.sign;
    return total + SECONDS.screen + answers;
  }, 0);
}

/** Whole minutes, rounded up so the check never takes longer than it says (at least 1). */
export function estimateMinutes(screens: readonly CheckScreen[]): number {
  return Math.max(1, Math.ceil(estimateSeconds(screens) / 60));
}

/** The statement screen holding `itemId`, as an index into `screens` (-1 when none does). */
export function screenOf(screens: readonly CheckScreen[], itemId: string): number {
  return screens.findIndex(
    (screen) => screen.kind === 'statements' && screen.itemIds.includes(itemId),
  );
}
