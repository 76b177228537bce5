/**
 * The wall clock of a time zone: the minute an instant shows there, written
 * "YYYY-MM-DDTHH:mm" as a datetime-local input reads and writes it. Pure: no I/O.
 */
import { zoneFormatters } from './zone-formatters';

/** "YYYY-MM-DDTHH:mm", captured as year, month, day, hour and minute. */
export const WALL_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

// Only the parts are read, so the locale does not matter; h23 writes midnight as 00, never 24.
const partsFormatter = zoneFormatters('en-US', {
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The wall-clock minute ("YYYY-MM-DDTHH:mm") an instant shows in a time zone. */
export function wallTimeOf(instant: Date, timeZone: string): string {
  const parts: Record<string, string> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
