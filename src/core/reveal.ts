/** The answer-then-reveal rules of the daily question. */

export type RevealState = 'unanswered' | 'waiting-for-partner' | 'waiting-for-me' | 'revealed';

/** Where a reveal-together item stands for one partner. Solo items are never revealed. */
export function revealState(hasMine: boolean, hasPartner: boolean): RevealState {
  if (hasMine && hasPartner) return 'revealed';
  if (hasMine) return 'waiting-for-partner';
  if (hasPartner) return 'waiting-for-me';
  return 'unanswered';
}

/** An answer can change until both partners have answered; after the reveal it is locked. */
export function canChangeAnswer(hasPartner: boolean, withPartner: boolean): boolean {
  return !(withPartner && hasPartner);
}
