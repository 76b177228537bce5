/**
 * Scoring of the intimacy check. Each kind of intimacy gets a 0–100 score
 * from "how it is now" answers, and a gap from "how I'd like it". Causes are
 * ranked by the person's own weights. Scores are per person, never averaged
 * across partners.
 */
import type { IntimacyKind } from '../shared/api';

export const KINDS: readonly IntimacyKind[] = ['emotional', 'physical', 'intellectual'];

export type CauseGroup = 'busy-lives' | 'communication' | 'routine';

export interface ItemAnswer {
  kind: IntimacyKind;
  /** 0–10: how it is now. */
  now: number;
  /** 0–10: how I would like it. */
  wish: number;
}

export interface CauseAnswer {
  cause: string;
  group: CauseGroup;
  /** 0 = not at all, 1 = a little, 2 = somewhat, 3 = a lot. */
  weight: number;
}

export interface KindScore {
  kind: IntimacyKind;
  /** 0–100, from "now" answers. Null when the kind had no answers. */
  score: number | null;
  /** 0–100 "would like" level. */
  wish: number | null;
  /** wish − score, in points (positive: wanting more than there is now). */
  gap: number | null;
}

export interface CheckResult {
  kinds: KindScore[];
  /** Cause groups ranked by weight, heaviest first; groups weighing nothing are left out. */
  causes: { group: CauseGroup; weight: number; items: string[] }[];
  signs: string[];
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** A 0–10 mean as a 0–100 score, rounded to a whole number. */
function toHundred(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10);
}

/** Scores one completed check. */
export function scoreCheck(
  items: ItemAnswer[],
  causes: CauseAnswer[],
  signs: string[],
): CheckResult {
  const kinds = KINDS.map((kind) => {
    const forKind = items.filter((i) => i.kind === kind);
    const score = toHundred(mean(forKind.map((i) => i.now)));
    const wish = toHundred(mean(forKind.map((i) => i.wish)));
    return { kind, score, wish, gap: score === null || wish === null ? null : wish - score };
  });
  const groups = new Map<
    CauseGroup,
    { weight: number; items: { cause: string; weight: number }[] }
  >();
  for (const c of causes) {
    if (c.weight <= 0) continue;
    const entry = groups.get(c.group) ?? { weight: 0, items: [] };
    entry.weight += c.weight;
    entry.items.push({ cause: c.cause, weight: c.weight });
    groups.set(c.group, entry);
  }
  const order: CauseGroup[] = ['communication', 'busy-lives', 'routine'];
  const ranked = [...groups.entries()]
    .sort((a, b) => b[1].weight - a[1].weight || order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([group, entry]) => ({
      group,
      weight: entry.weight,
      items: entry.items.sort((a, b) => b.weight - a.weight).map((i) => i.cause),
    }));
  return { kinds, causes: ranked, signs: [...new Set(signs)] };
}

/** The kind with the widest wanted-more gap, or null when nothing is wanted more. */
export function widestGap(result: CheckResult): IntimacyKind | null {
  let best: KindScore | undefined;
  for (const k of result.kinds) {
    if (k.gap === null || k.gap <= 0) continue;
    if (!best || (best.gap ?? 0) < k.gap) best = k;
  }
  return best?.kind ?? null;
}
