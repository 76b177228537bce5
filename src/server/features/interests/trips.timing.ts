/** A trip plan's "when", as stored (JSON) and as read back. */
import { type TripTiming, tripTimingSchema } from '../../../shared/interests-api';

/** A stored timing, read back through its schema; anything else reads as "not set". */
export function parseTiming(value: string | null): TripTiming | null {
  if (!value) return null;
  try {
    const parsed = tripTimingSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
