/** The answer-then-reveal rules of the daily question. */

/** An answer can change until both partners have answered; after the reveal it is locked. */
export function canChangeAnswer(hasPartner: boolean, withPartner: boolean): boolean {
  return !(withPartner && hasPartner);
}
