/**
 * The mutual-match rule: each partner privately marks an item (a date idea,
 * a hobby, a trip) yes, maybe or no; an item is shown to the couple only
 * when both marked it yes or maybe. A partner can never learn the other's
 * "no", nor any mark on an item that is not a match: until then, everything a
 * partner may see of the other's marks is `isMatch`, and it is the same for
 * "no" as for no mark at all. Once an item is a match, both marks on it are
 * revealed together, as the product promises of mutual picks: its strength
 * (both yes, a yes and a maybe, both maybe) tells each what the other said.
 *
 * Repositories that compute matches in SQL use `MATCHING_PICKS` for the
 * `in (…)` of both sides, so the rule is written once.
 */

export const PICKS = ['yes', 'maybe', 'no'] as const;
export type Pick = (typeof PICKS)[number];

/** The picks that can make a match; a "no" never does. */
export const MATCHING_PICKS = ['yes', 'maybe'] as const satisfies readonly Pick[];

function canMatch(pick: Pick | undefined): boolean {
  return pick !== undefined && (MATCHING_PICKS as readonly Pick[]).includes(pick);
}

/** Whether an item is a match: both marked it yes or maybe. */
export function isMatch(mine: Pick | undefined, theirs: Pick | undefined): boolean {
  return canMatch(mine) && canMatch(theirs);
}

/** How strong a match is, for ordering: both "yes" first, then one "maybe", then both "maybe". */
export type MatchStrength = 'both-yes' | 'yes-and-maybe' | 'both-maybe';

export function matchStrength(
  mine: Pick | undefined,
  theirs: Pick | undefined,
): MatchStrength | null {
  if (!isMatch(mine, theirs)) return null;
  if (mine === 'yes' && theirs === 'yes') return 'both-yes';
  if (mine === 'maybe' && theirs === 'maybe') return 'both-maybe';
  return 'yes-and-maybe';
}

const STRENGTH_ORDER: Record<MatchStrength, number> = {
  'both-yes': 0,
  'yes-and-maybe': 1,
  'both-maybe': 2,
};

/**
 * The couple's matches among the items either marked, strongest first, then
 * by id: the only list of another person's marks that may leave the server.
 */
export function mutualMatches<Id extends string>(
  mine: ReadonlyMap<Id, Pick>,
  theirs: ReadonlyMap<Id, Pick>,
): { id: Id; strength: MatchStrength }[] {
  const matches: { id: Id; strength: MatchStrength }[] = [];
  for (const [id, pick] of mine) {
    const strength = matchStrength(pick, theirs.get(id));
    if (strength) matches.push({ id, strength });
  }
  return matches.sort(
    (a, b) =>
      STRENGTH_ORDER[a.strength] - STRENGTH_ORDER[b.strength] ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
