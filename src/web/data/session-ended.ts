/**
 * Remembers that a session ended while the app was open (a 401 from a call),
 * so home sends the person to log in again instead of the welcome page.
 */
let ended = false;

export function markSessionEnded(): void {
  ended = true;
}

export function clearSessionEnded(): void {
  ended = false;
}

export function hasSessionEnded(): boolean {
  return ended;
}
