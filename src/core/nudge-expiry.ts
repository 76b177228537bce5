/**
 * How long a nudge may wait for a device that is off or out of reach. A push
 * service holds a message until the device comes back or the message's time
 * to live runs out; a nudge that arrived in the person's quiet hours, or on
 * the next day, would wake them or say nothing useful. So it lives until the
 * earliest of: a few hours, the start of their quiet hours, the end of the
 * local day it belongs to.
 */
import { endOfLocalDay, zonedInstant } from './checkin';
import type { QuietHours } from './quiet-hours';

/** The longest a nudge waits for a device, whatever the hour. */
export const NUDGE_HOLD_MS = 4 * 3600_000;
/** The shortest time to live given: a push service needs a moment to deliver. */
export const NUDGE_MIN_LIFETIME_MS = 60_000;

/** The instant after which the nudge of `day`, sent at `now`, is no longer wanted. */
export function nudgeExpiry(
  now: Date,
  day: string,
  quiet: QuietHours | null,
  timeZone: string,
): Date {
  const limits = [now.getTime() + NUDGE_HOLD_MS, endOfLocalDay(day, timeZone).getTime()];
  if (quiet && quiet.from !== quiet.to) {
    const quietStart = zonedInstant(day, quiet.from, timeZone).getTime();
    if (quietStart > now.getTime()) limits.push(quietStart);
  }
  return new Date(Math.max(Math.min(...limits), now.getTime() + NUDGE_MIN_LIFETIME_MS));
}
