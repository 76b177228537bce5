/**
 * The "weighs on you" list of the private weekly questions: the needs, with
 * "None of these" and "I'd rather not say" in the same list, each of those two
 * excluding everything else. Pure, so the rules are tested without a screen.
 */
import type { SpecialistNeed } from '../../../core/therapy-signals';
import type { PrivateWeekBody } from '../../../shared/signals-api';

export type NeedsValue = SpecialistNeed | 'none' | 'prefer-not';
const ALONE: readonly NeedsValue[] = ['none', 'prefer-not'];

/** The stored answer as ticked boxes. */
export function needsToValues(needs: PrivateWeekBody['needs']): NeedsValue[] {
  if (needs === null) return [];
  if (needs === 'prefer-not') return ['prefer-not'];
  return needs.length === 0 ? ['none'] : [...needs];
}

/** A newly ticked "none" or "rather not say" clears the rest; a newly ticked need clears those two. */
export function nextNeeds(
  before: readonly NeedsValue[],
  after: readonly NeedsValue[],
): NeedsValue[] {
  const added = after.find((v) => !before.includes(v));
  if (added === undefined) return [...after];
  if (ALONE.includes(added)) return [added];
  return after.filter((v) => !ALONE.includes(v));
}

/** Ticked boxes as the answer to send (nothing ticked: not answered). */
export function valuesToNeeds(values: readonly NeedsValue[]): PrivateWeekBody['needs'] {
  if (values.length === 0) return null;
  if (values.includes('prefer-not')) return 'prefer-not';
  return values.filter((v): v is SpecialistNeed => v !== 'none' && v !== 'prefer-not');
}
