/** The weekly pulse before it is saved: each rating null until the person chooses it. */
import type { PulseBody } from '../../../shared/program-api';

export type PulseDraft = { [K in keyof PulseBody]: number | null };

/** In the order they are asked. */
const ORDER: readonly (keyof PulseBody)[] = ['emotional', 'physical', 'intellectual', 'talk'];

/** The ratings not chosen yet, in the order they are asked. */
export function missingRatings(draft: PulseDraft): (keyof PulseBody)[] {
  return ORDER.filter((key) => draft[key] === null);
}

/** What is sent: all four chosen ratings, or null while any is missing (the server needs all four). */
export function pulseBody(draft: PulseDraft): PulseBody | null {
  const { emotional, physical, intellectual, talk } = draft;
  if (emotional === null || physical === null || intellectual === null || talk === null) {
    return null;
  }
  return { emotional, physical, intellectual, talk };
}
