/**
 * What a person can leave on a revealed pair of answers: one warm reaction
 * (changeable, removable) and a "let's talk about this in person" mark.
 * Both exist only after the reveal; before it there is nothing to react to.
 */

/** The reactions, in the order they are offered. */
export const REACTIONS = ['heart', 'hug', 'smile', 'me-too', 'thank-you', 'new-to-me'] as const;
export type Reaction = (typeof REACTIONS)[number];

export function isReaction(value: unknown): value is Reaction {
  return typeof value === 'string' && (REACTIONS as readonly string[]).includes(value);
}

/** Reactions and talk marks open with the reveal, and only within the couple that shared it. */
export function canReactTo(input: {
  revealed: boolean;
  /** The couple the answers were shared in, and the viewer's couple now. */
  sharedIn: string | null;
  viewerCouple: string | null;
}): boolean {
  return input.revealed && input.sharedIn !== null && input.sharedIn === input.viewerCouple;
}

/** A stored reaction read back: anything not (or no longer) offered counts as none. */
export function reactionOf(value: string | null): Reaction | null {
  return isReaction(value) ? value : null;
}
